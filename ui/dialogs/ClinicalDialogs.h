#pragma once

// The entry dialogs of the records a patient owns. Each shows a value, lets the clinician change it and returns it
// from value() after OK; the caller turns the change into an undo command.
#include "ui/dialogs/BiopsyDialog.h"
#include "ui/dialogs/DiagnosisDialog.h"
#include "ui/dialogs/EventDialog.h"
#include "ui/dialogs/GeneticResultDialog.h"
#include "ui/dialogs/MarkerDialog.h"
#include "ui/dialogs/MedicationDialog.h"
#include "ui/dialogs/TherapyLineDialog.h"
