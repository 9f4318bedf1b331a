#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace onco::accounts {

/** What an account may do (issue 12): read-only searches, views and prints; a clinician also records and edits; an
 *  admin also manages accounts and settings and restores backups. */
enum class Role { ReadOnly, Clinician, Admin };

/** "read-only", "clinician", "admin" (stored, command line). */
QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString& code);

/** May change patients' records (clinician, admin). */
bool canWrite(Role role);
/** May manage accounts, settings and restores (admin). */
bool canAdminister(Role role);

/** A user account of one store. The password hash never leaves storage and the service. */
struct Account
{
    qint64 id = 0;
    QString name;  ///< the log-in name, unique whatever its letter case
    QString displayName;
    Role role = Role::ReadOnly;
    bool active = true;
    QDateTime createdAt;

    bool operator==(const Account&) const = default;
};

}  // namespace onco::accounts
