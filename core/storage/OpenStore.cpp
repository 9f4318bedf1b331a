// Chooses the backend from the location: a postgresql:// URL is a server database, anything else a SQLite file.
#include "core/storage/OpenStore.h"

#include "core/storage/postgres/PgDatabase.h"
#include "core/storage/postgres/PgStorage.h"
#include "core/storage/sqlite/SqliteStoreFiles.h"

#include <QCoreApplication>

namespace onco {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

Error notOnServer(const QString& location, const QString& what)
{
    return {ErrorKind::InvalidInput,
            Texts::tr("%1: %2 works on a database file; for a server database use the server's own tools "
                      "(pg_dump, pg_restore)")
                .arg(location, what)};
}

}  // namespace

Result<std::unique_ptr<Storage>> openStore(const StoreRequest& request)
{
    if (!PgDatabase::isServerLocation(request.location))
        return openSqliteStore(request);
    Q_ASSERT(request.clock);
    auto db =
        PgDatabase::open(request.location, request.access == Storage::Access::ReadOnly ? PgDatabase::Mode::ReadOnly
                                                                                       : PgDatabase::Mode::ReadWrite);
    if (!db)
        return db.error();
    return std::unique_ptr<Storage>(std::make_unique<PgStorage>(std::move(db).value(), *request.clock, request.user));
}

Result<StoreInspection> inspectStore(const QString& location)
{
    if (PgDatabase::isServerLocation(location))
        return PgDatabase::inspect(location);
    return inspectSqliteStore(location);
}

Status checkStoreNotInUse(const QString& location)
{
    if (PgDatabase::isServerLocation(location))
        return {};  // a server serves many workstations at once
    return checkSqliteStoreNotInUse(location);
}

Result<qint64> backupStore(const QString& source, const QString& target)
{
    if (PgDatabase::isServerLocation(source) || PgDatabase::isServerLocation(target))
        return notOnServer(PgDatabase::isServerLocation(source) ? source : target, QStringLiteral("backup"));
    return backupSqliteStore(source, target);
}

Status restoreStore(const QString& source, const QString& target)
{
    if (PgDatabase::isServerLocation(source) || PgDatabase::isServerLocation(target))
        return notOnServer(PgDatabase::isServerLocation(source) ? source : target, QStringLiteral("restore"));
    return restoreSqliteStore(source, target);
}

}  // namespace onco
