// The store-level operations of OpenStore.h for SQLite database files.
#include "core/storage/sqlite/SqliteStoreFiles.h"

#include "core/storage/OpenStore.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/sql/AuditTrail.h"
#include "core/storage/sqlite/Database.h"
#include "core/storage/sqlite/SqliteStorage.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

#include <sqlite3.h>

namespace onco {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void removeSidecars(const QString& path)
{
    for (const char* suffix : {"-wal", "-shm", ".audit-head"})
        QFile::remove(path + QLatin1String(suffix));
}

}  // namespace

Result<std::unique_ptr<Storage>> openSqliteStore(const StoreRequest& request)
{
    Q_ASSERT(request.clock);
    auto db = Database::open(request.location, request.access == Storage::Access::ReadOnly ? Database::Mode::ReadOnly
                                                                                           : Database::Mode::ReadWrite);
    if (!db)
        return db.error();
    return std::unique_ptr<Storage>(
        std::make_unique<SqliteStorage>(std::move(db).value(), *request.clock, request.user));
}

Result<StoreInspection> inspectSqliteStore(const QString& location)
{
    return Database::inspect(location);
}

Status checkSqliteStoreNotInUse(const QString& path)
{
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, 1000);
        rc = sqlite3_exec(db, "BEGIN IMMEDIATE; ROLLBACK;", nullptr, nullptr, nullptr);
    }
    sqlite3_close_v2(db);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return Error{ErrorKind::Locked, Texts::tr("%1: the database is in use by another process").arg(path)};
    return {};
}

Result<qint64> backupSqliteStore(const QString& source, const QString& target)
{
    auto db = Database::open(source, Database::Mode::ReadOnly);
    if (!db)
        return db.error();
    removeSidecars(target);
    if (auto s = db.value()->backupTo(target); !s)
        return s.error();
    auto copy = Database::open(target, Database::Mode::ReadOnly);
    if (!copy)
        return copy.error();
    if (auto s = AuditTrail::writeHeadOf(*copy.value(), AuditTrail::headPathFor(target)); !s)
        return s.error();
    QSqlQuery q(copy.value()->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM patients")) && q.next() ? q.value(0).toLongLong() : 0;
}

Status restoreSqliteStore(const QString& source, const QString& target)
{
    auto backup = Database::open(source, Database::Mode::ReadOnly);
    if (!backup)
        return backup.error();
    const QString partial = target + QStringLiteral(".restoring");
    if (auto s = backup.value()->backupTo(partial); !s)
        return s;
    removeSidecars(target);
    QFile::remove(target);
    if (!QFile::rename(partial, target))
        return Error{ErrorKind::Io, Texts::tr("%1: cannot be written").arg(target)};
    const QString head = AuditTrail::headPathFor(source);
    if (QFile::exists(head))
        QFile::copy(head, AuditTrail::headPathFor(target));
    return {};
}

}  // namespace onco
