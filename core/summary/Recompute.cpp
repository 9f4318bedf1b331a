#include "core/summary/Recompute.h"

#include "core/analytics/MarkerSettings.h"
#include "core/knowledge/Knowledge.h"
#include "core/rules/Assess.h"
#include "core/services/CaseService.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <algorithm>

namespace onco::summary {

namespace {

constexpr int kBatchSize = 1000;   // patients written per transaction (the window waits < 0.1 s for its own writes)
constexpr qint64 kMaxSpan = 2000;  // id range read at once, so that sparse stale ids do not read everything

}  // namespace

Result<RecomputeOutcome> recomputeSummaries(CaseService& cases, const QList<qint64>& patientIds, const Freshness& now,
                                            const std::function<void(int, int)>& progress,
                                            const std::atomic<bool>* cancelled)
{
    QList<qint64> ids = patientIds;
    std::sort(ids.begin(), ids.end());
    RecomputeOutcome outcome;
    SummaryStore store(cases.database());
    const rules::RuleContext context{now.asOf, now.jurisdiction, cases.knowledge()};
    const analytics::MarkerSettings markers = analytics::MarkerSettings::fromSiteSettings(cases.knowledge());
    const int total = int(ids.size());
    int done = 0;
    while (done < total) {
        if (cancelled && cancelled->load()) {
            outcome.cancelled = true;
            break;
        }
        // The next batch: up to kBatchSize ids within a span of kMaxSpan.
        const qint64 first = ids[done];
        int end = done;
        while (end < total && end - done < kBatchSize && ids[end] - first < kMaxSpan)
            ++end;
        const QList<qint64> batch = ids.mid(done, end - done);
        // Read outside the write transaction (WAL: it blocks nobody); marker results for TM-4 (marker_rise).
        auto records = cases.loadPatientRange(first, batch.last(), true);
        if (!records)
            return records.error();
        const QDateTime computedAt = cases.clock().now();
        QList<PatientSummary> summaries;
        for (const PatientRecord& r : records.value())
            if (std::binary_search(batch.begin(), batch.end(), r.patient.id))
                summaries << summarize(rules::assess(r, context), r, cases.knowledge(), markers, computedAt);

        Transaction tx(cases.database());
        if (!tx.began())
            return tx.beginError();
        const auto versions = store.recordVersions(first, batch.last());
        if (!versions)
            return versions.error();
        const auto latest = store.latestStatuses(first, batch.last());
        if (!latest)
            return latest.error();
        for (const PatientSummary& s : summaries) {
            // Written only if the record is still the one read (an edit in between recomputes it itself).
            if (versions->value(s.patientId) != s.recordUpdatedAt) {
                ++outcome.skipped;
                continue;
            }
            if (auto w = store.write(s, latest->value(s.patientId)); !w)
                return w.error();
            ++outcome.recomputed;
        }
        if (auto c = tx.commit(); !c)
            return c.error();
        done = end;
        if (progress)
            progress(done, total);
    }
    return outcome;
}

Result<RecomputeOutcome> recomputeStale(CaseService& cases, const Freshness& now,
                                        const std::function<void(int, int)>& progress,
                                        const std::atomic<bool>* cancelled)
{
    const auto ids = SummaryStore(cases.database()).staleIds(now);
    if (!ids)
        return ids.error();
    return recomputeSummaries(cases, ids.value(), now, progress, cancelled);
}

}  // namespace onco::summary
