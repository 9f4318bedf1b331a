#pragma once

#include "core/storage/sql/SqlAssessments.h"

namespace onco {
class Database;
}

namespace onco::assessments {

/** The stored assessments on SQLite: the shared statements, with summaries read through the sqlite3 API (100,000 of
 *  them in a fraction of what QSqlQuery::value() takes). */
class SqliteAssessments : public SqlAssessments
{
public:
    explicit SqliteAssessments(Database& db);

protected:
    Result<QList<StoredAssessment>> selectSummaries(const QString& tail, const QVariantList& values,
                                                    qsizetype expected) override;

private:
    Database& m_sqlite;
};

}  // namespace onco::assessments
