#pragma once

#include "core/summary/PatientSummary.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace onco {
class Database;
}

namespace onco::summary {

/** What makes a stored summary current: the evaluation date, the knowledge version and the jurisdiction. */
struct Freshness
{
    QDate asOf;
    QString knowledgeVersion;
    Jurisdiction jurisdiction = Jurisdiction::UsFda;
};

/**
 * The SQL of the stored summaries (tables assessment_summaries and assessment_status_history, schema version 3)
 * on one connection. Summaries are derived data: written without audit rows, removed with their patient.
 */
class SummaryStore
{
    Q_DECLARE_TR_FUNCTIONS(SummaryStore)
public:
    explicit SummaryStore(Database& db);

    /** Replaces the patient's summary and appends a history row for each oral SERD whose status changed (or has
     *  none yet). Call inside the caller's write transaction. */
    Status write(const PatientSummary& summary);
    /** The same with the latest stored status per drug already known (bulk recompute: latestStatuses()). */
    Status write(const PatientSummary& summary, const QHash<QString, QString>& previousStatuses);
    /** The latest status per drug of each patient with an id in [first, last]. */
    Result<QHash<qint64, QHash<QString, QString>>> latestStatuses(qint64 first, qint64 last);
    /** patients.updated_at of each patient with an id in [first, last]. */
    Result<QHash<qint64, QDateTime>> recordVersions(qint64 first, qint64 last);
    Result<std::optional<PatientSummary>> read(qint64 patientId);
    /** The stored summaries of some patients (those without one are left out), in patient id order. */
    Result<QList<PatientSummary>> read(const QList<qint64>& patientIds);
    /** Every stored summary in one query, by patient id (the list model's source). */
    Result<QList<PatientSummary>> readAll();
    /** Patients without a current summary: none stored, computed for another date/version/jurisdiction, or before
     *  the record's last change. By id. */
    Result<QList<qint64>> staleIds(const Freshness& now);
    Result<QList<StatusChange>> history(qint64 patientId);
    /** Status changes first seen on or after `since` (oldest first); `includeFirst` also lists first computations
     *  (no previous status), e.g. after an upgrade or for a new patient. */
    Result<QList<StatusChange>> changesSince(const QDate& since, bool includeFirst = false);

private:
    Database& m_db;
};

}  // namespace onco::summary
