#pragma once

#include "core/storage/sql/SqlStorage.h"

#include <memory>

namespace onco {

class Clock;
class Database;

/** The SQLite store: one Database connection and the repositories on it. */
class SqliteStorage : public SqlStorage
{
public:
    /** Takes over an open connection; the audit trail writes as `user` with `clock`'s time. */
    SqliteStorage(std::unique_ptr<Database> db, const Clock& clock, const QString& user);
    /** Works on a connection owned elsewhere (tests of this backend). */
    SqliteStorage(Database& db, const Clock& clock, const QString& user);
    ~SqliteStorage() override;

    Result<QStringList> checkIntegrity() override;

    /** The connection (tests, and the storage functions of this backend). */
    Database& database() { return *m_db; }

protected:
    QString reopenLocation() const override;

private:
    std::unique_ptr<Database> m_owned;
    Database* m_db;
};

}  // namespace onco
