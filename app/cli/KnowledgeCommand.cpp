// oncocase knowledge show [--database DB] [--format text|json]
// oncocase knowledge export [--database DB] FILE
// oncocase knowledge install --database DB FILE [--dry-run] [--allow-older]
// The knowledge in force (built in, or installed into a database), and installing a newer pack (issue 20).
#include "app/cli/CoreCommands.h"
#include "core/domain/Account.h"
#include "core/knowledge/Knowledge.h"
#include "core/knowledgepack/KnowledgeInstall.h"
#include "core/services/CaseService.h"
#include "core/settings/AppSettings.h"
#include "core/util/Clock.h"
#include "core/util/Dates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace onco::cli {

namespace {

/** The knowledge in force: the database's (opened read-only), or the built-in one. */
struct Source
{
    std::unique_ptr<AppContext> context;
    knowledgepack::InForce inForce;
};

std::optional<Source> source(QCommandLineParser& p, Environment& env, int& code)
{
    Source s;
    if (p.isSet(QStringLiteral("database"))) {
        s.context = openContext(env, p.value(QStringLiteral("database")), Storage::Access::ReadOnly, code);
        if (!s.context)
            return std::nullopt;
        s.inForce = s.context->knowledgeInForce();
    } else {
        s.inForce.knowledge = std::shared_ptr<const Knowledge>(&env.knowledge, [](const Knowledge*) {});
    }
    return s;
}

int labelCount(const Knowledge& k)
{
    int labels = 0;
    for (Jurisdiction j : {Jurisdiction::UsFda, Jurisdiction::EuEma, Jurisdiction::CnNmpa, Jurisdiction::Hk})
        labels += int(k.labels(j).size());
    return labels;
}

QJsonObject installedJson(const InstalledPack& pack)
{
    return {{QStringLiteral("version"), pack.version},
            {QStringLiteral("last_verified"), dates::toIso(pack.lastVerified)},
            {QStringLiteral("installed_at"), pack.installedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("installed_by"), pack.installedBy},
            {QStringLiteral("sha256"), pack.sha256},
            {QStringLiteral("rollback"), pack.rollback}};
}

QJsonObject showJson(const knowledgepack::InForce& f, const Knowledge& builtin, const QDate& today)
{
    const Knowledge& k = *f.knowledge;
    QJsonArray approvals;
    for (const Approval& a : k.approvals())
        approvals << QJsonObject{
            {QStringLiteral("drug"), a.drug},
            {QStringLiteral("jurisdiction"), toCode(a.jurisdiction)},
            {QStringLiteral("approved"), a.approved},
            {QStringLiteral("date"), a.date.isValid() ? QJsonValue(dates::toIso(a.date)) : QJsonValue()},
            {QStringLiteral("verified"), a.verified},
            {QStringLiteral("source"), a.source},
            {QStringLiteral("last_verified"), dates::toIso(a.lastVerified)}};
    const int labels = labelCount(k);
    return {{QStringLiteral("format"), QStringLiteral("oncocase-knowledge-show/1")},
            {QStringLiteral("version"), k.version()},
            {QStringLiteral("last_verified"), dates::toIso(k.lastVerified())},
            {QStringLiteral("stale"), knowledgepack::isStale(k, today)},
            {QStringLiteral("source"), f.fromStore ? QStringLiteral("installed") : QStringLiteral("builtin")},
            {QStringLiteral("builtin_version"), builtin.version()},
            {QStringLiteral("installed"), f.installed ? QJsonValue(installedJson(*f.installed)) : QJsonValue()},
            {QStringLiteral("counts"), QJsonObject{{QStringLiteral("drugs"), int(k.drugs().size())},
                                                   {QStringLiteral("cyp3a4"), int(k.cyp3a4().size())},
                                                   {QStringLiteral("markers"), int(k.markers().size())},
                                                   {QStringLiteral("approvals"), int(k.approvals().size())},
                                                   {QStringLiteral("labels"), labels},
                                                   {QStringLiteral("evidence"), int(k.evidence().size())}}},
            {QStringLiteral("approvals"), approvals}};
}

void showText(const knowledgepack::InForce& f, const Knowledge& builtin, const QDate& today, QTextStream& out)
{
    const Knowledge& k = *f.knowledge;
    out << Texts::tr("Knowledge %1, last verified %2").arg(k.version(), dates::toIso(k.lastVerified())) << Qt::endl;
    if (knowledgepack::isStale(k, today))
        out << Texts::tr("Stale: last verified more than %1 days ago; install a newer knowledge pack.")
                   .arg(knowledgepack::kStaleAfterDays)
            << Qt::endl;
    if (f.fromStore)
        out << Texts::tr("Installed into the database on %1 by %2 (built-in knowledge: %3)")
                   .arg(f.installed->installedAt.toString(Qt::ISODate), f.installed->installedBy, builtin.version())
            << Qt::endl;
    else if (f.installed)
        out << Texts::tr("Built in (the database's installed pack %1 is older than the program's)")
                   .arg(f.installed->version)
            << Qt::endl;
    else
        out << Texts::tr("Built into the program") << Qt::endl;
    const int labels = labelCount(k);
    out << Texts::tr("%1 drugs, %2 CYP3A4 entries, %3 markers, %4 approvals, %5 labels, %6 evidence sentences")
               .arg(k.drugs().size())
               .arg(k.cyp3a4().size())
               .arg(k.markers().size())
               .arg(k.approvals().size())
               .arg(labels)
               .arg(k.evidence().size())
        << Qt::endl
        << Texts::tr("Approvals:") << Qt::endl;
    for (const Approval& a : k.approvals()) {
        const QString status =
            !a.approved
                ? Texts::tr("not approved")
                : Texts::tr("approved %1").arg(a.date.isValid() ? dates::toIso(a.date) : Texts::tr("(date unknown)"));
        out << QStringLiteral("  %1 %2: %3, %4; %5 (%6)")
                   .arg(a.drug, toCode(a.jurisdiction), status,
                        a.verified ? Texts::tr("verified") : Texts::tr("not verified"),
                        Texts::tr("source %1").arg(a.source), Texts::tr("checked %1").arg(dates::toIso(a.lastVerified)))
            << Qt::endl;
    }
}

int show(const QStringList& args, Environment& env)
{
    QCommandLineParser p;
    p.setApplicationDescription(Texts::tr("Show the knowledge in force: version, where it comes from, approvals."));
    p.addOption({QStringLiteral("database"), Texts::tr("The database (default: the built-in knowledge)."),
                 QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("format"), Texts::tr("text (default) or json."), QStringLiteral("F"), QStringLiteral("text")});
    if (auto stop = parse(p, args, env))
        return *stop;
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return fail(env, 2, Texts::tr("--format: \"%1\" is not text or json").arg(format));
    int code = 0;
    const auto s = source(p, env, code);
    if (!s)
        return code;
    if (format == QLatin1String("json"))
        env.out << QString::fromUtf8(QJsonDocument(showJson(s->inForce, env.knowledge, env.clock.today())).toJson());
    else
        showText(s->inForce, env.knowledge, env.clock.today(), env.out);
    env.out.flush();
    return 0;
}

int exportPack(const QStringList& args, Environment& env)
{
    QCommandLineParser p;
    p.setApplicationDescription(Texts::tr("Write the knowledge in force as a knowledge pack."));
    p.addPositionalArgument(QStringLiteral("file"), Texts::tr("The pack to write."), QStringLiteral("FILE"));
    p.addOption({QStringLiteral("database"), Texts::tr("The database (default: the built-in knowledge)."),
                 QStringLiteral("FILE")});
    if (auto stop = parse(p, args, env))
        return *stop;
    const QStringList files = p.positionalArguments().mid(1);
    if (files.size() != 1)
        return fail(env, 2, Texts::tr("knowledge export takes one file to write"));
    int code = 0;
    const auto s = source(p, env, code);
    if (!s)
        return code;
    QSaveFile file(files.front());
    if (!file.open(QIODevice::WriteOnly) || file.write(s->inForce.knowledge->rawJson()) < 0 || !file.commit())
        return fail(env, 1, Texts::tr("%1: %2").arg(files.front(), file.errorString()));
    env.err << Texts::tr("Knowledge %1 written to %2").arg(s->inForce.knowledge->version(), files.front()) << Qt::endl;
    return 0;
}

int install(const QStringList& args, Environment& env)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Texts::tr("Check a knowledge pack, show what it changes and install it into the database (audited); the "
                  "stored assessments are recomputed and the patients whose options changed are listed."));
    p.addPositionalArgument(QStringLiteral("file"), Texts::tr("The knowledge pack."), QStringLiteral("FILE"));
    p.addOption({QStringLiteral("database"), Texts::tr("The database."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("dry-run"), Texts::tr("Check and show the changes; change nothing.")});
    p.addOption({QStringLiteral("allow-older"),
                 Texts::tr("Install a pack that is not newer than the one in force (to go back to it).")});
    p.addOption({QStringLiteral("jurisdiction"),
                 Texts::tr("List the patients whose options change under this jurisdiction (default: the settings', "
                           "else US-FDA)."),
                 QStringLiteral("J")});
    if (auto stop = parse(p, args, env))
        return *stop;
    std::optional<Jurisdiction> jurisdiction;
    if (!jurisdictionOption(p, env, jurisdiction))
        return 2;
    const QStringList files = p.positionalArguments().mid(1);
    if (files.size() != 1)
        return fail(env, 2, Texts::tr("knowledge install takes one pack file"));
    const auto database = required(p, QStringLiteral("database"), env);
    if (!database)
        return 2;
    QFile file(files.front());
    if (!file.open(QIODevice::ReadOnly))
        return fail(env, QFile::exists(files.front()) ? 1 : 2,
                    Texts::tr("%1: %2").arg(files.front(), file.errorString()));
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    int code = 0;
    const auto context =
        openContext(env, *database, dryRun ? Storage::Access::ReadOnly : Storage::Access::ReadWrite, code);
    if (!context)
        return code;
    // Where the database has accounts, installing knowledge is an administrator's (it changes every assessment).
    if (const auto& account = context->cases().account(); account && !dryRun && !accounts::canAdminister(account->role))
        return fail(env, 2,
                    Texts::tr("only an administrator may install knowledge (\"%1\" is %2)")
                        .arg(account->name, accounts::roleCode(account->role)));
    const Jurisdiction program = settings::chooseJurisdiction(std::nullopt, std::nullopt);
    knowledgepack::InstallRequest request{file.readAll(),
                                          dryRun,
                                          p.isSet(QStringLiteral("allow-older")),
                                          env.clock.today(),
                                          jurisdiction.value_or(program),
                                          program};
    const auto outcome = knowledgepack::installKnowledge(context->storage(), env.clock, context->knowledge(), request);
    if (!outcome)
        return fail(env, outcome.error());
    env.out << Texts::tr("Knowledge %1 → %2").arg(outcome->fromVersion, outcome->toVersion) << Qt::endl;
    if (outcome->changes.isEmpty())
        env.out << "  " << Texts::tr("(no change in drugs, approvals or labels)") << Qt::endl;
    for (const QString& change : outcome->changes)
        env.out << "  " << change << Qt::endl;
    const QString where = toCode(request.jurisdiction);
    if (outcome->patients.isEmpty())
        env.out << Texts::tr("No patient's oral SERD status or flags change (%1, %2).")
                       .arg(where, dates::toIso(request.asOf))
                << Qt::endl;
    else
        env.out << Texts::tr("Patients whose oral SERD status or flags change (%1, %2):")
                       .arg(where, dates::toIso(request.asOf))
                << Qt::endl;
    for (const auto& c : outcome->patients) {
        QStringList flags;
        for (const QString& f : c.flagsAdded)
            flags << QLatin1Char('+') + f;
        for (const QString& f : c.flagsRemoved)
            flags << QChar(0x2212) + f;
        env.out << QStringLiteral("  %1 %2: %3 → %4%5")
                       .arg(c.mrn, c.drug, c.before.isEmpty() ? QStringLiteral("-") : c.before, c.after,
                            flags.isEmpty() ? QString()
                                            : QLatin1String(" (") + flags.join(QLatin1String(", ")) + QLatin1Char(')'))
                << Qt::endl;
    }
    if (dryRun)
        env.out << Texts::tr("Dry run: nothing was changed.") << Qt::endl;
    else
        env.out << Texts::tr("Installed (recorded in the audit trail); %1 stored assessments recomputed.")
                       .arg(outcome->recomputed)
                << Qt::endl;
    return 0;
}

}  // namespace

int runKnowledge(const QStringList& args, Environment& env)
{
    const QString verb = args.value(1);
    const QStringList rest = QStringList{args.value(0) + QLatin1Char(' ') + verb} + args.mid(2);
    if (verb == QLatin1String("show"))
        return show(rest, env);
    if (verb == QLatin1String("export"))
        return exportPack(rest, env);
    if (verb == QLatin1String("install"))
        return install(rest, env);
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        env.out << Texts::tr("Usage: oncocase knowledge show|export|install …  (oncocase knowledge VERB --help)")
                << Qt::endl;
        return 0;
    }
    return fail(env, 2, Texts::tr("knowledge: say show, export or install"));
}

}  // namespace onco::cli
