#include "core/storage/postgres/PgDatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

namespace onco {

namespace {

/** The advisory lock keys of OncoCase ("ONCA" and the next number). */
constexpr qint64 kMigrationLock = 0x4F4E4341;
constexpr qint64 kAuditLock = 0x4F4E4342;

QList<Migration> migrations()
{
    return migrationsIn(QStringLiteral(":/pg-migrations"));
}

QString withoutPassword(const QString& url)
{
    QUrl u(url);
    u.setPassword(QString());
    return u.toString();
}

Error locationError(ErrorKind kind, const QString& url, const QString& what)
{
    return {kind, QStringLiteral("%1: %2").arg(withoutPassword(url), what)};
}

}  // namespace

namespace {

/** The server's (libpq's) words on one line, without the driver's own "QPSQL: Unable to connect". */
QString serverText(const QSqlError& e)
{
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return text.simplified();
}

}  // namespace

bool PgDatabase::isServerLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

int PgDatabase::latestVersion()
{
    static const int latest = int(migrations().size());
    return latest;
}

PgDatabase::PgDatabase(QString url, Mode mode)
    : m_url(std::move(url))
    , m_mode(mode)
{}

PgDatabase::~PgDatabase() = default;

QString PgDatabase::location() const
{
    return withoutPassword(m_url);
}

Result<std::unique_ptr<PgDatabase>> PgDatabase::connect(const QString& url, Mode mode)
{
    const QUrl u(url);
    const QString name = u.path().mid(1);
    if (!u.isValid() || !isServerLocation(url) || name.isEmpty() || name.contains(QLatin1Char('/')))
        return locationError(ErrorKind::InvalidInput, url,
                             tr("is not a server address of the form postgresql://USER@HOST:PORT/DATABASE"));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return locationError(ErrorKind::Io, url,
                             tr("the PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql)"));

    std::unique_ptr<PgDatabase> db(new PgDatabase(url, mode));
    QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->connectionName());
    sql.setDatabaseName(name);
    if (!u.host().isEmpty())
        sql.setHostName(u.host());
    if (u.port() > 0)
        sql.setPort(u.port());
    if (!u.userName().isEmpty())
        sql.setUserName(u.userName());
    if (!u.password().isEmpty())
        sql.setPassword(u.password());
    // libpq options in the query (sslmode=verify-full, sslrootcert=…, connect_timeout=…), and a time limit by default.
    QStringList options{QStringLiteral("connect_timeout=10")};
    for (const auto& [key, value] : QUrlQuery(u).queryItems(QUrl::FullyDecoded))
        options << QStringLiteral("%1=%2").arg(key, value);
    sql.setConnectOptions(options.join(QLatin1Char(';')));
    if (!sql.open())
        return locationError(
            ErrorKind::Io, url,
            tr("the server cannot be reached or refused the connection: %1").arg(serverText(sql.lastError())));
    // Planning the list's per-patient subqueries with the JIT costs more than it saves; warnings only.
    for (const char* setting : {"SET jit = off", "SET client_min_messages = warning"})
        if (auto s = db->exec(QLatin1String(setting)); !s)
            return s.error();
    return db;
}

Result<StoreInspection> PgDatabase::inspect(const QString& url)
{
    auto db = connect(url, Mode::ReadOnly);
    if (!db)
        return db.error();
    const int version = db.value()->schemaVersion();
    if (version < 0)
        return locationError(ErrorKind::NotOurDatabase, url, tr("is not an OncoCase database"));
    StoreInspection info;
    info.exists = version > 0;
    info.schemaVersion = version;
    info.writable = true;  // the account's rights show when it writes
    return info;
}

Result<std::unique_ptr<PgDatabase>> PgDatabase::open(const QString& url, Mode mode)
{
    auto connected = connect(url, mode);
    if (!connected)
        return connected.error();
    std::unique_ptr<PgDatabase> db = std::move(connected).value();
    if (mode == Mode::ReadWrite) {
        if (auto s = db->migrate(); !s)
            return s.error();
    } else {
        const int version = db->schemaVersion();
        if (version < 0)
            return locationError(ErrorKind::NotOurDatabase, url, tr("is not an OncoCase database"));
        if (version < latestVersion())
            return locationError(
                ErrorKind::ReadOnly, url,
                tr("needs upgrading to schema %1; open it once with write access").arg(latestVersion()));
        if (version > latestVersion())
            return locationError(ErrorKind::NewerSchema, url,
                                 tr("was written by a newer OncoCase (schema %1); this one reads up to %2")
                                     .arg(version)
                                     .arg(latestVersion()));
        if (auto s = db->exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")); !s)
            return s.error();
    }
    return db;
}

int PgDatabase::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT to_regclass('schema_info') IS NOT NULL")) || !q.next())
        return -1;
    if (!q.value(0).toBool()) {
        // No OncoCase schema: 0 for an empty database, -1 for one holding tables of something else.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                   "current_schema()")) ||
            !q.next())
            return -1;
        return q.value(0).toInt() == 0 ? 0 : -1;
    }
    if (!q.exec(QStringLiteral("SELECT key, value FROM schema_info WHERE key IN ('application', 'schema_version')")))
        return -1;
    QString application;
    int version = -1;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("application"))
            application = q.value(1).toString();
        else
            version = q.value(1).toInt();
    }
    return application == QLatin1String("oncocase") ? version : -1;
}

Status PgDatabase::migrate()
{
    Transaction tx(*this);
    if (!tx.began())
        return tx.beginError();
    // Two workstations starting on a new database: the second waits here, then finds it migrated.
    if (auto s = exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock)); !s)
        return s;
    const int version = schemaVersion();
    if (version < 0)
        return locationError(ErrorKind::NotOurDatabase, m_url,
                             tr("is not an OncoCase database (it holds tables of another program)"));
    if (version > latestVersion())
        return locationError(ErrorKind::NewerSchema, m_url,
                             tr("was written by a newer OncoCase (schema %1); this one reads up to %2")
                                 .arg(version)
                                 .arg(latestVersion()));
    for (const Migration& m : migrations()) {
        if (m.version <= version)
            continue;
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorKind::Io, QStringLiteral("migration %1 is missing").arg(m.resource)};
        // One string through the simple query protocol: the file's DO blocks and functions stay whole.
        QSqlQuery q(connection());
        if (!q.exec(QString::fromUtf8(file.readAll())))
            return Error{
                ErrorKind::Io,
                tr("migration to schema %1 failed: %2").arg(m.version).arg(error(QString(), q.lastError()).message)};
        if (!q.exec(QStringLiteral("UPDATE schema_info SET value = '%1' WHERE key = 'schema_version'").arg(m.version)))
            return error(tr("migration to schema %1 failed").arg(m.version), q.lastError());
    }
    return tx.commit();
}

QString PgDatabase::beginSql() const
{
    return QStringLiteral("BEGIN");
}

Status PgDatabase::lockAuditChain()
{
    // Writers on several workstations append to one chain: one at a time, until the transaction ends.
    return exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kAuditLock));
}

Error PgDatabase::error(const QString& context, const QSqlError& e) const
{
    const QString state = e.nativeErrorCode();
    const QString driverText = serverText(e);
    ErrorKind kind = ErrorKind::Io;
    QString text = driverText;
    if (state == QLatin1String("42501") || state == QLatin1String("25006")) {
        kind = ErrorKind::ReadOnly;
        text = tr("this account may not change it (%1)").arg(driverText);
    } else if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03")) {
        kind = ErrorKind::Locked;
        text = tr("another workstation is changing the same data; try again (%1)").arg(driverText);
    } else if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")) ||
               !connection().isOpen()) {
        text = tr("the connection to the server was lost (%1)").arg(driverText);
    } else if (state == QLatin1String("XX001") || state == QLatin1String("XX002")) {
        kind = ErrorKind::Corrupt;
        text = tr("the server reports damaged data (%1)").arg(driverText);
    }
    return {kind, context.isEmpty() ? text : QStringLiteral("%1: %2").arg(context, text)};
}

}  // namespace onco
