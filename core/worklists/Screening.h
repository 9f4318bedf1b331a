#pragma once

#include "core/services/ServiceContext.h"
#include "core/storage/Storage.h"
#include "core/storage/StoredAssessment.h"
#include "core/util/Result.h"
#include "core/worklists/Worklist.h"

#include <QList>
#include <QSet>

#include <functional>

namespace onco::worklists {

/** Where the window's worklists come from: the stored assessments, read on a connection of the calling thread (a
 *  worker thread of the window). */
class WorklistSource
{
public:
    explicit WorklistSource(Storage::Connector connect)
        : m_connect(std::move(connect))
    {}
    /** Opens a connection of this thread and builds the worklists from the stored assessments (screenStored). */
    Result<Screening> screenStored(const assessments::Freshness& now) const;

private:
    Storage::Connector m_connect;
};

/** What screen() works for. */
struct ScreenRequest
{
    assessments::Freshness now;  ///< as_of, knowledge version, jurisdiction
    /** Summaries that are not current for `now` are recomputed and stored first (a writable database); otherwise
     *  they are assessed in memory and nothing is written. */
    bool storeSummaries = true;
    std::function<void(int done, int total)> progress = {};
};

/**
 * The worklists of every patient on `request.now.asOf`, each from a summary that is current for `request.now`:
 * the stored one, or one brought up to date first (stored or in memory, see ScreenRequest::storeSummaries).
 */
Result<Screening> screen(const ServiceContext& cases, const ScreenRequest& request);

/**
 * The worklists from the stored summaries as they are, assessing nobody (the window; its background run keeps the
 * summaries current, and `Screening::stale` says how many were not yet). `now.asOf` decides what is new.
 */
Result<Screening> screenStored(Storage& storage, const assessments::Freshness& now);

/**
 * The lists from one summary per patient (a patient without one is only on the "not printed" list). `inMemory`
 * names the summaries that were computed without being stored: for them "since" compares the stored history with
 * the status computed now.
 */
Result<Screening> buildScreening(Storage& storage, const QList<assessments::StoredAssessment>& summaries,
                                 const assessments::Freshness& now, const QSet<qint64>& inMemory = {});

/** Assesses patients in memory (read in id ranges; nothing is written), with TM-4 from their marker results. */
Result<QList<assessments::StoredAssessment>>
assessInMemory(const ServiceContext& cases, const QList<qint64>& patientIds, const assessments::Freshness& now,
               const std::function<void(int done, int total)>& progress = {});

}  // namespace onco::worklists
