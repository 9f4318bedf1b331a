#pragma once

#include "core/storage/KnowledgeRepository.h"

#include <QCoreApplication>

namespace onco {

class Clock;
class SqlConnection;

/** The knowledge packs in SQLite (table knowledge_packs, migration 0005). */
class SqlKnowledgePacks : public KnowledgeRepository
{
    Q_DECLARE_TR_FUNCTIONS(KnowledgePacks)
public:
    SqlKnowledgePacks(SqlConnection& db, const Clock& clock);

    Result<std::optional<InstalledPack>> current() override;
    Result<QList<InstalledPack>> history() override;
    Result<InstalledPack> add(InstalledPack pack) override;
    Status addChanges(qint64 packId, const QString& jurisdiction, const QList<KnowledgeChange>& changes) override;

private:
    SqlConnection& m_db;
    const Clock& m_clock;
};

}  // namespace onco
