// oncocase backup / restore / verify.
#include "app/cli/Cli.h"
#include "app/cli/CoreCommands.h"
#include "core/storage/AuditLog.h"
#include "core/storage/OpenStore.h"
#include "core/util/Clock.h"

#include <QFile>
#include <QFileInfo>

namespace onco::cli {

int runBackup(const QStringList& args, Environment& env)
{
    QCommandLineParser p;
    p.setApplicationDescription(Texts::tr("Write a consistent copy of a database (SQLite backup API)."));
    p.addOption({QStringLiteral("database"), Texts::tr("The database to back up."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("output"), Texts::tr("The backup file to write."), QStringLiteral("BACKUP")});
    p.addOption({QStringLiteral("force"), Texts::tr("Overwrite an existing backup file.")});
    if (auto stop = parse(p, args, env))
        return *stop;
    const auto database = required(p, QStringLiteral("database"), env);
    const auto output = database ? required(p, QStringLiteral("output"), env) : std::nullopt;
    if (!output)
        return 2;
    if (QFileInfo::exists(*output) && !p.isSet(QStringLiteral("force")))
        return fail(env, 2, Texts::tr("%1 already exists; add --force to overwrite it").arg(*output));
    const auto patients = backupStore(*database, *output);
    if (!patients)
        return fail(env, patients.error());
    env.out << Texts::tr("Backed up %1 patients to %2").arg(patients.value()).arg(*output) << Qt::endl;
    return 0;
}

int runRestore(const QStringList& args, Environment& env)
{
    QCommandLineParser p;
    p.setApplicationDescription(Texts::tr("Restore a database from a backup."));
    p.addOption({QStringLiteral("backup"), Texts::tr("The backup to restore."), QStringLiteral("BACKUP")});
    p.addOption({QStringLiteral("database"), Texts::tr("The database file to write."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("force"), Texts::tr("Replace an existing database file.")});
    if (auto stop = parse(p, args, env))
        return *stop;
    const auto backup = required(p, QStringLiteral("backup"), env);
    const auto database = backup ? required(p, QStringLiteral("database"), env) : std::nullopt;
    if (!database)
        return 2;
    const auto inspected = inspectStore(*backup);
    if (!inspected)
        return fail(env, inspected.error());
    if (!inspected->exists)
        return fail(env, 2, Texts::tr("%1: no such backup").arg(*backup));
    if (QFileInfo::exists(*database)) {
        if (!p.isSet(QStringLiteral("force")))
            return fail(env, 2, Texts::tr("%1 already exists; add --force to replace it").arg(*database));
        if (auto s = checkStoreNotInUse(*database); !s)
            return fail(env, s.error());
    }
    if (auto s = restoreStore(*backup, *database); !s)
        return fail(env, s.error());
    env.out << Texts::tr("Restored %1 from %2").arg(*database, *backup) << Qt::endl;
    return 0;
}

int runVerify(const QStringList& args, Environment& env)
{
    QCommandLineParser p;
    p.setApplicationDescription(Texts::tr("Check the database's integrity and its audit trail."));
    p.addOption({QStringLiteral("database"), Texts::tr("The database to check."), QStringLiteral("FILE")});
    if (auto stop = parse(p, args, env))
        return *stop;
    const auto database = required(p, QStringLiteral("database"), env);
    if (!database)
        return 2;
    int code = 0;
    // The check shows no patient data: it needs no account (an IT colleague may run it).
    const auto context = openContext(env, *database, Storage::Access::ReadOnly, code, SignIn::Not);
    if (!context)
        return code;
    const auto checked = context->storage().checkIntegrity();
    const QStringList integrity = checked ? checked.value() : QStringList{checked.error().message};
    const bool sound = integrity == QStringList{QStringLiteral("ok")};
    env.out << Texts::tr("Database integrity: %1").arg(sound ? Texts::tr("ok") : integrity.join(QStringLiteral("; ")))
            << Qt::endl;
    const AuditReport report = context->storage().audit().verify();
    env.out << Texts::tr("Audit trail: %1 rows checked").arg(report.rows) << Qt::endl;
    for (const QString& note : report.notes)
        env.out << "  " << note << Qt::endl;
    if (!report.ok)
        env.out
            << Texts::tr("Audit trail problem: %1 (first row concerned: %2)").arg(report.problem).arg(report.firstBadId)
            << Qt::endl;
    return sound && report.ok ? 0 : 1;
}

}  // namespace onco::cli
