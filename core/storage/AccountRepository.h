#pragma once

#include "core/domain/Account.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace onco {

/** The user accounts of one store (issue 12) and their password hashes. Implemented per backend. Writes go inside the
 *  caller's write transaction, with their audit rows. */
class AccountRepository
{
public:
    virtual ~AccountRepository() = default;
    virtual Result<qint64> count() = 0;
    /** Every account, by name. */
    virtual Result<QList<accounts::Account>> list() = 0;
    /** The account of a log-in name, whatever its letter case; nullopt when there is none. */
    virtual Result<std::optional<accounts::Account>> find(const QString& name) = 0;
    virtual Result<QByteArray> passwordHash(qint64 id) = 0;
    /** Adds an account (its id and createdAt are filled in); a name already taken (in any letter case) is refused. */
    virtual Result<accounts::Account> add(accounts::Account account, const QByteArray& passwordHash) = 0;
    virtual Status setPasswordHash(qint64 id, const QByteArray& passwordHash) = 0;
    virtual Status update(const accounts::Account& account) = 0;
    /** The account's own log-in on a database server, so that the server enforces its role even for another SQL
     *  client (PostgreSQL: a login role of its name, member of oncocase_read, _write or _admin, disabled with the
     *  account; `password` set when given). Nothing on a database file. */
    virtual Status setServerLogin(const accounts::Account& account, const QString& password) = 0;
};

}  // namespace onco
