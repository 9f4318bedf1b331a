#pragma once

#include "core/report/SummaryData.h"
#include "core/util/Result.h"

namespace onco {
class CaseService;
class Knowledge;
}  // namespace onco

namespace onco::report {

/**
 * The record as it was known on `asOf` (clinical-rules.md §0 read for printing): events, biopsies, markers,
 * genetic results dated after it and lines and medications started after it are left out; a line or medication
 * that ends after it is shown as ongoing (end, stop reason and best response not yet known); a diagnosis dated
 * after it is left out.
 */
PatientRecord recordAsOf(const PatientRecord& record, const QDate& asOf);

/**
 * Gathers the summary of a record: the record as of `options.asOf` (default `today`), the hospital name from the
 * settings (settings::hospitalName()), "printed by" = currentUserName(), the jurisdiction (the option's, else the
 * settings', else US-FDA) and the assessment from `source` (none when `source` is empty or returns nullopt).
 */
SummaryData buildSummary(const PatientRecord& record, const SummaryOptions& options, const Knowledge& knowledge,
                         const QDate& today, const AssessmentSource& source);

/** The same for a stored patient; NotFound for an unknown id. "Today" is the service's clock. */
Result<SummaryData> buildSummary(CaseService& service, qint64 patientId, const SummaryOptions& options,
                                 const AssessmentSource& source);

}  // namespace onco::report
