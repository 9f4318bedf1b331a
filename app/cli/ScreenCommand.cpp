// oncocase screen --database FILE [--format csv|json] [--as-of DATE] [--jurisdiction J] [--list L,…] [--lang L]:
// the worklists of every patient (product.md §8) on the command line.
#include "app/cli/CoreCommands.h"
#include "core/i18n/Language.h"
#include "core/knowledge/Knowledge.h"
#include "core/rules/RuleContext.h"
#include "core/services/CaseService.h"
#include "core/settings/AppSettings.h"
#include "core/util/Clock.h"
#include "core/worklists/Screening.h"
#include "core/worklists/WorklistExport.h"

#include <QJsonDocument>

namespace onco::cli {

namespace {

/** Reads --list (default: every list); an unknown name is reported (exit 2). */
std::optional<QList<worklists::Kind>> listsOption(QCommandLineParser& p, Environment& env)
{
    if (!p.isSet(QStringLiteral("list")))
        return worklists::allKinds();
    QList<worklists::Kind> kinds;
    for (const QString& name : p.value(QStringLiteral("list")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto kind = worklists::kindFromCode(name.trimmed());
        if (!kind) {
            QStringList codes;
            for (worklists::Kind k : worklists::allKinds())
                codes << worklists::kindCode(k);
            fail(env, 2, Texts::tr("--list: \"%1\" is not one of %2").arg(name, codes.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        if (!kinds.contains(*kind))
            kinds << *kind;
    }
    if (kinds.isEmpty()) {
        fail(env, 2, Texts::tr("--list: no list named"));
        return std::nullopt;
    }
    return kinds;
}

}  // namespace

int runScreen(const QStringList& args, Environment& env)
{
    QCommandLineParser p;
    p.setApplicationDescription(Texts::tr(
        "Print the worklists of every patient: oral SERD is an option, ESR1 test or re-test due, confirmed "
        "tumour-marker rise, summary not printed since the last change. Summaries that are not current are "
        "recomputed and stored first; on a read-only database, or for another date or jurisdiction than the "
        "program's, they are assessed in memory and nothing is written. Archived patients are not screened."));
    p.addOption({QStringLiteral("database"), Texts::tr("The database."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("format"), Texts::tr("csv (default) or json."), QStringLiteral("FORMAT"),
                 QStringLiteral("csv")});
    p.addOption(
        {QStringLiteral("as-of"), Texts::tr("Evaluation date (default: today)."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("jurisdiction"),
                 Texts::tr("US-FDA, EU-EMA, CN-NMPA or HK (default: the settings', else US-FDA)."),
                 QStringLiteral("J")});
    p.addOption({QStringLiteral("list"),
                 Texts::tr("Only these lists, comma-separated: serd_option, esr1_test, marker_rise, not_printed "
                           "(default: all)."),
                 QStringLiteral("LIST")});
    p.addOption({QStringLiteral("lang"), Texts::tr("Language of the CSV description column: en (default) or zh_CN."),
                 QStringLiteral("LANG"), QStringLiteral("en")});
    if (auto stop = parse(p, args, env))
        return *stop;
    if (p.positionalArguments().size() > 1)
        return fail(env, 2, Texts::tr("screen takes no file argument: use --database FILE"));
    const auto database = required(p, QStringLiteral("database"), env);
    if (!database)
        return 2;
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(env, 2, Texts::tr("--format: \"%1\" is not csv or json").arg(format));
    const Language* language = languageOption(p, env);
    if (!language)
        return 2;
    std::optional<Jurisdiction> jurisdiction;
    if (!jurisdictionOption(p, env, jurisdiction))
        return 2;
    const auto asOf = asOfDate(p, env);
    if (!asOf)
        return 2;
    const auto kinds = listsOption(p, env);
    if (!kinds)
        return 2;

    // Never create a database here; a read-only file is screened without writing to it.
    const auto inspected = inspectStore(*database);
    if (!inspected)
        return fail(env, inspected.error());
    if (!inspected->exists)
        return fail(env, 2, Texts::tr("%1: no such database").arg(*database));
    const bool readOnly = !inspected->writable;
    int code = 0;
    const auto context =
        openContext(env, *database, readOnly ? Storage::Access::ReadOnly : Storage::Access::ReadWrite, code);
    if (!context)
        return code;

    // Stored summaries are what the window shows: they are brought up to date (and stored) only for the date and
    // jurisdiction the window uses. Another --as-of or --jurisdiction is answered in memory, so the stored summaries
    // and their status history keep describing today under the settings' jurisdiction.
    const Jurisdiction chosen = settings::chooseJurisdiction(jurisdiction, std::nullopt);
    const bool programsFreshness =
        *asOf == env.clock.today() && chosen == settings::chooseJurisdiction(std::nullopt, std::nullopt);
    worklists::ScreenRequest request{{*asOf, context->knowledge().version(), chosen}, !readOnly && programsFreshness};
    const auto screening = worklists::screen(context->services(), request);
    if (!screening)
        return fail(env, screening.error());

    if (screening->recomputed > 0)
        env.err << Texts::tr("oncocase: %1 summaries were not current: recomputed and stored first.")
                       .arg(screening->recomputed)
                << Qt::endl;
    if (screening->assessedInMemory > 0) {
        const QString why = readOnly ? Texts::tr("the database is read-only")
                                     : Texts::tr("the date or jurisdiction differs from the program's");
        env.err << Texts::tr("oncocase: %1 summaries were not current for %2 (%3): assessed in memory, not stored "
                             "(%4).")
                       .arg(screening->assessedInMemory)
                       .arg(asOf->toString(Qt::ISODate), toCode(chosen), why)
                << Qt::endl;
    }
    if (format == QLatin1String("json"))
        env.out << QString::fromUtf8(QJsonDocument(worklists::toJson(*screening, *kinds)).toJson());
    else
        env.out << QString::fromUtf8(worklists::toCsv(*screening, *kinds, *language, context->knowledge()));
    env.out.flush();
    return 0;
}

}  // namespace onco::cli
