#pragma once

#include "core/storage/OpenStore.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>

struct sqlite3;

namespace onco {

/**
 * One open OncoCase database (SQLite through QtSql, WAL, foreign keys, busy timeout).
 * `open()` inspects an existing file read-only first: a file that is not ours, is truncated, locked,
 * read-only (when writing was asked for) or from a newer schema is refused untouched.
 * An older schema is backed up next to the file, then migrated forward.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Mode { ReadWrite, ReadOnly };

    /** The application id stamped into every OncoCase file (PRAGMA application_id). */
    static constexpr int kApplicationId = 0x4F4E4341;  // "ONCA"

    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::ReadWrite);
    /** Opens and migrates only up to `version` (tests of migrations). */
    static Result<std::unique_ptr<Database>> openAtVersion(const QString& path, int version);
    /** Looks at a file without writing anything to it. */
    static Result<StoreInspection> inspect(const QString& path);
    /** The schema version this program writes (the number of migration files). */
    static int latestVersion();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    int schemaVersion() const;
    sqlite3* handle() const;
    /** Where a backup made before a migration went (empty when none was needed). */
    const QString& preMigrationBackup() const { return m_preMigrationBackup; }

    /** A prepared statement, cached per connection. */
    QSqlQuery& prepared(const QString& sql);
    /** Runs one statement; errors come back with the SQL error text. */
    Status exec(const QString& sql);
    /** Runs several statements (a migration file) through sqlite3_exec. */
    Status execScript(const QString& sql);

    /** A consistent copy through the SQLite backup API. */
    Status backupTo(const QString& target) const;

private:
    Database(QString path, Mode mode);
    static Result<std::unique_ptr<Database>> openImpl(const QString& path, Mode mode, int targetVersion);
    Status configure();
    Status migrate(int fromVersion, int targetVersion);

    QString m_path;
    Mode m_mode;
    QString m_connectionName;
    QString m_preMigrationBackup;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

/** BEGIN IMMEDIATE … COMMIT, rolled back if not committed. */
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    bool began() const { return m_began; }
    const Error& beginError() const { return m_error; }
    Status commit();

private:
    Database& m_db;
    bool m_began = false;
    bool m_done = false;
    Error m_error;
};

/** Maps a SQLite error text to our error kinds (locked, read-only, corrupt, I/O). */
Error sqlError(const QString& context, const QString& driverText, int sqliteCode);

}  // namespace onco
