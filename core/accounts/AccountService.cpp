#include "core/accounts/AccountService.h"

#include "core/storage/AccountRepository.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Storage.h"

#include <QJsonObject>

namespace onco::accounts {

namespace {

QJsonObject toJson(const Account& a)
{
    if (a.id == 0)
        return {};
    return {{QStringLiteral("name"), a.name},
            {QStringLiteral("display_name"), a.displayName},
            {QStringLiteral("role"), roleCode(a.role)},
            {QStringLiteral("active"), a.active}};
}

Error invalid(const QString& message)
{
    return Error{ErrorKind::InvalidInput, message};
}

}  // namespace

AccountService::AccountService(Storage& storage, HashCost cost)
    : m_storage(storage)
    , m_cost(cost)
{}

Result<bool> AccountService::hasAccounts()
{
    const auto n = m_storage.accounts().count();
    if (!n)
        return n.error();
    return *n > 0;
}

Result<QList<Account>> AccountService::list()
{
    return m_storage.accounts().list();
}

Status AccountService::checkPassword(const QString& password) const
{
    if (password.size() < kMinPasswordLength)
        return invalid(tr("the password needs at least %1 characters").arg(kMinPasswordLength));
    return {};
}

Status AccountService::requireAdmin(const Account& by) const
{
    if (by.id == 0 || !by.active || !canAdminister(by.role))
        return invalid(tr("only an administrator may manage accounts"));
    return {};
}

Result<Account> AccountService::account(const QString& name)
{
    const auto found = m_storage.accounts().find(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{ErrorKind::NotFound, tr("no account \"%1\"").arg(name)};
    return **found;
}

Status AccountService::write(const Account& before, const Account& after, const QString& action)
{
    AuditRecord record;
    record.action = action;
    record.entity = QStringLiteral("account");
    record.entityId = after.id != 0 ? after.id : before.id;
    record.before = toJson(before);
    record.after = toJson(after);
    return m_storage.audit().append(record);
}

Result<Account> AccountService::create(const QString& name, const QString& displayName, Role role,
                                       const QString& password, bool onlyTheFirst)
{
    if (name.trimmed().isEmpty())
        return invalid(tr("the account needs a name"));
    if (auto s = checkPassword(password); !s)
        return s.error();
    const auto hash = hashPassword(password, m_cost);
    if (!hash)
        return Error{ErrorKind::Io, tr("the password could not be hashed (libsodium)")};
    auto tx = m_storage.beginWrite();
    if (!tx)
        return tx.error();
    if (onlyTheFirst) {
        // Checked inside the write transaction, so two first starts cannot both create an admin.
        const auto n = m_storage.accounts().count();
        if (!n)
            return n.error();
        if (*n > 0)
            return invalid(tr("this database already has accounts: an administrator adds new ones"));
    }
    Account a;
    a.name = name.trimmed();
    a.displayName = displayName.trimmed();
    a.role = role;
    const auto added = m_storage.accounts().add(a, *hash);
    if (!added)
        return added.error();
    if (auto s = m_storage.accounts().setServerLogin(*added, password); !s)
        return s.error();
    if (auto s = write({}, *added, QStringLiteral("account_create")); !s)
        return s.error();
    if (auto s = (*tx)->commit(); !s)
        return s.error();
    if (auto s = m_storage.audit().writeHead(); !s)
        return s.error();
    return *added;
}

Result<Account> AccountService::createFirstAdmin(const QString& name, const QString& displayName,
                                                 const QString& password)
{
    return create(name, displayName, Role::Admin, password, true);
}

Result<Account> AccountService::logIn(const QString& name, const QString& password)
{
    const Error refused = invalid(tr("the name or the password is wrong"));
    const auto found = m_storage.accounts().find(name);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        hashPassword(password, m_cost);  // as slow as a wrong password: the time tells no name apart
        return refused;
    }
    const Account& a = **found;
    const auto hash = m_storage.accounts().passwordHash(a.id);
    if (!hash)
        return hash.error();
    if (!verifyPassword(*hash, password))
        return refused;
    if (!a.active)
        return invalid(tr("the account \"%1\" is disabled").arg(a.name));
    if (needsRehash(*hash, m_cost))
        if (const auto renewed = hashPassword(password, m_cost)) {
            auto tx = m_storage.beginWrite();
            if (tx && m_storage.accounts().setPasswordHash(a.id, *renewed))
                (void)(*tx)->commit();
        }
    return a;
}

Result<Account> AccountService::add(const Account& by, const QString& name, const QString& displayName, Role role,
                                    const QString& password)
{
    if (auto s = requireAdmin(by); !s)
        return s.error();
    return create(name, displayName, role, password, false);
}

Status AccountService::changePassword(const Account& by, const QString& of, const QString& current,
                                      const QString& password)
{
    const auto target = account(of);
    if (!target)
        return target.error();
    const bool own = by.id == target->id;
    if (!own) {
        if (auto s = requireAdmin(by); !s)
            return s.error();
    } else {
        const auto hash = m_storage.accounts().passwordHash(target->id);
        if (!hash)
            return hash.error();
        if (!verifyPassword(*hash, current))
            return invalid(tr("the current password is wrong"));
    }
    if (auto s = checkPassword(password); !s)
        return s;
    const auto hash = hashPassword(password, m_cost);
    if (!hash)
        return Error{ErrorKind::Io, tr("the password could not be hashed (libsodium)")};
    auto tx = m_storage.beginWrite();
    if (!tx)
        return tx.error();
    if (auto s = m_storage.accounts().setPasswordHash(target->id, *hash); !s)
        return s;
    if (auto s = m_storage.accounts().setServerLogin(*target, password); !s)
        return s;
    if (auto s = write(*target, *target, QStringLiteral("account_password")); !s)
        return s;
    if (auto s = (*tx)->commit(); !s)
        return s;
    return m_storage.audit().writeHead();
}

Status AccountService::keepAnAdmin(const Account& before, const Account& after)
{
    if (!(before.active && canAdminister(before.role)) || (after.active && canAdminister(after.role)))
        return {};
    const auto all = m_storage.accounts().list();
    if (!all)
        return all.error();
    for (const Account& a : *all)
        if (a.id != before.id && a.active && canAdminister(a.role))
            return {};
    return invalid(tr("\"%1\" is the last active administrator").arg(before.name));
}

Status AccountService::change(const Account& by, const QString& of, const std::function<void(Account&)>& edit)
{
    if (auto s = requireAdmin(by); !s)
        return s;
    const auto before = account(of);
    if (!before)
        return before.error();
    Account after = *before;
    edit(after);
    if (auto s = keepAnAdmin(*before, after); !s)
        return s;
    auto tx = m_storage.beginWrite();
    if (!tx)
        return tx.error();
    if (auto s = m_storage.accounts().update(after); !s)
        return s;
    if (auto s = m_storage.accounts().setServerLogin(after, QString()); !s)
        return s;
    if (auto s = write(*before, after, QStringLiteral("account_update")); !s)
        return s;
    if (auto s = (*tx)->commit(); !s)
        return s;
    return m_storage.audit().writeHead();
}

Status AccountService::setRole(const Account& by, const QString& of, Role role)
{
    return change(by, of, [role](Account& a) { a.role = role; });
}

Status AccountService::setActive(const Account& by, const QString& of, bool active)
{
    return change(by, of, [active](Account& a) { a.active = active; });
}

}  // namespace onco::accounts
