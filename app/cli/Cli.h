#pragma once

#include "app/AppContext.h"
#include "core/domain/Enums.h"
#include "core/storage/Storage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace onco {
class Clock;
class Knowledge;
class Language;
struct Error;
}  // namespace onco

namespace onco::cli {

/** What a command may use: its output streams, the wall clock, the knowledge in force and the user name for the
 *  audit trail (built once in main). */
struct Environment
{
    QTextStream& out;
    QTextStream& err;
    const Clock& clock;
    const Knowledge& knowledge;
    QString user;
};

/** Whether opening a database signs in its account holder (a database with accounts, issue 12). */
enum class SignIn { Required, Not };

/**
 * The application context of a command on the database file `database` (AppContext::open with the environment's
 * clock, knowledge and user); the error is printed (with its exit code in `exitCode`) when it cannot be opened. A
 * database with accounts asks who works: ONCOCASE_USER, the password from ONCOCASE_PASSWORD or standard input; the
 * audit trail then records that account, and a read-only account cannot change records.
 */
std::unique_ptr<AppContext> openContext(Environment& env, const QString& database, Storage::Access access,
                                        int& exitCode, SignIn signIn = SignIn::Required);

/** Reads one line of standard input; on a terminal it asks with `prompt` (on stderr) and does not echo. */
std::optional<QString> readSecret(Environment& env, const QString& prompt);
/** The acting account's password: ONCOCASE_PASSWORD, else a line of standard input. */
std::optional<QString> actingPassword(Environment& env);

/** One sub-command of `oncocase`. */
struct Command
{
    QString name;
    const char* summary;  ///< QT_TRANSLATE_NOOP("Cli", …)
    std::function<int(const QStringList& args, Environment& env)> run;
};

/** The sub-commands that need no painting (QCoreApplication). */
QList<Command> coreCommands();

/** The sub-commands that paint (print): they need a QApplication (offscreen). */
QList<Command> uiCommands();

/** Runs `args[1]` (args[0] is the program) from `commands`; exit codes as product.md §11. */
int dispatch(const QStringList& args, const QList<Command>& commands, Environment& env);

/** Usage of all commands, for `oncocase --help`. */
QString overview(const QList<Command>& commands);

/**
 * Parses a command's arguments (args[0] is the command name). Returns an exit code when the command must stop
 * now (bad arguments: 2 with a message on stderr; --help: 0), else nullopt.
 */
std::optional<int> parse(QCommandLineParser& parser, const QStringList& args, Environment& env);

/** Reads a required option; reports it missing (exit 2) otherwise. */
std::optional<QString> required(QCommandLineParser& parser, const QString& option, Environment& env);

/** Reads `--as-of` (default: today); reports a bad date (exit 2). */
std::optional<QDate> asOfDate(QCommandLineParser& parser, Environment& env);

/** Reads `--jurisdiction` into `jurisdiction` (left empty when the option is absent); an unknown code is reported
 *  (exit 2) and gives false. */
bool jurisdictionOption(QCommandLineParser& parser, Environment& env, std::optional<Jurisdiction>& jurisdiction);

/** Reads `--lang` (en or zh_CN); reports another value (exit 2) and gives nullptr. */
const Language* languageOption(QCommandLineParser& parser, Environment& env);

/** Prints an error on stderr and returns its exit code. */
int fail(Environment& env, const Error& error);
int fail(Environment& env, int code, const QString& message);

/** Translation context of command-line texts. */
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

}  // namespace onco::cli
