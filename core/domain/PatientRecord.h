#pragma once

#include "core/domain/Diagnosis.h"
#include "core/domain/DiseaseEvent.h"
#include "core/domain/Patient.h"
#include "core/domain/Results.h"
#include "core/domain/TherapyLine.h"

#include <QList>

#include <optional>

namespace onco {

/** Everything recorded about one patient: the snapshot the rules, the UI and the exporters read. */
struct PatientRecord
{
    Patient patient;
    std::optional<Diagnosis> diagnosis;
    QList<Biopsy> biopsies;
    QList<DiseaseEvent> events;
    QList<TherapyLine> therapies;
    QList<MarkerResult> markers;
    QList<GeneticResult> genomics;
    QList<Medication> medications;

    bool operator==(const PatientRecord&) const = default;
};

}  // namespace onco
