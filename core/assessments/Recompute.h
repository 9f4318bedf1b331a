#pragma once

#include "core/services/ServiceContext.h"
#include "core/storage/StoredAssessment.h"
#include "core/util/Result.h"

#include <QList>

#include <atomic>
#include <functional>

namespace onco::assessments {

struct RecomputeOutcome
{
    int recomputed = 0;
    int skipped = 0;  ///< changed by someone else while being recomputed (their own recompute wins)
    bool cancelled = false;
};

/**
 * Recomputes the stored assessments of `patientIds` (ascending) on the context's storage: records are read in bulk by
 * id range, assessed under `now`, and written in one short transaction per batch, each summary only if its record did
 * not change since it was read. `progress(done, total)` after each batch; stops between batches when `cancelled`
 * becomes true.
 */
Result<RecomputeOutcome> recomputeAssessments(const ServiceContext& context, const QList<qint64>& patientIds,
                                              const Freshness& now,
                                              const std::function<void(int done, int total)>& progress = {},
                                              const std::atomic<bool>* cancelled = nullptr);

/** Recomputes every stale stored assessment (AssessmentRepository::staleIds). */
Result<RecomputeOutcome> recomputeStale(const ServiceContext& context, const Freshness& now,
                                        const std::function<void(int done, int total)>& progress = {},
                                        const std::atomic<bool>* cancelled = nullptr);

}  // namespace onco::assessments
