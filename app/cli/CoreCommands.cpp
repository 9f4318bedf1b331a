#include "app/cli/CoreCommands.h"

namespace onco::cli {

QList<Command> coreCommands()
{
    return {
        {QStringLiteral("assess"),
         QT_TRANSLATE_NOOP("Cli", "Assess a case file or a stored patient (endocrine resistance, oral SERD options)."),
         runAssess},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("Cli", "Import case files into a database."), runImport},
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("Cli", "Export a stored patient as a case file."), runExport},
        {QStringLiteral("summary"),
         QT_TRANSLATE_NOOP("Cli", "Recompute the stored assessment summaries that are not current."), runSummary},
        {QStringLiteral("screen"),
         QT_TRANSLATE_NOOP("Cli", "Print the worklists of all patients (oral SERD option, ESR1 test due, marker "
                                  "rise, summary not printed) as CSV or JSON."),
         runScreen},
        {QStringLiteral("knowledge"),
         QT_TRANSLATE_NOOP("Cli", "Show, export or install the knowledge data (drug catalogue, approvals, labels)."),
         runKnowledge},
        {QStringLiteral("account"),
         QT_TRANSLATE_NOOP("Cli", "Manage the accounts of a database (first administrator, add, password, role)."),
         runAccount},
        {QStringLiteral("demo"), QT_TRANSLATE_NOOP("Cli", "Create a demo database (fictional patients)."), runDemo},
        {QStringLiteral("backup"), QT_TRANSLATE_NOOP("Cli", "Back up a database."), runBackup},
        {QStringLiteral("restore"), QT_TRANSLATE_NOOP("Cli", "Restore a database from a backup."), runRestore},
        {QStringLiteral("verify"), QT_TRANSLATE_NOOP("Cli", "Check a database and its audit trail."), runVerify},
        {QStringLiteral("move-to-server"),
         QT_TRANSLATE_NOOP("Cli", "Copy a desk database onto the department server and check the copy."),
         runMoveToServer},
    };
}

}  // namespace onco::cli
