// oncocase assess CASE.json [--knowledge PACK] | --database FILE --patient MRN  [--jurisdiction J] [--as-of DATE]
// [--lang en|zh_CN]
#include "app/cli/CoreCommands.h"
#include "core/caseformat/CaseCodec.h"
#include "core/i18n/Language.h"
#include "core/knowledge/Knowledge.h"
#include "core/knowledgepack/KnowledgePack.h"
#include "core/rules/Assess.h"
#include "core/rules/AssessmentJson.h"
#include "core/services/CaseService.h"
#include "core/settings/AppSettings.h"
#include "core/util/Clock.h"
#include "core/util/Dates.h"

#include <QFile>
#include <QJsonDocument>

namespace onco::cli {

namespace {

struct Loaded
{
    PatientRecord record;
    QDate asOf;
    std::optional<Jurisdiction> jurisdiction;
    std::shared_ptr<const Knowledge> knowledge;  ///< the store's knowledge in force, for a stored patient
};

/** The pack of --knowledge, checked as `knowledge install` checks it; problems go to stderr (exit 2). */
std::shared_ptr<const Knowledge> readPack(const QString& path, Environment& env, int& exitCode)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        exitCode = fail(env, QFile::exists(path) ? 1 : 2, Texts::tr("%1: %2").arg(path, file.errorString()));
        return nullptr;
    }
    const QByteArray json = file.readAll();
    const QStringList problems = knowledgepack::checkPack(json, env.clock.today());
    if (!problems.isEmpty()) {
        for (const QString& problem : problems)
            env.err << "oncocase: " << path << ": " << problem << Qt::endl;
        exitCode = 2;
        return nullptr;
    }
    auto k = Knowledge::fromJson(json);
    if (!k) {
        exitCode = fail(env, k.error());
        return nullptr;
    }
    return std::make_shared<const Knowledge>(std::move(k).value());
}

/** Reads and validates a case file; every problem goes to stderr as "FILE: path: message". */
std::optional<Loaded> readCase(const QString& path, const Knowledge& knowledge, Environment& env, int& exitCode)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        exitCode = fail(env, QFile::exists(path) ? 1 : 2, Texts::tr("%1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QList<CaseError> errors;
    const auto parsed = CaseCodec(knowledge, env.clock.today()).parse(file.readAll(), errors);
    if (!parsed) {
        for (const CaseError& e : errors)
            env.err << "oncocase: " << path << ": " << e.toString() << Qt::endl;
        exitCode = 2;
        return std::nullopt;
    }
    return Loaded{parsed->record, parsed->asOf, parsed->jurisdiction, {}};
}

std::optional<Loaded> readStored(const QString& database, const QString& mrn, Environment& env, int& exitCode)
{
    const auto context = openContext(env, database, Storage::Access::ReadOnly, exitCode);
    if (!context)
        return std::nullopt;
    CaseService& service = context->cases();
    const auto id = service.findPatientId(mrn);
    if (!id) {
        exitCode = fail(env, 2, Texts::tr("%1: no patient with the MRN %2").arg(database, mrn));
        return std::nullopt;
    }
    auto record = service.loadPatient(*id);
    if (!record) {
        exitCode = fail(env, record.error());
        return std::nullopt;
    }
    return Loaded{std::move(record).value(), {}, std::nullopt, context->knowledgeInForce().knowledge};
}

/** Warnings (stderr; the assessment is still printed): an as_of, or a line's start, before the diagnosis. */
void warnBeforeDiagnosis(const PatientRecord& record, const QDate& day, Environment& env)
{
    if (!record.diagnosis || !record.diagnosis->date.isValid())
        return;
    const QDate diagnosed = record.diagnosis->date;
    if (day < diagnosed)
        env.err << "oncocase: "
                << Texts::tr("warning: as_of %1 is before the diagnosis (%2): every record after it is ignored")
                       .arg(dates::toIso(day), dates::toIso(diagnosed))
                << Qt::endl;
    for (int i = 0; i < record.therapies.size(); ++i)
        if (record.therapies[i].start.isValid() && record.therapies[i].start < diagnosed)
            env.err << "oncocase: "
                    << Texts::tr("warning: therapies[%1] starts on %2, before the diagnosis (%3): check the dates")
                           .arg(i)
                           .arg(dates::toIso(record.therapies[i].start), dates::toIso(diagnosed))
                    << Qt::endl;
}

}  // namespace

int runAssess(const QStringList& args, Environment& env)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Texts::tr("Print the assessment (endocrine resistance, oral SERD options, testing prompts) of a case file or "
                  "of a stored patient as JSON."));
    p.addPositionalArgument(QStringLiteral("case"), Texts::tr("A case file (oncocase-case/1)."),
                            QStringLiteral("[CASE.json]"));
    p.addOption(
        {QStringLiteral("database"), Texts::tr("Assess a stored patient of this database."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("patient"), Texts::tr("The MRN of the stored patient."), QStringLiteral("MRN")});
    p.addOption({QStringLiteral("jurisdiction"),
                 Texts::tr("US-FDA, EU-EMA, CN-NMPA or HK (default: the case file's, else the settings', else "
                           "US-FDA)."),
                 QStringLiteral("J")});
    p.addOption({QStringLiteral("as-of"), Texts::tr("Evaluation date (default: the case file's, else today)."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("lang"), Texts::tr("Language of the texts: en (default) or zh_CN."),
                 QStringLiteral("LANG"), QStringLiteral("en")});
    p.addOption({QStringLiteral("knowledge"),
                 Texts::tr("Assess a case file with this knowledge pack instead of the built-in knowledge."),
                 QStringLiteral("PACK")});
    if (auto stop = parse(p, args, env))
        return *stop;

    const QStringList files = p.positionalArguments().mid(1);  // the first is the command name
    const bool stored = p.isSet(QStringLiteral("database")) || p.isSet(QStringLiteral("patient"));
    if (files.size() > 1 || (files.isEmpty() && !stored) || (!files.isEmpty() && stored))
        return fail(env, 2, Texts::tr("assess takes one case file, or --database FILE --patient MRN"));
    const Language* language = languageOption(p, env);
    if (!language)
        return 2;
    std::optional<Jurisdiction> jurisdiction;
    if (!jurisdictionOption(p, env, jurisdiction))
        return 2;
    const auto asOf = asOfDate(p, env);
    if (!asOf)
        return 2;

    int code = 0;
    std::shared_ptr<const Knowledge> pack;
    if (p.isSet(QStringLiteral("knowledge"))) {
        if (stored)
            return fail(env, 2,
                        Texts::tr("--knowledge is for a case file; a stored patient is assessed with the knowledge in "
                                  "force in its database"));
        if (!(pack = readPack(p.value(QStringLiteral("knowledge")), env, code)))
            return code;
    }
    std::optional<Loaded> loaded;
    if (stored) {
        const auto database = required(p, QStringLiteral("database"), env);
        const auto mrn = database ? required(p, QStringLiteral("patient"), env) : std::nullopt;
        if (!mrn)
            return 2;
        loaded = readStored(*database, *mrn, env, code);
    } else {
        loaded = readCase(files.front(), pack ? *pack : env.knowledge, env, code);
    }
    if (!loaded)
        return code;
    const Knowledge& knowledge = loaded->knowledge ? *loaded->knowledge : pack ? *pack : env.knowledge;

    const QDate day = p.isSet(QStringLiteral("as-of")) || !loaded->asOf.isValid() ? *asOf : loaded->asOf;
    if (day > env.clock.today())
        return fail(env, 2,
                    Texts::tr("as_of: %1 is after today (%2): an assessment cannot look ahead")
                        .arg(dates::toIso(day), dates::toIso(env.clock.today())));
    warnBeforeDiagnosis(loaded->record, day, env);
    const rules::RuleContext context{day, settings::chooseJurisdiction(jurisdiction, loaded->jurisdiction), knowledge};
    const rules::Assessment assessment = rules::assess(loaded->record, context);
    env.out << QString::fromUtf8(QJsonDocument(rules::assessmentToJson(assessment, *language, knowledge)).toJson());
    env.out.flush();
    return 0;
}

}  // namespace onco::cli
