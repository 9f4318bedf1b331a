#pragma once

#include "core/storage/WorklistRepository.h"

namespace onco {
class SqlConnection;
}

namespace onco::worklists {

/** The worklists' queries in SQLite. */
class SqlWorklists : public WorklistRepository
{
    Q_DECLARE_TR_FUNCTIONS(Worklists)
public:
    explicit SqlWorklists(SqlConnection& db);

    Result<QList<PatientIdentity>> patients() override;
    Result<QHash<qint64, QDateTime>> lastPrints() override;
    Result<QHash<qint64, QHash<QString, QDate>>> optionsSince(const QDate& asOf) override;
    Result<QHash<qint64, QList<KnowledgeChange>>> lastKnowledgeChanges(const QString& jurisdiction) override;

private:
    SqlConnection& m_db;
};

}  // namespace onco::worklists
