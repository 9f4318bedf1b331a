// oncocase summary --database FILE [--jurisdiction J]: recomputes every stale assessment summary now.
#include "app/cli/CoreCommands.h"
#include "core/assessments/Recompute.h"
#include "core/knowledge/Knowledge.h"
#include "core/rules/RuleContext.h"
#include "core/services/CaseService.h"
#include "core/settings/AppSettings.h"
#include "core/util/Clock.h"

#include <QElapsedTimer>

namespace onco::cli {

int runSummary(const QStringList& args, Environment& env)
{
    QCommandLineParser p;
    p.setApplicationDescription(Texts::tr("Recompute the stored assessment summaries that are not current (another "
                                          "date, knowledge version or jurisdiction, or changed since)."));
    p.addOption({QStringLiteral("database"), Texts::tr("The database."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("jurisdiction"),
                 Texts::tr("US-FDA, EU-EMA, CN-NMPA or HK (default: the settings', else US-FDA)."),
                 QStringLiteral("J")});
    if (auto stop = parse(p, args, env))
        return *stop;
    const auto database = required(p, QStringLiteral("database"), env);
    if (!database)
        return 2;
    std::optional<Jurisdiction> jurisdiction;
    if (!jurisdictionOption(p, env, jurisdiction))
        return 2;
    int code = 0;
    const auto context = openContext(env, *database, Storage::Access::ReadWrite, code);
    if (!context)
        return code;
    const assessments::Freshness now{env.clock.today(), context->knowledge().version(),
                                     settings::chooseJurisdiction(jurisdiction, std::nullopt)};
    QElapsedTimer timer;
    timer.start();
    const auto outcome = assessments::recomputeStale(context->services(), now, [&](int done, int total) {
        env.err << "\r" << Texts::tr("%1 of %2 summaries").arg(done).arg(total);
        env.err.flush();
    });
    env.err << Qt::endl;
    if (!outcome)
        return fail(env, outcome.error());
    env.out << Texts::tr("%1 summaries recomputed for %2 (%3) in %4 s")
                   .arg(outcome->recomputed)
                   .arg(now.asOf.toString(Qt::ISODate), toCode(now.jurisdiction))
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
            << Qt::endl;
    return 0;
}

}  // namespace onco::cli
