#pragma once

#include "core/storage/StoredAssessment.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace onco::assessments {

/**
 * The stored assessments (product.md §8): one row per patient and the history of each oral SERD's status, on one
 * connection. Derived data: written without audit rows, removed with their patient. Implemented per backend
 * (storage/sqlite/SqliteAssessments.cpp).
 */
class AssessmentRepository
{
public:
    virtual ~AssessmentRepository() = default;

    /** Replaces the patient's summary and appends a history row for each oral SERD whose status changed (or has
     *  none yet). Call inside the caller's write transaction. */
    virtual Status write(const StoredAssessment& summary) = 0;
    /** The same with the latest stored status per drug already known (bulk recompute: latestStatuses()). */
    virtual Status write(const StoredAssessment& summary, const QHash<QString, QString>& previousStatuses) = 0;
    /** The latest status per drug of each patient with an id in [first, last]. */
    virtual Result<QHash<qint64, QHash<QString, QString>>> latestStatuses(qint64 first, qint64 last) = 0;
    /** patients.updated_at of each patient with an id in [first, last]. */
    virtual Result<QHash<qint64, QDateTime>> recordVersions(qint64 first, qint64 last) = 0;
    virtual Result<std::optional<StoredAssessment>> read(qint64 patientId) = 0;
    /** The stored summaries of some patients (those without one are left out), in patient id order. */
    virtual Result<QList<StoredAssessment>> read(const QList<qint64>& patientIds) = 0;
    /** Every stored summary in one query, by patient id (the list model's source). */
    virtual Result<QList<StoredAssessment>> readAll() = 0;
    /** Patients without a current summary: none stored, computed for another date/version/jurisdiction, or before
     *  the record's last change. By id. */
    virtual Result<QList<qint64>> staleIds(const Freshness& now) = 0;
    virtual Result<QList<StatusChange>> history(qint64 patientId) = 0;
    /** Status changes first seen on or after `since` (oldest first); `includeFirst` also lists first computations
     *  (no previous status), e.g. after an upgrade or for a new patient. */
    virtual Result<QList<StatusChange>> changesSince(const QDate& since, bool includeFirst = false) = 0;
};

}  // namespace onco::assessments
