#include "core/domain/Account.h"

namespace onco::accounts {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Clinician:
        return QStringLiteral("clinician");
    case Role::ReadOnly:
        break;
    }
    return QStringLiteral("read-only");
}

std::optional<Role> roleFromCode(const QString& code)
{
    for (Role role : {Role::ReadOnly, Role::Clinician, Role::Admin})
        if (roleCode(role) == code.trimmed().toLower())
            return role;
    return std::nullopt;
}

bool canWrite(Role role)
{
    return role == Role::Clinician || role == Role::Admin;
}

bool canAdminister(Role role)
{
    return role == Role::Admin;
}

}  // namespace onco::accounts
