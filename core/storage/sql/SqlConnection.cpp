#include "core/storage/sql/SqlConnection.h"

#include <QAtomicInteger>
#include <QDir>
#include <QSqlError>
#include <QStringList>

namespace onco {

namespace {
QAtomicInteger<int> s_connections = 0;
}

SqlConnection::SqlConnection()
    : m_connectionName(QStringLiteral("onco-%1").arg(s_connections.fetchAndAddRelaxed(1)))
{}

SqlConnection::~SqlConnection()
{
    m_statements.clear();  // the statements before their connection
    {
        QSqlDatabase sql = QSqlDatabase::database(m_connectionName, false);
        if (sql.isOpen())
            sql.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlQuery& SqlConnection::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(connection());
        q->setForwardOnly(true);
        q->prepare(sql);
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

Status SqlConnection::exec(const QString& sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return error(QString(), q.lastError());
    return {};
}

Result<bool> SqlConnection::hasTable(const QString& name)
{
    QSqlQuery q(connection());
    q.prepare(dialect() == Dialect::Postgres
                  ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                   "current_schema() AND table_name = ?")
                  : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return error(QString(), q.lastError());
    return q.value(0).toInt() > 0;
}

bool SqlConnection::isUniqueViolation(const QSqlError& e) const
{
    // SQLite's extended code SQLITE_CONSTRAINT_UNIQUE (2067), PostgreSQL's SQLSTATE unique_violation.
    return dialect() == Dialect::Postgres ? e.nativeErrorCode() == QLatin1String("23505")
                                          : e.nativeErrorCode().toInt() == 2067;
}

QString SqlConnection::idListSql() const
{
    return dialect() == Dialect::Postgres ? QStringLiteral("(SELECT unnest(CAST(? AS bigint[])))")
                                          : QStringLiteral("(SELECT value FROM json_each(?))");
}

QVariant SqlConnection::idListValue(const QList<qint64>& ids) const
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    const bool pg = dialect() == Dialect::Postgres;
    return (pg ? QLatin1Char('{') : QLatin1Char('[')) + parts.join(QLatin1Char(',')) +
           (pg ? QLatin1Char('}') : QLatin1Char(']'));
}

QList<Migration> migrationsIn(const QString& folder)
{
    QList<Migration> list;
    const QDir dir(folder);
    for (const QString& file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
        list.append({file.section(QLatin1Char('_'), 0, 0).toInt(), dir.filePath(file)});
    return list;
}

Transaction::Transaction(SqlConnection& db)
    : m_db(db)
{
    auto s = m_db.exec(m_db.beginSql());
    m_began = s.ok();
    if (!m_began)
        m_error = s.error();
}

Transaction::~Transaction()
{
    if (m_began && !m_done)
        m_db.exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    m_done = true;
    auto s = m_db.exec(QStringLiteral("COMMIT"));
    if (!s)
        m_db.exec(QStringLiteral("ROLLBACK"));
    return s;
}

Error failedQuery(SqlConnection& db, QSqlQuery& q, const QString& context)
{
    const QSqlError e = q.lastError();
    q.finish();
    return db.error(context, e);
}

}  // namespace onco
