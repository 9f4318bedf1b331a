#pragma once

#include "core/storage/OpenStore.h"
#include "core/storage/sql/SqlConnection.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <memory>

namespace onco {

/**
 * One connection to an OncoCase database on a PostgreSQL server (QtSql's QPSQL driver over libpq).
 * The location is a URL, `postgresql://USER@HOST:PORT/DATABASE`; the password comes from the URL, else from libpq's
 * own sources (PGPASSWORD, ~/.pgpass). `open()` refuses a database that holds tables of another program, and brings
 * an empty or older OncoCase database to the latest schema (numbered files of postgres/migrations/, each in one
 * transaction under an advisory lock, so two workstations starting at once migrate once).
 */
class PgDatabase : public SqlConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgDatabase)
public:
    enum class Mode { ReadWrite, ReadOnly };

    /** Whether a location names a server database (postgresql:// or postgres://). */
    static bool isServerLocation(const QString& location);
    static Result<std::unique_ptr<PgDatabase>> open(const QString& url, Mode mode = Mode::ReadWrite);
    /** Looks at a server database without writing to it (exists: it holds the OncoCase schema). */
    static Result<StoreInspection> inspect(const QString& url);
    /** The schema version this program writes on PostgreSQL. */
    static int latestVersion();

    ~PgDatabase() override;

    Dialect dialect() const override { return Dialect::Postgres; }
    QString location() const override;
    bool isReadOnly() const override { return m_mode == Mode::ReadOnly; }
    Error error(const QString& context, const QSqlError& e) const override;
    QString beginSql() const override;
    Status lockAuditChain() override;

    /** The URL as given (with its password, if it had one): for another connection to the same database. */
    const QString& url() const { return m_url; }
    int schemaVersion() const;

private:
    PgDatabase(QString url, Mode mode);
    /** Connects, without looking at the schema. */
    static Result<std::unique_ptr<PgDatabase>> connect(const QString& url, Mode mode);
    Status migrate();

    QString m_url;
    Mode m_mode;
};

}  // namespace onco
