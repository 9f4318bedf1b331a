#pragma once

#include "core/domain/Patient.h"

#include <QList>
#include <QString>

namespace onco::patientlist {

/** A field of a patient that a search text can match, strongest reason first. */
enum class MatchField { Name, Pinyin, Initials, LatinName, Mrn, OutpatientNumber, InpatientNumber };

/**
 * The fields of `patient` that the search text `text` matches, in MatchField order; empty when the text holds
 * nothing searchable. Mirrors the patient search (PatientSearch, schema 2): each field matches the text's tokens as
 * one phrase whose last token is a prefix, case and diacritics folded; the pinyin and the Latin name also with their
 * spaces (and the Latin name's hyphens, apostrophes and full stops) removed; a number also without its punctuation,
 * and, for a text of three characters or more holding a digit, anywhere inside it. Computed from the fields the row
 * already holds: no query.
 */
QList<MatchField> matchedFields(const Patient& patient, const QString& text);

}  // namespace onco::patientlist
