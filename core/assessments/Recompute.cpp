#include "core/assessments/Recompute.h"

#include "core/analytics/MarkerSettings.h"
#include "core/knowledge/Knowledge.h"
#include "core/rules/Assess.h"
#include "core/services/RecordReads.h"
#include "core/settings/AppSettings.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/Storage.h"
#include "core/util/Clock.h"

#include <algorithm>

namespace onco::assessments {

namespace {

constexpr int kBatchSize = 1000;   // patients written per transaction (the window waits < 0.1 s for its own writes)
constexpr qint64 kMaxSpan = 2000;  // id range read at once, so that sparse stale ids do not read everything

}  // namespace

Result<RecomputeOutcome> recomputeAssessments(const ServiceContext& context, const QList<qint64>& patientIds,
                                              const Freshness& now, const std::function<void(int, int)>& progress,
                                              const std::atomic<bool>* cancelled)
{
    QList<qint64> ids = patientIds;
    std::sort(ids.begin(), ids.end());
    RecomputeOutcome outcome;
    AssessmentRepository& store = context.storage.assessments();
    const rules::RuleContext ruleContext{now.asOf, now.jurisdiction, context.knowledge};
    const analytics::MarkerSettings markers = settings::markerSettings(context.knowledge);
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
        auto records = readRecordRange(context.storage.patients(), first, batch.last(), true);
        if (!records)
            return records.error();
        const QDateTime computedAt = context.clock.now();
        QList<StoredAssessment> summaries;
        for (const PatientRecord& r : records.value())
            if (std::binary_search(batch.begin(), batch.end(), r.patient.id))
                summaries << summarize(rules::assess(r, ruleContext), r, context.knowledge, markers, computedAt);

        auto tx = context.storage.beginWrite();
        if (!tx)
            return tx.error();
        const auto versions = store.recordVersions(first, batch.last());
        if (!versions)
            return versions.error();
        const auto latest = store.latestStatuses(first, batch.last());
        if (!latest)
            return latest.error();
        for (const StoredAssessment& s : summaries) {
            // Written only if the record is still the one read (an edit in between recomputes it itself).
            if (versions->value(s.patientId) != s.recordUpdatedAt) {
                ++outcome.skipped;
                continue;
            }
            if (auto w = store.write(s, latest->value(s.patientId)); !w)
                return w.error();
            ++outcome.recomputed;
        }
        if (auto c = tx.value()->commit(); !c)
            return c.error();
        done = end;
        if (progress)
            progress(done, total);
    }
    return outcome;
}

Result<RecomputeOutcome> recomputeStale(const ServiceContext& context, const Freshness& now,
                                        const std::function<void(int, int)>& progress,
                                        const std::atomic<bool>* cancelled)
{
    const auto ids = context.storage.assessments().staleIds(now);
    if (!ids)
        return ids.error();
    return recomputeAssessments(context, ids.value(), now, progress, cancelled);
}

}  // namespace onco::assessments
