#pragma once

#include "core/storage/AssessmentRepository.h"

#include <QCoreApplication>

#include <array>
#include <map>
#include <string>
#include <string_view>

namespace onco {
class SqlConnection;
}

namespace onco::assessments {

/**
 * One row of assessment_summaries as bytes, whatever reads it (QSqlQuery here; the SQLite backend reads its own
 * statements directly, because 100,000 summaries through QSqlQuery::value() take a second). The few distinct codes
 * and names are made into QStrings once and shared.
 */
class SummaryRow
{
public:
    virtual ~SummaryRow() = default;
    virtual bool isNull(int i) const = 0;
    virtual qint64 integer(int i) const = 0;
    /** The column's text (UTF-8), valid until the next row. */
    virtual std::string_view bytes(int i) const = 0;

    StoredAssessment assessment();

private:
    QString shared(std::string_view value);
    QString shared(int i);
    QStringList list(int i);

    std::map<std::string, QString, std::less<>> m_strings;
    std::array<std::pair<std::string, QString>, 22> m_last;
};

/** The stored assessments (tables assessment_summaries and assessment_status_history) over QtSql, on any backend. */
class SqlAssessments : public AssessmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentRepository)
public:
    explicit SqlAssessments(SqlConnection& db);

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

    /** The columns of a summary, in the order SummaryRow reads them. */
    static const char* summaryColumns();

protected:
    /** Runs `SELECT summaryColumns() FROM assessment_summaries <tail>`, binding `values` in order. */
    virtual Result<QList<StoredAssessment>> selectSummaries(const QString& tail, const QVariantList& values,
                                                            qsizetype expected);

    SqlConnection& m_db;
};

}  // namespace onco::assessments
