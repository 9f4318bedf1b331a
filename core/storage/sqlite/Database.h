#pragma once

#include "core/storage/OpenStore.h"
#include "core/storage/sql/SqlConnection.h"
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
class Database : public SqlConnection
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

    ~Database() override;

    Dialect dialect() const override { return Dialect::Sqlite; }
    QString location() const override { return m_path; }
    bool isReadOnly() const override { return m_mode == Mode::ReadOnly; }
    Error error(const QString& context, const QSqlError& e) const override;
    /** BEGIN IMMEDIATE: the write lock at once, so that a transaction never fails half-way on a busy database. */
    QString beginSql() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    const QString& path() const { return m_path; }
    int schemaVersion() const;
    sqlite3* handle() const;
    /** Where a backup made before a migration went (empty when none was needed). */
    const QString& preMigrationBackup() const { return m_preMigrationBackup; }

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
    QString m_preMigrationBackup;
};

/** Maps a SQLite error text to our error kinds (locked, read-only, corrupt, I/O). */
Error sqlError(const QString& context, const QString& driverText, int sqliteCode);

}  // namespace onco
