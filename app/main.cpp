// oncocase: the composition root. A sub-command runs without a window; otherwise the main window opens.
#include "app/AppContext.h"
#include "app/cli/Cli.h"
#include "app/cli/PrintCommand.h"
#include "core/accounts/AccountService.h"
#include "core/assessments/AssessmentService.h"
#include "core/demo/DemoData.h"
#include "core/knowledge/Knowledge.h"
#include "core/services/CaseService.h"
#include "core/services/ChangeWatch.h"
#include "core/util/Clock.h"
#include "core/util/UserName.h"
#include "ui/dialogs/LogInDialog.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OncoCase"));
    QCoreApplication::setApplicationName(QStringLiteral("oncocase"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONCO_VERSION));
}

QStringList rawArguments(int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

/** The sub-commands: those of onco_core, then those of onco_ui (which paint, e.g. `print`). */
QList<onco::cli::Command> allCommands()
{
    return onco::cli::coreCommands() + onco::cli::uiCommands();
}

bool isUiCommand(const char* name)
{
    for (const onco::cli::Command& c : onco::cli::uiCommands())
        if (c.name == QLatin1String(name))
            return true;
    return false;
}

int runCommand(int argc, char** argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (isUiCommand(argv[1])) {
        // These paint text and charts, which needs a QApplication; they never show a window, so they run on the
        // offscreen platform (no display needed, a stale DISPLAY cannot abort them) unless one is chosen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    describeApplication();
    onco::SystemClock clock;
    QTextStream out(stdout);
    QTextStream err(stderr);
    onco::cli::Environment env{out, err, clock, onco::Knowledge::builtin(), onco::currentUserName()};
    return onco::cli::dispatch(QCoreApplication::arguments(), allCommands(), env);
}

QString dataFile(const QString& name)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(name);
}

/** What runWindow's event loop returns when a knowledge update asks to open the database again. */
constexpr int kReopen = 0x0CA5E;

/** Opens the store at `path`, builds the window on it and runs the event loop; kReopen when it must be done again. */
int openAndRun(QApplication& app, onco::LanguageManager& languages, const QString& path, bool isDemo)
{
    const auto inspected = onco::inspectStore(path);
    const bool isNew = inspected && !inspected->exists;
    const bool readOnly = inspected && inspected->exists && !inspected->writable;
    onco::SystemClock clock;
    auto opened =
        onco::AppContext::open({path, readOnly ? onco::Storage::Access::ReadOnly : onco::Storage::Access::ReadWrite,
                                &clock, onco::currentUserName()},
                               onco::Knowledge::builtin());
    if (!opened) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "OncoCase"),
            QCoreApplication::translate("main", "The database cannot be opened:\n%1").arg(opened.error().message));
        return onco::exitCodeFor(opened.error().kind);
    }
    std::unique_ptr<onco::AppContext> context = std::move(opened).value();
    onco::CaseService& service = context->cases();
    // A database with accounts asks who works before any patient data shows (issue 12).
    onco::accounts::AccountService accounts(context->storage());
    if (const auto has = accounts.hasAccounts(); has && *has) {
        onco::LogInDialog logIn(accounts, path);
        if (logIn.exec() != QDialog::Accepted || !logIn.account())
            return 0;
        service.signIn(*logIn.account());
    }
    if (isNew) {
        const bool addDemo =
            isDemo || QMessageBox::question(nullptr, QCoreApplication::translate("main", "New database"),
                                            QCoreApplication::translate(
                                                "main", "A new database was created at\n%1\n\nAdd the fictional demo "
                                                        "patients so you can see every feature?")
                                                .arg(QDir::toNativeSeparators(path))) == QMessageBox::Yes;
        if (addDemo)
            if (auto imported = onco::importDemoPatients(service); !imported)
                QMessageBox::warning(nullptr, QCoreApplication::translate("main", "OncoCase"),
                                     imported.error().message);
    }
    // Stored assessment summaries for the list and the worklists: brought up to date in the background now and
    // whenever the date changes; each edit recomputes its patient's summary at once.
    onco::assessments::AssessmentService& summaries = context->assessments();
    summaries.recomputeStaleInBackground();
    summaries.watchDate();
    // Other workstations' changes (a server, or another process on the same file) reach the list and the open patient.
    onco::ChangeWatch changes(context->storage(), service);
    changes.start();
    onco::MainWindow window(
        {service, context->directory(), context->worklistSource(), context->openPatient(), &accounts}, &languages);
    window.connectSummaries(summaries);
    window.connectKnowledge(context->knowledgeUpdates());
    QObject::connect(
        &window, &onco::MainWindow::reopenRequested, &app, [&app] { app.exit(kReopen); }, Qt::QueuedConnection);
    window.show();
    if (readOnly)
        QMessageBox::information(&window, QCoreApplication::translate("main", "Read-only database"),
                                 QCoreApplication::translate("main",
                                                             "%1 is read-only: you can look, but changes cannot "
                                                             "be saved.")
                                     .arg(QDir::toNativeSeparators(path)));
    return app.exec();
}

int runWindow(int argc, char** argv)
{
    describeApplication();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("OncoCase"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("Database file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the demo database."));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("en or zh_CN."), QStringLiteral("LANG"));
    parser.addOptions({help, version, database, demo, lang});
    if (!parser.parse(rawArguments(argc, argv))) {
        std::fprintf(stderr, "oncocase: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        if (parser.isSet(version))
            out << "oncocase " << ONCO_VERSION << ", knowledge " << onco::Knowledge::builtin().version() << Qt::endl;
        else
            out << onco::cli::overview(allCommands());
        return 0;
    }
    if (parser.isSet(lang) && parser.value(lang) != QLatin1String("en") &&
        parser.value(lang) != QLatin1String("zh_CN")) {
        std::fprintf(stderr, "oncocase: --lang: \"%s\" is not en or zh_CN\n", qPrintable(parser.value(lang)));
        return 2;
    }

    QApplication app(argc, argv);
    onco::LanguageManager languages;
    languages.setLanguage(parser.isSet(lang) ? parser.value(lang) : onco::LanguageManager::initialLanguage());

    const bool isDemo = parser.isSet(demo);
    const QString path = parser.isSet(database)
                             ? parser.value(database)
                             : dataFile(isDemo ? QStringLiteral("demo.sqlite") : QStringLiteral("oncocase.sqlite"));
    int code = kReopen;
    while (code == kReopen)
        code = openAndRun(app, languages, path, isDemo);
    return code;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc > 1 && argv[1][0] != '-')
        return runCommand(argc, argv);
    return runWindow(argc, argv);
}
