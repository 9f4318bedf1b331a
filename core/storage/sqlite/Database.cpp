#include "core/storage/sqlite/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace onco {

namespace {

QList<Migration> migrations()
{
    return migrationsIn(QStringLiteral(":/migrations"));
}

quint32 bigEndian(const QByteArray& bytes, int offset, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes[offset + i]);
    return value;
}

/** A raw read-only sqlite3 connection, closed on scope exit. */
class RawReader
{
public:
    explicit RawReader(const QString& path)
        : m_wal(path + QStringLiteral("-wal"))
        , m_shm(path + QStringLiteral("-shm"))
        , m_hadWal(QFile::exists(m_wal))
        , m_hadShm(QFile::exists(m_shm))
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
        if (m_rc == SQLITE_OK)
            sqlite3_busy_timeout(m_db, 2000);
    }
    ~RawReader()
    {
        sqlite3_close_v2(m_db);
        // A read-only connection to a WAL file leaves an empty -wal and a -shm behind: remove what we created.
        if (!m_hadWal && QFileInfo(m_wal).size() == 0) {
            QFile::remove(m_wal);
            if (!m_hadShm)
                QFile::remove(m_shm);
        }
    }
    int openCode() const { return m_rc; }
    sqlite3* db() const { return m_db; }
    /** The first column of the first row as an integer; `rc` receives the SQLite result code. */
    qint64 scalar(const char* sql, int& rc) const
    {
        sqlite3_stmt* stmt = nullptr;
        rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
        qint64 value = 0;
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(stmt);
            if (rc == SQLITE_ROW) {
                value = sqlite3_column_int64(stmt, 0);
                rc = SQLITE_OK;
            } else if (rc == SQLITE_DONE) {
                rc = SQLITE_OK;
            }
        }
        sqlite3_finalize(stmt);
        return value;
    }

private:
    QString m_wal;
    QString m_shm;
    bool m_hadWal;
    bool m_hadShm;
    sqlite3* m_db = nullptr;
    int m_rc = SQLITE_OK;
};

Error fileError(ErrorKind kind, const QString& path, const QString& what)
{
    return {kind, QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), what)};
}

Status copyWithBackupApi(sqlite3* source, const QString& target)
{
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    sqlite3* dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source, "main");
        if (backup) {
            do {
                rc = sqlite3_backup_step(backup, -1);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(50);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        } else {
            rc = sqlite3_errcode(dest);
        }
    }
    const QString message = QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close_v2(dest);
    if (rc != SQLITE_OK) {
        QFile::remove(partial);
        return sqlError(QStringLiteral("backup to %1").arg(target), message, rc);
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error{ErrorKind::Io, QStringLiteral("%1: cannot be written").arg(target)};
    }
    return {};
}

}  // namespace

Error sqlError(const QString& context, const QString& driverText, int sqliteCode)
{
    ErrorKind kind = ErrorKind::Io;
    switch (sqliteCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        kind = ErrorKind::Locked;
        break;
    case SQLITE_READONLY:
        kind = ErrorKind::ReadOnly;
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        kind = ErrorKind::Corrupt;
        break;
    default:
        break;
    }
    QString text = driverText;
    if (kind == ErrorKind::Locked)
        text = Database::tr("the database is locked by another process (%1)").arg(driverText);
    else if (kind == ErrorKind::Corrupt)
        text = Database::tr("the database file is damaged (%1)").arg(driverText);
    return {kind, context.isEmpty() ? text : QStringLiteral("%1: %2").arg(context, text)};
}

int Database::latestVersion()
{
    static const int latest = int(migrations().size());
    return latest;
}

Result<StoreInspection> Database::inspect(const QString& path)
{
    StoreInspection info;
    const QFileInfo fi(path);
    if (!fi.exists())
        return info;
    info.exists = true;
    if (!fi.isFile())
        return fileError(ErrorKind::NotOurDatabase, path, tr("is not a file"));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(ErrorKind::Io, path, tr("cannot be read (%1)").arg(file.errorString()));
    const QByteArray header = file.read(100);
    const qint64 size = file.size();
    file.close();
    if (size == 0)
        return fileError(ErrorKind::NotOurDatabase, path, tr("is empty, not an OncoCase database"));
    if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return fileError(ErrorKind::NotOurDatabase, path, tr("is not an OncoCase database (not an SQLite file)"));

    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return fileError(ErrorKind::Corrupt, path, tr("is damaged (invalid page size)"));
    const quint32 pages = bigEndian(header, 28, 4);
    if (pages > 0 && bigEndian(header, 24, 4) == bigEndian(header, 92, 4) && qint64(pages) * pageSize > size)
        return fileError(
            ErrorKind::Corrupt, path,
            tr("is truncated or damaged (%1 bytes expected, %2 found)").arg(qint64(pages) * pageSize).arg(size));

    RawReader reader(path);
    if (reader.openCode() != SQLITE_OK)
        return sqlError(QDir::toNativeSeparators(path), QString::fromUtf8(sqlite3_errstr(reader.openCode())),
                        reader.openCode());
    int rc = SQLITE_OK;
    const qint64 appId = reader.scalar("PRAGMA application_id", rc);
    if (rc == SQLITE_OK)
        info.schemaVersion = int(reader.scalar("PRAGMA user_version", rc));
    if (rc == SQLITE_OK)
        reader.scalar("SELECT count(*) FROM sqlite_master", rc);
    if (rc == SQLITE_NOTADB)
        return fileError(ErrorKind::NotOurDatabase, path, tr("is not an OncoCase database (not an SQLite file)"));
    if (rc != SQLITE_OK)
        return sqlError(QDir::toNativeSeparators(path), QString::fromUtf8(sqlite3_errmsg(reader.db())), rc);
    if (appId != kApplicationId)
        return fileError(ErrorKind::NotOurDatabase, path, tr("is an SQLite database but not an OncoCase database"));
    if (info.schemaVersion > latestVersion())
        return fileError(ErrorKind::NewerSchema, path,
                         tr("was written by a newer version of OncoCase (schema %1; this program reads up to %2)")
                             .arg(info.schemaVersion)
                             .arg(latestVersion()));

    const bool fileWritable =
        fi.isWritable() && (fi.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
    info.writable = fileWritable && QFileInfo(fi.absolutePath()).isWritable();
    return info;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode)
{
    return openImpl(path, mode, latestVersion());
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString& path, int version)
{
    return openImpl(path, Mode::ReadWrite, version);
}

Result<std::unique_ptr<Database>> Database::openImpl(const QString& path, Mode mode, int targetVersion)
{
    const auto inspected = inspect(path);
    if (!inspected)
        return inspected.error();
    const StoreInspection info = inspected.value();
    if (!info.exists) {
        if (mode == Mode::ReadOnly)
            return fileError(ErrorKind::NotFound, path, tr("does not exist"));
        const QFileInfo fi(path);
        if (!QDir().mkpath(fi.absolutePath()))
            return fileError(ErrorKind::Io, path, tr("its folder cannot be created"));
    } else if (mode == Mode::ReadWrite && !info.writable) {
        return fileError(ErrorKind::ReadOnly, path, tr("is read-only; nothing was changed"));
    } else if (info.schemaVersion < targetVersion && mode == Mode::ReadOnly) {
        return fileError(ErrorKind::ReadOnly, path,
                         tr("needs upgrading to schema %1; open it once with write access").arg(targetVersion));
    }

    std::unique_ptr<Database> db(new Database(path, mode));
    if (info.exists && info.schemaVersion < targetVersion) {
        // Keep a copy of the file as it was before any migration touches it.
        RawReader reader(path);
        db->m_preMigrationBackup = QStringLiteral("%1.schema-v%2-%3.bak")
                                       .arg(path)
                                       .arg(info.schemaVersion)
                                       .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (auto copied = copyWithBackupApi(reader.db(), db->m_preMigrationBackup); !copied)
            return copied.error();
    }

    QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->connectionName());
    sql.setDatabaseName(path);
    sql.setConnectOptions(mode == Mode::ReadOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                                 : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!sql.open())
        return fileError(ErrorKind::Io, path, sql.lastError().text());
    if (auto configured = db->configure(); !configured)
        return configured.error();
    if (auto migrated = db->migrate(info.schemaVersion, targetVersion); !migrated)
        return migrated.error();
    return db;
}

Database::Database(QString path, Mode mode)
    : m_path(std::move(path))
    , m_mode(mode)
{}

Database::~Database() = default;

Status Database::configure()
{
    if (m_mode == Mode::ReadWrite) {
        if (auto s = exec(QStringLiteral("PRAGMA journal_mode = WAL")); !s)
            return s;
        // FULL: a commit survives a power cut, not only a crash of the program.
        if (auto s = exec(QStringLiteral("PRAGMA synchronous = FULL")); !s)
            return s;
    }
    return exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

Status Database::migrate(int fromVersion, int targetVersion)
{
    for (const Migration& m : migrations()) {
        if (m.version <= fromVersion || m.version > targetVersion)
            continue;
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorKind::Io, QStringLiteral("migration %1 is missing").arg(m.resource)};
        QString script = QStringLiteral("BEGIN IMMEDIATE;\n") + QString::fromUtf8(file.readAll()) +
                         QStringLiteral(";\nPRAGMA user_version = %1;\n").arg(m.version);
        if (m.version == 1)
            script += QStringLiteral("PRAGMA application_id = %1;\n").arg(kApplicationId);
        script += QStringLiteral("COMMIT;");
        if (auto s = execScript(script); !s) {
            execScript(QStringLiteral("ROLLBACK"));
            return Error{s.error().kind, tr("migration to schema %1 failed: %2").arg(m.version).arg(s.error().message)};
        }
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

sqlite3* Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    return v.isValid() ? *static_cast<sqlite3* const*>(v.constData()) : nullptr;
}

Error Database::error(const QString& context, const QSqlError& e) const
{
    return sqlError(context, e.text(), e.nativeErrorCode().toInt());
}

Status Database::execScript(const QString& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(handle(), sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return sqlError(QString(), text, rc);
}

Status Database::backupTo(const QString& target) const
{
    return copyWithBackupApi(handle(), target);
}

}  // namespace onco
