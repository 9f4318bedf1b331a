#pragma once

#include "core/summary/SummaryStore.h"
#include "core/util/Result.h"
#include "core/worklists/Worklist.h"

#include <QList>
#include <QSet>

#include <functional>

namespace onco {
class CaseService;
class Database;
}  // namespace onco

namespace onco::worklists {

/** What screen() works for. */
struct ScreenRequest
{
    summary::Freshness now;  ///< as_of, knowledge version, jurisdiction
    /** Summaries that are not current for `now` are recomputed and stored first (a writable database); otherwise
     *  they are assessed in memory and nothing is written. */
    bool storeSummaries = true;
    std::function<void(int done, int total)> progress = {};
};

/**
 * The worklists of every patient on `request.now.asOf`, each from a summary that is current for `request.now`:
 * the stored one, or one brought up to date first (stored or in memory, see ScreenRequest::storeSummaries).
 */
Result<Screening> screen(CaseService& cases, const ScreenRequest& request);

/**
 * The worklists from the stored summaries as they are, assessing nobody (the window; its background run keeps the
 * summaries current, and `Screening::stale` says how many were not yet). `now.asOf` decides what is new.
 */
Result<Screening> screenStored(Database& db, const summary::Freshness& now);

/**
 * The lists from one summary per patient (a patient without one is only on the "not printed" list). `inMemory`
 * names the summaries that were computed without being stored: for them "since" compares the stored history with
 * the status computed now.
 */
Result<Screening> buildScreening(Database& db, const QList<summary::PatientSummary>& summaries,
                                 const summary::Freshness& now, const QSet<qint64>& inMemory = {});

/** Assesses patients in memory (read in id ranges; nothing is written), with TM-4 from their marker results. */
Result<QList<summary::PatientSummary>> assessInMemory(CaseService& cases, const QList<qint64>& patientIds,
                                                      const summary::Freshness& now,
                                                      const std::function<void(int done, int total)>& progress = {});

}  // namespace onco::worklists
