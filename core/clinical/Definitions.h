#pragma once

#include "core/domain/PatientRecord.h"

#include <QList>

#include <optional>

namespace onco {
class Knowledge;
}

namespace onco::clinical {

// The definitions of clinical-rules.md §0/§1 that the list, the workspace, the course views, the printed summary
// and the rules engine all read. Each lives here once; everything else calls these.

/** Supportive line (§0): every drug is an OFS or a bone-modifying agent. A line without drugs, or with a drug the
 *  catalogue does not know, is not supportive (the safer reading: it keeps its line number). */
bool isSupportiveLine(const TherapyLine& line, const Knowledge& knowledge);

/** A stage group of IV at diagnosis (ADV-1): IV, IVA–IVC, 4, "Stage IV", IV期, Ⅳ (case, width and spaces do not
 *  matter). Anything else (III, IIIC, an unknown text) is not. */
bool isStageFour(const QString& stage);

/** TNM M1 at diagnosis: M1, cM1 or pM1. */
bool isDistantMetastasisAtDiagnosis(const QString& tnmM);

/** De novo metastatic disease (ADV-1): the flag set, or stage IV, or M1; a false flag never overrides stage IV or
 *  M1. */
bool isDeNovoMetastatic(const Diagnosis& diagnosis);

/** A progression event for the rules (§1, TM-6): type progression, evidence other than tumour marker only. */
bool isProgressionEvent(const DiseaseEvent& e);

/** The date of death: the earliest death event on or before `asOf` (any, when `asOf` is null); null when none. */
QDate deathDate(const QList<DiseaseEvent>& events, const QDate& asOf = {});

/** A recurrence to advanced disease (§1): extent distant or locally advanced unresectable. */
bool isAdvancedRecurrence(const DiseaseEvent& e);

/** Derived advanced-line number of each line, index-aligned with `lines` (§0): lines with setting advanced that are
 *  not supportive, ordered by start date (list order on the same day), numbered 1, 2, 3 …; others get nullopt. */
QList<std::optional<int>> advancedLineNumbers(const QList<TherapyLine>& lines, const Knowledge& knowledge);

}  // namespace onco::clinical
