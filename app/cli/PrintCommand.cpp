// oncocase print --database FILE --patient MRN[,MRN…] --lang zh_CN|en|bilingual --output FILE.pdf
#include "app/cli/PrintCommand.h"

#include "core/knowledge/Knowledge.h"
#include "core/services/CaseService.h"
#include "core/util/Clock.h"
#include "ui/print/SummaryPrinter.h"

namespace onco::cli {

QList<Command> uiCommands()
{
    return {{QStringLiteral("print"), QT_TRANSLATE_NOOP("Cli", "Print patient summaries to a PDF file."), runPrint}};
}

int runPrint(const QStringList& args, Environment& env)
{
    QCommandLineParser p;
    p.setApplicationDescription(Texts::tr("Write the patient summary of one or more stored patients to one PDF file, "
                                          "each summary starting on a new page; every print is audited."));
    p.addOption({QStringLiteral("database"), Texts::tr("The database file."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("patient"), Texts::tr("The MRN of the patient; several separated by commas."),
                 QStringLiteral("MRN[,MRN…]")});
    p.addOption({QStringLiteral("lang"), Texts::tr("Print language: zh_CN, en or bilingual."), QStringLiteral("LANG")});
    p.addOption({QStringLiteral("output"), Texts::tr("The PDF file to write (replaced when it exists)."),
                 QStringLiteral("FILE.pdf")});
    p.addOption({QStringLiteral("as-of"), Texts::tr("The date the summary describes (default: today)."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("jurisdiction"),
                 Texts::tr("US-FDA, EU-EMA, CN-NMPA or HK (default: the settings', else US-FDA)."),
                 QStringLiteral("J")});
    if (auto stop = parse(p, args, env))
        return *stop;
    if (p.positionalArguments().size() > 1)
        return fail(env, 2, Texts::tr("print takes no file arguments (use --output)"));
    const auto database = required(p, QStringLiteral("database"), env);
    const auto patients = database ? required(p, QStringLiteral("patient"), env) : std::nullopt;
    const auto lang = patients ? required(p, QStringLiteral("lang"), env) : std::nullopt;
    const auto output = lang ? required(p, QStringLiteral("output"), env) : std::nullopt;
    if (!output)
        return 2;

    report::SummaryOptions options;
    const auto language = report::printLanguageFromCode(*lang);
    if (!language)
        return fail(env, 2, Texts::tr("--lang: \"%1\" is not zh_CN, en or bilingual").arg(*lang));
    options.language = *language;
    const auto asOf = asOfDate(p, env);
    if (!asOf)
        return 2;
    options.asOf = *asOf;
    if (p.isSet(QStringLiteral("jurisdiction"))) {
        options.jurisdiction = fromCode<Jurisdiction>(p.value(QStringLiteral("jurisdiction")));
        if (!options.jurisdiction)
            return fail(
                env, 2,
                Texts::tr("--jurisdiction: \"%1\" is not one of %2")
                    .arg(p.value(QStringLiteral("jurisdiction")), allCodes<Jurisdiction>().join(QStringLiteral(", "))));
    }
    QStringList mrns;
    for (const QString& mrn : patients->split(QLatin1Char(',')))
        if (!mrn.trimmed().isEmpty())
            mrns << mrn.trimmed();
    if (mrns.isEmpty())
        return fail(env, 2, Texts::tr("--patient: no MRN given"));

    int code = 0;
    const auto context = openContext(env, *database, Storage::Access::ReadWrite, code);
    if (!context)
        return code;
    CaseService& service = context->cases();
    QList<qint64> ids;
    for (const QString& mrn : mrns) {
        const auto id = service.findPatientId(mrn);
        if (!id)
            return fail(env, 2, Texts::tr("no patient with MRN \"%1\" in %2").arg(mrn, *database));
        ids << *id;
    }
    SummaryPrinter printer(service);
    const auto pages = printer.writePdf(ids, options, *output);
    if (!pages)
        return fail(env, pages.error());
    env.out << Texts::tr("Wrote %1 (%2 summaries, %3 pages)")
                   .arg(*output, QString::number(ids.size()), QString::number(pages.value()))
            << Qt::endl;
    return 0;
}

}  // namespace onco::cli
