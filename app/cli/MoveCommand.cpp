// oncocase move-to-server: a desk database copied onto the department server, checked (issue 12).
#include "app/cli/Cli.h"
#include "app/cli/CoreCommands.h"
#include "core/services/ServerMove.h"
#include "core/storage/OpenStore.h"

namespace onco::cli {

int runMoveToServer(const QStringList& args, Environment& env)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Texts::tr("Copy a desk database into an empty database on the department server, with its audit trail, "
                  "and check the copy (rows of every table, the audit chain). The desk database is not changed."));
    p.addOption({QStringLiteral("database"), Texts::tr("The desk database to copy."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("server"), Texts::tr("The empty server database: postgresql://USER@HOST:PORT/DB."),
                 QStringLiteral("URL")});
    if (auto stop = parse(p, args, env))
        return *stop;
    const auto database = required(p, QStringLiteral("database"), env);
    const auto server = database ? required(p, QStringLiteral("server"), env) : std::nullopt;
    if (!server)
        return 2;
    // Signed in as its account holder (a database with accounts): ServerMove lets only an administrator move it.
    int code = 0;
    auto source = openContext(env, *database, Storage::Access::ReadOnly, code);
    if (!source)
        return code;
    const auto report = ServerMove::run(source->cases(), *server);
    if (!report)
        return fail(env, report.error());
    for (const TableCount& t : report->tables)
        env.out << Texts::tr("%1: %2 rows copied, %3 in the copy").arg(t.table).arg(t.source).arg(t.copied) << Qt::endl;
    env.out << Texts::tr("The audit trail goes on from %1 on the server.").arg(report->lastAuditHash.left(16))
            << Qt::endl;
    if (report->accounts > 0)
        env.out << Texts::tr("%n account(s) copied: each needs a new password on the server (oncocase account "
                             "passwd --name NAME) before it can log in there.",
                             nullptr, report->accounts)
                << Qt::endl;
    return 0;
}

}  // namespace onco::cli
