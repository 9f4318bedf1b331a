#include "core/storage/sql/SqlAccounts.h"

#include "core/storage/sql/SqlConnection.h"
#include "core/util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace onco {

namespace {

/** A text for a NOT NULL column: a null QString would bind as NULL. */
QString notNull(const QString& text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

const char* const kColumns = "id, name, display_name, role, active, created_at";

accounts::Account readRow(const QSqlQuery& q)
{
    accounts::Account a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.role = accounts::roleFromCode(q.value(3).toString()).value_or(accounts::Role::ReadOnly);
    a.active = q.value(4).toInt() != 0;
    a.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs).toUTC();
    return a;
}

}  // namespace

SqlAccounts::SqlAccounts(SqlConnection& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<qint64> SqlAccounts::count()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // A store opened read-only before its upgrade to schema 8 has no such table: no accounts.
    const auto exists = m_db.hasTable(QStringLiteral("accounts"));
    if (!exists)
        return Error{exists.error().kind, tr("accounts") + QStringLiteral(": ") + exists.error().message};
    if (!*exists)
        return qint64(0);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM accounts")) || !q.next())
        return m_db.error(tr("accounts"), q.lastError());
    return q.value(0).toLongLong();
}

Result<QList<accounts::Account>> SqlAccounts::list()
{
    const auto n = count();
    if (!n.ok())
        return n.error();
    QList<accounts::Account> out;
    if (n.value() == 0)
        return out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM accounts ORDER BY name").arg(QLatin1String(kColumns))))
        return m_db.error(tr("accounts"), q.lastError());
    while (q.next())
        out << readRow(q);
    return out;
}

Result<std::optional<accounts::Account>> SqlAccounts::find(const QString& name)
{
    const auto n = count();
    if (!n.ok())
        return n.error();
    if (n.value() == 0)
        return std::optional<accounts::Account>();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM accounts WHERE lower(name) = lower(?)").arg(QLatin1String(kColumns)));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return m_db.error(tr("accounts"), q.lastError());
    if (!q.next())
        return std::optional<accounts::Account>();
    return std::optional<accounts::Account>(readRow(q));
}

Result<QByteArray> SqlAccounts::passwordHash(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT password_hash FROM accounts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.error(tr("accounts"), q.lastError());
    if (!q.next())
        return Error{ErrorKind::NotFound, tr("no account %1").arg(id)};
    return q.value(0).toString().toLatin1();
}

Result<accounts::Account> SqlAccounts::add(accounts::Account account, const QByteArray& passwordHash)
{
    account.name = account.name.trimmed();
    account.createdAt = m_clock.now().toUTC();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO accounts (name, display_name, role, active, password_hash, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(account.name);
    q.addBindValue(notNull(account.displayName));
    q.addBindValue(accounts::roleCode(account.role));
    q.addBindValue(account.active ? 1 : 0);
    q.addBindValue(QString::fromLatin1(passwordHash));
    q.addBindValue(account.createdAt.toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        if (m_db.isUniqueViolation(q.lastError()))
            return Error{ErrorKind::InvalidInput, tr("the account name \"%1\" is taken").arg(account.name)};
        return m_db.error(tr("accounts"), q.lastError());
    }
    account.id = q.lastInsertId().toLongLong();
    return account;
}

Status SqlAccounts::setServerLogin(const accounts::Account& account, const QString& password)
{
    if (m_db.dialect() != SqlConnection::Dialect::Postgres)
        return {};
    using accounts::Role;
    const QString group = account.role == Role::Admin       ? QStringLiteral("oncocase_admin")
                          : account.role == Role::Clinician ? QStringLiteral("oncocase_write")
                                                            : QStringLiteral("oncocase_read");
    // The server quotes the name and the password itself (format %I, %L): the statements are built there.
    QSqlQuery q(m_db.connection());
    // Every parameter typed: format() takes "any" arguments, whose type the server cannot infer.
    q.prepare(QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = CAST(? AS text)) "
                             "THEN format('ALTER ROLE %I %s', CAST(? AS text), CAST(? AS text)) "
                             "ELSE format('CREATE ROLE %I %s', CAST(? AS text), CAST(? AS text)) END, "
                             "format(' PASSWORD %L', CAST(? AS text)), "
                             "format('GRANT %I TO %I', CAST(? AS text), CAST(? AS text)), "
                             "format('REVOKE oncocase_read, oncocase_write, oncocase_admin FROM %I', "
                             "CAST(? AS text))"));
    // An administrator adds accounts while connected as herself: her role may create roles.
    const QString login =
        (account.active ? QStringLiteral("LOGIN") : QStringLiteral("NOLOGIN")) +
        (account.role == Role::Admin ? QStringLiteral(" CREATEROLE") : QStringLiteral(" NOCREATEROLE"));
    for (const QVariant& v :
         {QVariant(account.name), QVariant(account.name), QVariant(login), QVariant(account.name), QVariant(login),
          QVariant(password), QVariant(group), QVariant(account.name), QVariant(account.name)})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return m_db.error(tr("accounts"), q.lastError());
    const QString role = q.value(0).toString() + (password.isEmpty() ? QString() : q.value(1).toString());
    const QStringList statements{role, q.value(3).toString(), q.value(2).toString()};
    q.finish();
    for (const QString& statement : statements)
        if (auto s = m_db.exec(statement); !s)
            return Error{s.error().kind, tr("accounts") + QStringLiteral(": ") + s.error().message};
    return {};
}

Status SqlAccounts::setPasswordHash(qint64 id, const QByteArray& passwordHash)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE accounts SET password_hash = ? WHERE id = ?"));
    q.addBindValue(QString::fromLatin1(passwordHash));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.error(tr("accounts"), q.lastError());
    if (q.numRowsAffected() != 1)
        return Error{ErrorKind::NotFound, tr("no account %1").arg(id)};
    return {};
}

Status SqlAccounts::update(const accounts::Account& account)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE accounts SET display_name = ?, role = ?, active = ? WHERE id = ?"));
    q.addBindValue(notNull(account.displayName));
    q.addBindValue(accounts::roleCode(account.role));
    q.addBindValue(account.active ? 1 : 0);
    q.addBindValue(account.id);
    if (!q.exec())
        return m_db.error(tr("accounts"), q.lastError());
    if (q.numRowsAffected() != 1)
        return Error{ErrorKind::NotFound, tr("no account %1").arg(account.id)};
    return {};
}

}  // namespace onco
