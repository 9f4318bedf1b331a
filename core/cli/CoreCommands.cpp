#include "core/cli/CoreCommands.h"

namespace onco::cli {

QList<Command> coreCommands()
{
    return {
        {QStringLiteral("demo"), QT_TRANSLATE_NOOP("Cli", "Create a demo database (fictional patients)."), runDemo},
        {QStringLiteral("backup"), QT_TRANSLATE_NOOP("Cli", "Back up a database."), runBackup},
        {QStringLiteral("restore"), QT_TRANSLATE_NOOP("Cli", "Restore a database from a backup."), runRestore},
        {QStringLiteral("verify"), QT_TRANSLATE_NOOP("Cli", "Check a database and its audit trail."), runVerify},
    };
}

}  // namespace onco::cli
