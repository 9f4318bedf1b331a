#pragma once

#include "core/storage/AccountRepository.h"

#include <QCoreApplication>

namespace onco {

class Clock;
class SqlConnection;

/** The user accounts in SQLite (table accounts, migration 0008). */
class SqlAccounts : public AccountRepository
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)
public:
    SqlAccounts(SqlConnection& db, const Clock& clock);

    Result<qint64> count() override;
    Result<QList<accounts::Account>> list() override;
    Result<std::optional<accounts::Account>> find(const QString& name) override;
    Result<QByteArray> passwordHash(qint64 id) override;
    Result<accounts::Account> add(accounts::Account account, const QByteArray& passwordHash) override;
    Status setPasswordHash(qint64 id, const QByteArray& passwordHash) override;
    Status update(const accounts::Account& account) override;
    Status setServerLogin(const accounts::Account& account, const QString& password) override;

private:
    SqlConnection& m_db;
    const Clock& m_clock;
};

}  // namespace onco
