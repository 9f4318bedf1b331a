// oncocase import CASE.json… --database FILE [--replace]
// oncocase export --database FILE --patient MRN [--output FILE]
#include "app/cli/CoreCommands.h"
#include "core/knowledge/Knowledge.h"
#include "core/services/CaseFiles.h"
#include "core/services/CaseService.h"
#include "core/util/Clock.h"

namespace onco::cli {

namespace {

/** Validates and imports one file in its own transaction (casefiles::importFile); a file with any error writes
 *  nothing. */
Status importOne(CaseService& service, const QString& path, bool replace, Environment& env)
{
    const CaseFileImport file = casefiles::importFile(service, path, replace);
    if (file.imported()) {
        env.out << Texts::tr("Imported %1 as %2").arg(path, file.mrn()) << Qt::endl;
        return {};
    }
    if (file.failure)
        return Error{file.failure->kind, Texts::tr("%1: %2").arg(path, file.failure->message)};
    for (const CaseError& e : file.errors)
        env.err << "oncocase: " << path << ": " << e.toString() << Qt::endl;
    return Error{ErrorKind::InvalidInput, Texts::tr("%1: not imported").arg(path)};
}

}  // namespace

int runImport(const QStringList& args, Environment& env)
{
    QCommandLineParser p;
    p.setApplicationDescription(Texts::tr("Import case files (oncocase-case/1), each in its own transaction; a file "
                                          "with any error writes nothing, the others still import."));
    p.addPositionalArgument(QStringLiteral("files"), Texts::tr("Case files."), QStringLiteral("CASE.json…"));
    p.addOption({QStringLiteral("database"), Texts::tr("The database to import into."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("replace"), Texts::tr("Replace a patient whose MRN already exists (whole record).")});
    if (auto stop = parse(p, args, env))
        return *stop;
    const auto database = required(p, QStringLiteral("database"), env);
    if (!database)
        return 2;
    const QStringList files = p.positionalArguments().mid(1);  // the first is the command name
    if (files.isEmpty())
        return fail(env, 2, Texts::tr("import needs at least one case file"));
    int code = 0;
    const auto context = openContext(env, *database, Storage::Access::ReadWrite, code);
    if (!context)
        return code;
    CaseService& service = context->cases();
    int failed = 0;
    for (const QString& path : files) {
        if (auto s = importOne(service, path, p.isSet(QStringLiteral("replace")), env); !s) {
            ++failed;
            // An input problem is exit 2; anything else (locked, I/O) outranks it with 1.
            const int c = fail(env, s.error());
            code = code == 1 || c == 1 ? 1 : 2;
        }
    }
    env.out << Texts::tr("%1 of %2 files imported").arg(files.size() - failed).arg(files.size()) << Qt::endl;
    return code;
}

int runExport(const QStringList& args, Environment& env)
{
    QCommandLineParser p;
    p.setApplicationDescription(Texts::tr("Write a stored patient as a case file (every stored key). The export is "
                                          "written to the audit trail."));
    p.addOption({QStringLiteral("database"), Texts::tr("The database to read."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("patient"), Texts::tr("The MRN of the patient."), QStringLiteral("MRN")});
    p.addOption(
        {QStringLiteral("output"), Texts::tr("The file to write (default: standard output)."), QStringLiteral("FILE")});
    if (auto stop = parse(p, args, env))
        return *stop;
    const auto database = required(p, QStringLiteral("database"), env);
    const auto mrn = database ? required(p, QStringLiteral("patient"), env) : std::nullopt;
    if (!mrn)
        return 2;
    // Read-write: every export is written to the audit trail, so a database that cannot record it is refused.
    int code = 0;
    const auto context = openContext(env, *database, Storage::Access::ReadWrite, code);
    if (!context)
        return code;
    CaseService& service = context->cases();
    const auto id = service.findPatientId(*mrn);
    if (!id)
        return fail(env, 2, Texts::tr("%1: no patient with the MRN %2").arg(*database, *mrn));
    const QString output = p.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        const auto json = casefiles::exportBytes(service, *id);
        if (!json)
            return fail(env, json.error());
        if (auto s =
                service.logAction(QStringLiteral("export"), *id, casefiles::exportDetails(QStringLiteral("stdout")));
            !s)
            return fail(env, s.error());
        env.out << QString::fromUtf8(json.value());
        env.out.flush();
        return 0;
    }
    if (auto s = casefiles::exportFile(service, *id, output); !s)
        return fail(env, s.error());
    env.err << Texts::tr("Exported %1 to %2").arg(*mrn, output) << Qt::endl;
    return 0;
}

}  // namespace onco::cli
