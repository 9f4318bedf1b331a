#include "core/util/UserName.h"

#include <QSettings>

#include <pwd.h>
#include <unistd.h>

namespace onco {

QString currentUserName()
{
    const QString configured = QSettings().value(QLatin1String(kUserNameSetting)).toString().trimmed();
    return configured.isEmpty() ? loginName() : configured;
}

QString loginName()
{
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString login = qEnvironmentVariable(variable).trimmed();
        if (!login.isEmpty())
            return login;
    }
    if (const passwd* account = getpwuid(getuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
    return QStringLiteral("unknown");
}

}  // namespace onco
