#include "app/cli/Cli.h"

#include "core/accounts/AccountService.h"
#include "core/i18n/Language.h"
#include "core/services/CaseService.h"
#include "core/util/Clock.h"
#include "core/util/Dates.h"
#include "core/util/Result.h"

#include <QTextStream>

#include <termios.h>
#include <unistd.h>

namespace onco::cli {

int fail(Environment& env, int code, const QString& message)
{
    env.err << "oncocase: " << message << Qt::endl;
    return code;
}

int fail(Environment& env, const Error& error)
{
    return fail(env, exitCodeFor(error.kind), error.message);
}

/** Reads one line of standard input; on a terminal it asks with `prompt` (on stderr) and does not echo. */
std::optional<QString> readSecret(Environment& env, const QString& prompt)
{
    const bool terminal = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal) {
        env.err << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    static QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        env.err << Qt::endl;
    }
    if (line.isNull())
        return std::nullopt;
    return line;
}

/** The acting user's password: ONCOCASE_PASSWORD, else the first line of standard input. */
std::optional<QString> actingPassword(Environment& env)
{
    if (qEnvironmentVariableIsSet("ONCOCASE_PASSWORD"))
        return qEnvironmentVariable("ONCOCASE_PASSWORD");
    return readSecret(env, Texts::tr("Password: "));
}

std::unique_ptr<AppContext> openContext(Environment& env, const QString& database, Storage::Access access,
                                        int& exitCode, SignIn signIn)
{
    auto context = AppContext::open({database, access, &env.clock, env.user}, env.knowledge);
    if (!context) {
        exitCode = fail(env, context.error());
        return nullptr;
    }
    if (signIn == SignIn::Not)
        return std::move(context).value();
    accounts::AccountService accounts((*context)->storage());
    const auto has = accounts.hasAccounts();
    if (!has) {
        exitCode = fail(env, has.error());
        return nullptr;
    }
    if (!*has)
        return std::move(context).value();  // a single desk without accounts: the operating-system user
    const QString user = qEnvironmentVariable("ONCOCASE_USER");
    if (user.trimmed().isEmpty()) {
        exitCode = fail(env, 2,
                        Texts::tr("%1 has user accounts: say who you are with ONCOCASE_USER (the password in "
                                  "ONCOCASE_PASSWORD or on standard input)")
                            .arg(database));
        return nullptr;
    }
    const auto password = actingPassword(env);
    if (!password) {
        exitCode = fail(env, 2, Texts::tr("no password given for \"%1\"").arg(user));
        return nullptr;
    }
    const auto account = accounts.logIn(user, *password);
    if (!account) {
        exitCode = fail(env, account.error());
        return nullptr;
    }
    (*context)->cases().signIn(*account);
    return std::move(context).value();
}

std::optional<int> parse(QCommandLineParser& parser, const QStringList& args, Environment& env)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Texts::tr("Show this help and stop."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList full = args;
    full.prepend(QStringLiteral("oncocase"));
    if (!parser.parse(full))
        return fail(env, 2, QStringLiteral("%1: %2").arg(args.value(0), parser.errorText()));
    if (parser.isSet(help)) {
        env.out << parser.helpText().replace(QLatin1String("oncocase [options]"),
                                             QStringLiteral("oncocase %1 [options]").arg(args.value(0)));
        return 0;
    }
    return std::nullopt;
}

std::optional<QString> required(QCommandLineParser& parser, const QString& option, Environment& env)
{
    const QString value = parser.value(option);
    if (value.isEmpty()) {
        fail(env, 2, Texts::tr("the option --%1 is required").arg(option));
        return std::nullopt;
    }
    return value;
}

std::optional<QDate> asOfDate(QCommandLineParser& parser, Environment& env)
{
    if (!parser.isSet(QStringLiteral("as-of")))
        return env.clock.today();
    const QString text = parser.value(QStringLiteral("as-of"));
    const QDate d = dates::parseIso(text);
    if (!d.isValid()) {
        fail(env, 2, Texts::tr("--as-of: \"%1\" is not a date (YYYY-MM-DD)").arg(text));
        return std::nullopt;
    }
    if (d > env.clock.today()) {
        fail(env, 2,
             Texts::tr("--as-of: %1 is after today (%2): an assessment cannot look ahead")
                 .arg(dates::toIso(d), dates::toIso(env.clock.today())));
        return std::nullopt;
    }
    return d;
}

bool jurisdictionOption(QCommandLineParser& parser, Environment& env, std::optional<Jurisdiction>& jurisdiction)
{
    jurisdiction.reset();
    if (!parser.isSet(QStringLiteral("jurisdiction")))
        return true;
    const QString text = parser.value(QStringLiteral("jurisdiction"));
    jurisdiction = fromCode<Jurisdiction>(text);
    if (!jurisdiction)
        fail(env, 2,
             Texts::tr("--jurisdiction: \"%1\" is not one of %2")
                 .arg(text, allCodes<Jurisdiction>().join(QStringLiteral(", "))));
    return jurisdiction.has_value();
}

const Language* languageOption(QCommandLineParser& parser, Environment& env)
{
    const QString code = parser.value(QStringLiteral("lang"));
    const Language* language = Language::byCode(code);
    if (!language)
        fail(env, 2, Texts::tr("--lang: \"%1\" is not en or zh_CN").arg(code));
    return language;
}

QString overview(const QList<Command>& commands)
{
    QString text = Texts::tr("Usage: oncocase [--database FILE | --demo] [--lang en|zh_CN]   (opens the window)\n"
                             "       oncocase COMMAND [options]   (no window; COMMAND --help for its options)\n\n"
                             "Commands:\n");
    for (const Command& c : commands)
        text += QStringLiteral("  %1%2\n").arg(c.name, -10).arg(QCoreApplication::translate("Cli", c.summary));
    text += Texts::tr("\nExit codes: 0 ok; 2 the input is wrong (arguments, case file, unknown MRN, not an OncoCase "
                      "database or a newer one); 1 anything else (locked, I/O error, corruption).\n");
    return text;
}

int dispatch(const QStringList& args, const QList<Command>& commands, Environment& env)
{
    const QString name = args.value(1);
    for (const Command& c : commands)
        if (c.name == name)
            return c.run(args.mid(1), env);
    return fail(env, 2, Texts::tr("unknown command \"%1\" (oncocase --help lists them)").arg(name));
}

}  // namespace onco::cli
