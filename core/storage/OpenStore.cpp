// Chooses the backend from the location: a postgresql:// URL is a server database, anything else a SQLite file.
#include "core/storage/OpenStore.h"

#include "core/storage/AccountRepository.h"
#include "core/storage/postgres/PgDatabase.h"
#include "core/storage/postgres/PgStorage.h"
#include "core/storage/sql/SqlStorage.h"
#include "core/storage/sql/StoreCopy.h"
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

Result<StoreCopyReport> copyStore(const QString& source, const QString& target, const Clock& clock, const QString& user)
{
    auto from = openStore({source, Storage::Access::ReadOnly, &clock, user});
    if (!from)
        return from.error();
    auto to = openStore({target, Storage::Access::ReadWrite, &clock, user});
    if (!to)
        return to.error();
    auto* fromSql = dynamic_cast<SqlStorage*>(from->get());
    auto* toSql = dynamic_cast<SqlStorage*>(to->get());
    if (!fromSql || !toSql)
        return Error{ErrorKind::InvalidInput, Texts::tr("%1: cannot be copied").arg(source)};
    if (auto s = StoreCopy::checkEmpty(toSql->connection()); !s)
        return s.error();
    // One transaction: the rows and the copied accounts' server roles land together or not at all.
    auto tx = toSql->beginWrite();
    if (!tx)
        return tx.error();
    if (auto s = StoreCopy::copyRows(fromSql->connection(), toSql->connection()); !s)
        return s.error();
    const auto accounts = toSql->accounts().list();
    if (!accounts)
        return accounts.error();
    for (const accounts::Account& a : *accounts)
        if (auto s = toSql->accounts().setServerLogin(a, QString()); !s)
            return s.error();
    if (auto s = (*tx)->commit(); !s)
        return s.error();
    const auto checked = StoreCopy::check(fromSql->connection(), toSql->connection());
    if (!checked)
        return checked.error();
    StoreCopyReport report = *checked;
    report.accounts = int(accounts->size());
    return report;
}

bool isServerLocation(const QString& location)
{
    return PgDatabase::isServerLocation(location);
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
