#include "core/services/ServerMove.h"

#include "core/services/CaseService.h"

namespace onco {

Result<StoreCopyReport> ServerMove::run(const CaseService& cases, const QString& url)
{
    const auto& account = cases.account();
    if (account && account->role != accounts::Role::Admin)
        return Error{ErrorKind::ReadOnly,
                     tr("the account \"%1\" is not an administrator: only an administrator moves a database")
                         .arg(account->name)};
    if (!isServerLocation(url))
        return Error{ErrorKind::InvalidInput,
                     tr("\"%1\" is not a server address of the form postgresql://USER@HOST:PORT/DATABASE").arg(url)};
    return copyStore(cases.location(), url, cases.clock(), cases.user());
}

bool ServerMove::isOffered(const CaseService& cases)
{
    return !isServerLocation(cases.location());
}

QString ServerMove::describe(const StoreCopyReport& report)
{
    qint64 rows = 0;
    qint64 patients = 0;
    for (const TableCount& t : report.tables) {
        rows += t.copied;
        if (t.table == QLatin1String("patients"))
            patients = t.copied;
    }
    QString text = tr("%n patient(s) and their records copied and checked (%1 rows in %2 tables); the audit trail "
                      "goes on from %3 on the server.",
                      nullptr, int(patients))
                       .arg(rows)
                       .arg(report.tables.size())
                       .arg(report.lastAuditHash.left(16));
    if (report.accounts > 0)
        text += QLatin1Char('\n') + tr("%n account(s) copied: each needs a new password on the server before it can "
                                       "log in there.",
                                       nullptr, report.accounts);
    return text;
}

}  // namespace onco
