#pragma once

#include "core/services/ListAssessmentSource.h"

#include <memory>

namespace onco::summary {

/**
 * The patient list's view of the stored assessment summaries (table assessment_summaries, schema 3).
 *
 * - The "oral SERD option" chip keeps patients with an option to act on now (OptionSummary::actionable(): status
 *   option, not ALREADY_ON, not CURRENT_LINE_NOT_PROGRESSED) — the same patients the worklist names.
 * - The "action due" chip keeps patients with at least one due action.
 * - Sorting by the oral SERD column puts the most pressing first (ascending): an option to act on, then already
 *   taking one, then an option for the next change of therapy, then needs information, then not an option, then
 *   no summary. Sorting by due actions (ascending) puts the most due actions first, patients without a summary last.
 * - load() gives, per patient, "drug:status" codes (option, not_option, needs_information), "drug:FLAG" codes and
 *   the due action codes, for the list to render in plain words.
 */
std::unique_ptr<ListAssessmentSource> makeListAssessmentSource();

/** The oral SERD rank the sort uses (0 most pressing … 4 not an option; 5 = no summary), from load()'s codes. */
int serdRank(const ListAssessment& assessment);

}  // namespace onco::summary
