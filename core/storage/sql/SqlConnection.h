#pragma once

#include "core/util/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <map>
#include <memory>

class QSqlError;

namespace onco {

/**
 * One QtSql connection to an OncoCase store, whatever the backend (SQLite: storage/sqlite/Database, PostgreSQL:
 * storage/postgres/PgDatabase). The repositories of storage/sql/ work through it: their SQL is written once, in the
 * subset both backends read alike, and the few differences come from here.
 */
class SqlConnection
{
public:
    enum class Dialect { Sqlite, Postgres };

    virtual ~SqlConnection();
    SqlConnection(const SqlConnection&) = delete;
    SqlConnection& operator=(const SqlConnection&) = delete;

    virtual Dialect dialect() const = 0;
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    /** Where the data lives, for the user (a file path; a server URL without its password). */
    virtual QString location() const = 0;
    virtual bool isReadOnly() const = 0;
    /** A driver error as one of our errors (locked, read-only, no permission, damaged …), led by `context`. */
    virtual Error error(const QString& context, const QSqlError& e) const = 0;
    /** The statement that opens a write transaction. */
    virtual QString beginSql() const = 0;
    /** Serialises writers of the audit chain until the transaction ends (a no-op where a write transaction already
     *  excludes every other writer). */
    virtual Status lockAuditChain() { return {}; }

    /** Whether the store has this table (a store opened read-only before an upgrade may lack the newer ones). */
    Result<bool> hasTable(const QString& name);

    /** Whether a failed statement broke a UNIQUE constraint. */
    bool isUniqueViolation(const QSqlError& e) const;

    /** A prepared statement, cached per connection. */
    QSqlQuery& prepared(const QString& sql);
    /** Runs one statement; errors come back with the driver's text. */
    Status exec(const QString& sql);

    /** A subquery yielding the ids bound as one parameter (idListValue): `x IN <idListSql()>`. */
    QString idListSql() const;
    QVariant idListValue(const QList<qint64>& ids) const;

protected:
    SqlConnection();
    /** The name of this connection in QtSql's registry (the backend adds its driver under it). */
    const QString& connectionName() const { return m_connectionName; }

private:
    QString m_connectionName;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

/** One numbered schema migration of a backend (NNNN_what.sql in its resource folder). */
struct Migration
{
    int version;
    QString resource;
};

/** The migrations in a resource folder, in order. */
QList<Migration> migrationsIn(const QString& folder);

/** A write transaction (the backend's BEGIN … COMMIT), rolled back if not committed. */
class Transaction
{
public:
    explicit Transaction(SqlConnection& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    bool began() const { return m_began; }
    const Error& beginError() const { return m_error; }
    Status commit();

private:
    SqlConnection& m_db;
    bool m_began = false;
    bool m_done = false;
    Error m_error;
};

/** The error of a failed statement, then the statement finished (its locks released). */
Error failedQuery(SqlConnection& db, QSqlQuery& q, const QString& context);

}  // namespace onco
