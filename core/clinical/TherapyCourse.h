#pragma once

#include "core/domain/PatientRecord.h"
#include "core/knowledge/Knowledge.h"

#include <QDate>
#include <QList>

#include <optional>

namespace onco::clinical {

/** A therapy line as the course views, the marker analytics and the printed summary read it. */
struct LineInfo
{
    int recordIndex = -1;  ///< index into PatientRecord::therapies
    TherapyLine line;
    /** All drugs are OFS or bone-modifying agents (clinical-rules.md §0): no line number. */
    bool supportive = false;
    /** Derived advanced-line number (§0): advanced, non-supportive lines ordered by start, from 1. */
    std::optional<int> advancedNumber;
    /** The clinician's number, only when it differs from the derived one (shown beside it). */
    std::optional<int> overrideNumber;
    /** The distinct catalogue classes of the line's drugs, in drug order (unknown drugs are skipped; an
     *  investigational agent with exactly one class counts as that class). */
    QList<DrugClass> classes;
    /** The line holds an investigational agent (a trial drug whose identity is not known). */
    bool investigational = false;
};

/**
 * The lines that started on or before `asOf` (clinical-rules.md §0: later lines are ignored), ordered by start
 * date (record order on the same day), with their advanced-line numbers and drug classes. A line that ends after
 * `asOf` is returned as ongoing (its end and stop reason cleared).
 */
QList<LineInfo> describeLines(const PatientRecord& record, const Knowledge& knowledge, const QDate& asOf);

/**
 * The current line on `day`, used by the marker analytics (TM-3 baseline):
 * among the non-supportive lines that started on or before `day`, the one with the latest start that is active on
 * `day` (start <= day <= end, or no end); when none is active, the one with the latest start (it has ended: results
 * after it are still compared with the baseline of the last line given). Supportive lines never count. On equal
 * starts the later one in the list wins. nullopt when no line had started.
 */
std::optional<LineInfo> currentLine(const QList<LineInfo>& lines, const QDate& day);

}  // namespace onco::clinical
