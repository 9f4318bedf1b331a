#pragma once

#include "core/accounts/PasswordHash.h"
#include "core/domain/Account.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace onco {
class Storage;
}

namespace onco::accounts {

/**
 * The accounts of one store (issue 12): the first admin, log-in, adding accounts, passwords, roles. Every change is
 * written with an audit row (never the password or its hash) in one transaction. A store without accounts is used as
 * before (single desk, the operating-system user recorded); once the first admin exists, who works is an account.
 */
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)
public:
    /** The shortest password accepted. */
    static constexpr int kMinPasswordLength = 8;

    explicit AccountService(Storage& storage, HashCost cost = HashCost::Interactive);

    Result<bool> hasAccounts();
    Result<QList<Account>> list();
    /** Creates the first account, an admin; refused once any account exists. */
    Result<Account> createFirstAdmin(const QString& name, const QString& displayName, const QString& password);
    /**
     * The account of `name` when `password` is its password and it is active. An unknown name and a wrong password
     * get the same message (nothing tells which names exist). A hash made with weaker limits is renewed.
     */
    Result<Account> logIn(const QString& name, const QString& password);
    /** Adds an account; only an admin (`by`) may. */
    Result<Account> add(const Account& by, const QString& name, const QString& displayName, Role role,
                        const QString& password);
    /** Changes the password of `of`: its owner with the current password, or an admin (`by`) without it. */
    Status changePassword(const Account& by, const QString& of, const QString& current, const QString& password);
    /** Changes the role or the active state of `of`; only an admin may, and the last active admin stays one. */
    Status setRole(const Account& by, const QString& of, Role role);
    Status setActive(const Account& by, const QString& of, bool active);

private:
    Result<Account> account(const QString& name);
    /** Adds an account, audited in one transaction; `onlyTheFirst` refuses when any account exists. */
    Result<Account> create(const QString& name, const QString& displayName, Role role, const QString& password,
                           bool onlyTheFirst);
    Status checkPassword(const QString& password) const;
    Status requireAdmin(const Account& by) const;
    Status keepAnAdmin(const Account& before, const Account& after);
    Status write(const Account& before, const Account& after, const QString& action);
    /** An administrator's change of `of` (role, active), the last admin kept, audited in one transaction. */
    Status change(const Account& by, const QString& of, const std::function<void(Account&)>& edit);

    Storage& m_storage;
    HashCost m_cost;
};

}  // namespace onco::accounts
