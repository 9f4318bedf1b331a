#pragma once

#include <QString>

namespace onco {

/** The user the audit trail and "printed by" name: the settings' user name, else the login name. */
QString currentUserName();

/** The login name of the account running the program ("unknown" when none can be found). */
QString loginName();

/** The settings key that holds the user's display name. */
inline constexpr const char* kUserNameSetting = "user/displayName";

}  // namespace onco
