#pragma once

#include "core/clinical/Definitions.h"
#include "core/domain/PatientRecord.h"

#include <QDate>
#include <QList>

#include <optional>

namespace onco {

class Knowledge;

/**
 * Facts derived from a record for display (patient list, workspace, printed summary), following the definitions of
 * clinical-rules.md §0, §1, §3 and §4.1. Pure functions; `asOf` is the clock's date, and records dated after it are
 * ignored. The rules engine is the authority for assessments; these are the shared building blocks.
 */
namespace clinical {

/** Progression on a line (§1): the earliest counted progression event strictly after its start and not after its
 *  end, or its end when it stopped for progression. Null when none on or before `asOf`. */
QDate progressionOnLine(const TherapyLine& line, const QList<DiseaseEvent>& events, const QDate& asOf);

/** The latest of advanced recurrences, counted progressions and ends of lines stopped for progression (§1). */
QDate latestProgressionDate(const PatientRecord& record, const QDate& asOf);

/** Advanced disease on `asOf` (ADV-1). */
bool isAdvanced(const PatientRecord& record, const Knowledge& knowledge, const QDate& asOf);

/** Index of the line shown as current on `asOf`: the latest-started active non-supportive line, else the
 *  latest-started active supportive one; -1 when no line is active. */
int currentLineIndex(const QList<TherapyLine>& lines, const Knowledge& knowledge, const QDate& asOf);

/** How current a genetic result is against the latest progression (§4.1). */
enum class Currency {
    Current,     ///< not detected / indeterminate, collected on or after the latest progression (or none)
    NotCurrent,  ///< not detected / indeterminate, collected before the latest progression
    Detected,    ///< a detected mutation stays valid whatever its date
    Germline,    ///< germline results do not change with progression
};
Currency currencyOf(const GeneticResult& result, const QDate& latestProgression);

/** The latest somatic ESR1 result on or before `asOf` (same date: mutated > indeterminate > not detected). */
std::optional<GeneticResult> latestEsr1(const QList<GeneticResult>& genomics, const QDate& asOf);

/** Where a current receptor value comes from. */
struct ReceptorSource
{
    bool fromDiagnosis = true;
    QDate date;
    QString site;  ///< biopsy site (free text or a site code)
};

/** The current receptors (RCPT-1): ER, PR and HER2 each taken as a set from the latest specimen reporting any
 *  part of it; Ki-67 from the latest specimen giving it. */
struct CurrentReceptors
{
    Receptors receptors;
    std::optional<ReceptorSource> er, pr, her2, ki67;
    bool erDiscordant = false;    ///< a later biopsy's ER category differs from the diagnosis (both known)
    bool her2Discordant = false;  ///< a later biopsy's HER2 category (positive / not positive) differs
};
CurrentReceptors currentReceptors(const PatientRecord& record, const QDate& asOf);

/** ER category (§3): positive, negative, or unknown when missing or when category and percentage disagree. */
ReceptorStatus erCategory(const Receptors& r);

/** HER2 as clinicians read it (§3); HER2-low and ultralow are HER2-negative. */
enum class Her2Class { NotRecorded, Positive, Low, Ultralow, Zero, IshNeeded, Unknown };
Her2Class her2Class(const Receptors& r);

}  // namespace clinical

}  // namespace onco
