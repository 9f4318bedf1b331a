#pragma once

#include "core/storage/KnowledgeRepository.h"

#include <QCoreApplication>

namespace onco {

class Clock;
class Database;

/** The knowledge packs in SQLite (table knowledge_packs, migration 0005). */
class SqliteKnowledgePacks : public KnowledgeRepository
{
    Q_DECLARE_TR_FUNCTIONS(KnowledgePacks)
public:
    SqliteKnowledgePacks(Database& db, const Clock& clock);

    Result<std::optional<InstalledPack>> current() override;
    Result<QList<InstalledPack>> history() override;
    Result<InstalledPack> add(InstalledPack pack) override;
    Status addChanges(qint64 packId, const QString& jurisdiction, const QList<KnowledgeChange>& changes) override;

private:
    Database& m_db;
    const Clock& m_clock;
};

}  // namespace onco
