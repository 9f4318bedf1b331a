#pragma once

#include "core/storage/AssessmentRepository.h"

#include <QCoreApplication>

namespace onco {
class Database;
}

namespace onco::assessments {

/** The stored assessments in SQLite (tables assessment_summaries and assessment_status_history, schema 3). */
class SqliteAssessments : public AssessmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentRepository)
public:
    explicit SqliteAssessments(Database& db);

    Status write(const StoredAssessment& summary) override;
    Status write(const StoredAssessment& summary, const QHash<QString, QString>& previousStatuses) override;
    Result<QHash<qint64, QHash<QString, QString>>> latestStatuses(qint64 first, qint64 last) override;
    Result<QHash<qint64, QDateTime>> recordVersions(qint64 first, qint64 last) override;
    Result<std::optional<StoredAssessment>> read(qint64 patientId) override;
    Result<QList<StoredAssessment>> read(const QList<qint64>& patientIds) override;
    Result<QList<StoredAssessment>> readAll() override;
    Result<QList<qint64>> staleIds(const Freshness& now) override;
    Result<QList<StatusChange>> history(qint64 patientId) override;
    Result<QList<StatusChange>> changesSince(const QDate& since, bool includeFirst = false) override;

private:
    Database& m_db;
};

}  // namespace onco::assessments
