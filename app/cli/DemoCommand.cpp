// oncocase demo --database FILE [--force] [--patients N --seed S]
#include "app/cli/CoreCommands.h"
#include "core/demo/DemoData.h"
#include "core/knowledge/Knowledge.h"
#include "core/services/CaseService.h"
#include "core/util/Clock.h"

#include <QFile>
#include <QFileInfo>

namespace onco::cli {

int runDemo(const QStringList& args, Environment& env)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Texts::tr("Create a database of fictional demo patients (DEMO-0001 is the Foshan case)."));
    p.addOption({QStringLiteral("database"), Texts::tr("The database file to create."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("force"), Texts::tr("Replace an existing file.")});
    p.addOption({QStringLiteral("patients"), Texts::tr("Also add N synthetic patients."), QStringLiteral("N")});
    p.addOption({QStringLiteral("seed"), Texts::tr("Seed of the synthetic patients (default 1)."), QStringLiteral("S"),
                 QStringLiteral("1")});
    if (auto stop = parse(p, args, env))
        return *stop;
    const auto database = required(p, QStringLiteral("database"), env);
    if (!database)
        return 2;
    bool ok = true;
    const int patients = p.isSet(QStringLiteral("patients")) ? p.value(QStringLiteral("patients")).toInt(&ok) : 0;
    if (!ok || patients < 0 || patients > 10'000'000)
        return fail(
            env, 2,
            Texts::tr("--patients: \"%1\" is not a number of patients").arg(p.value(QStringLiteral("patients"))));
    const quint64 seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return fail(env, 2, Texts::tr("--seed: \"%1\" is not a whole number").arg(p.value(QStringLiteral("seed"))));

    if (QFileInfo::exists(*database)) {
        if (!p.isSet(QStringLiteral("force")))
            return fail(env, 2, Texts::tr("%1 already exists; add --force to replace it").arg(*database));
        const auto inspected = inspectStore(*database);
        if (!inspected && inspected.error().kind == ErrorKind::Locked)
            return fail(env, inspected.error());
        for (const char* suffix : {"", "-wal", "-shm", ".audit-head"})
            QFile::remove(*database + QLatin1String(suffix));
        if (QFileInfo::exists(*database))
            return fail(env, 1, Texts::tr("%1 cannot be replaced").arg(*database));
    }
    int code = 0;
    const auto context = openContext(env, *database, Storage::Access::ReadWrite, code);
    if (!context)
        return code;
    CaseService& service = context->cases();
    const auto demo = importDemoPatients(service);
    if (!demo)
        return fail(env, demo.error());
    if (patients > 0) {
        const auto generated = generateSyntheticPatients(service, patients, seed, [&](int done) {
            env.err << "\r" << Texts::tr("%1 of %2 synthetic patients").arg(done).arg(patients);
            env.err.flush();
        });
        env.err << Qt::endl;
        if (!generated)
            return fail(env, generated.error());
    }
    env.out
        << Texts::tr("Created %1 with %2 demo and %3 synthetic patients").arg(*database).arg(demo.value()).arg(patients)
        << Qt::endl;
    return 0;
}

}  // namespace onco::cli
