// oncocase account init   --database DB --name NAME [--display-name TEXT]          (the first admin)
// oncocase account list   --database DB --user ADMIN
// oncocase account add    --database DB --user ADMIN --name NAME --role ROLE [--display-name TEXT]
// oncocase account passwd --database DB --user NAME [--name OTHER]                 (own, or another's by an admin)
// oncocase account role   --database DB --user ADMIN --name NAME --role ROLE
// oncocase account disable|enable --database DB --user ADMIN --name NAME
// Passwords are never arguments (they would show in the process list and the shell history): the acting user's
// comes from ONCOCASE_PASSWORD or the first line of standard input, a new password from the next line (issue 12).
#include "app/cli/CoreCommands.h"
#include "core/accounts/AccountService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <unistd.h>

namespace onco::cli {

namespace {

/** A new password, typed twice on a terminal (once from a pipe). */
std::optional<QString> newPassword(Environment& env)
{
    const auto first = readSecret(env, Texts::tr("New password: "));
    if (!first || isatty(STDIN_FILENO) == 0)
        return first;
    const auto again = readSecret(env, Texts::tr("New password again: "));
    if (!again || *again != *first)
        return std::nullopt;
    return first;
}

void addCommon(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("database"), Texts::tr("The database."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("user"),
                 Texts::tr("Your account (its password from ONCOCASE_PASSWORD or standard "
                           "input)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("name"), Texts::tr("The account to create or change."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("display-name"), Texts::tr("The name shown for the account."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("role"), Texts::tr("read-only, clinician or admin."), QStringLiteral("ROLE")});
}

QJsonObject accountJson(const accounts::Account& a)
{
    return {{QStringLiteral("name"), a.name},
            {QStringLiteral("display_name"), a.displayName},
            {QStringLiteral("role"), accounts::roleCode(a.role)},
            {QStringLiteral("active"), a.active},
            {QStringLiteral("created_at"), a.createdAt.toString(Qt::ISODateWithMs)}};
}

int run(const QString& verb, const QStringList& args, Environment& env)
{
    QCommandLineParser p;
    p.setApplicationDescription(Texts::tr("Manage the accounts of a database: init creates the first administrator; "
                                          "list, add, role, disable and enable need an administrator (--user); "
                                          "passwd changes your password (or, for an administrator, another's)."));
    addCommon(p);
    if (auto stop = parse(p, args, env))
        return *stop;
    const auto database = required(p, QStringLiteral("database"), env);
    if (!database)
        return 2;
    std::optional<accounts::Role> role;
    if (p.isSet(QStringLiteral("role"))) {
        role = accounts::roleFromCode(p.value(QStringLiteral("role")));
        if (!role)
            return fail(
                env, 2,
                Texts::tr("--role: \"%1\" is not read-only, clinician or admin").arg(p.value(QStringLiteral("role"))));
    }
    int code = 0;
    const bool reads = verb == QLatin1String("list");
    const auto context =
        openContext(env, *database, reads ? Storage::Access::ReadOnly : Storage::Access::ReadWrite, code,
                    SignIn::Not);  // the verbs say who acts themselves (--user)
    if (!context)
        return code;
    accounts::AccountService service(context->storage());
    const QString name = p.value(QStringLiteral("name"));
    const QString display = p.value(QStringLiteral("display-name"));

    if (verb == QLatin1String("init")) {
        if (name.trimmed().isEmpty())
            return fail(env, 2, Texts::tr("account init needs --name"));
        const auto password = newPassword(env);
        if (!password)
            return fail(env, 2, Texts::tr("no password given (or the two did not match)"));
        const auto admin = service.createFirstAdmin(name, display, *password);
        if (!admin)
            return fail(env, admin.error());
        env.out << Texts::tr("Created the administrator account \"%1\".").arg(admin->name) << Qt::endl;
        return 0;
    }

    // Every other verb acts as a logged-in account.
    QString user = p.value(QStringLiteral("user"));
    if (user.isEmpty())
        user = qEnvironmentVariable("ONCOCASE_USER");
    if (user.isEmpty())
        return fail(env, 2, Texts::tr("account %1 needs --user (or ONCOCASE_USER)").arg(verb));
    const auto password = actingPassword(env);
    if (!password)
        return fail(env, 2, Texts::tr("no password given for \"%1\"").arg(user));
    const auto me = service.logIn(user, *password);
    if (!me)
        return fail(env, me.error());
    if (verb == QLatin1String("list")) {
        if (!accounts::canAdminister(me->role))
            return fail(env, 2, Texts::tr("only an administrator may list the accounts"));
        const auto all = service.list();
        if (!all)
            return fail(env, all.error());
        QJsonArray list;
        for (const accounts::Account& a : *all)
            list << accountJson(a);
        env.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (verb == QLatin1String("passwd")) {
        const QString of = name.isEmpty() ? me->name : name;
        const auto fresh = newPassword(env);
        if (!fresh)
            return fail(env, 2, Texts::tr("no new password given (or the two did not match)"));
        if (auto s = service.changePassword(*me, of, *password, *fresh); !s)
            return fail(env, s.error());
        env.out << Texts::tr("Changed the password of \"%1\".").arg(of) << Qt::endl;
        return 0;
    }
    if (name.trimmed().isEmpty())
        return fail(env, 2, Texts::tr("account %1 needs --name").arg(verb));
    if (verb == QLatin1String("add")) {
        if (!role)
            return fail(env, 2, Texts::tr("account add needs --role (read-only, clinician or admin)"));
        const auto fresh = newPassword(env);
        if (!fresh)
            return fail(env, 2, Texts::tr("no password given for the new account (or the two did not match)"));
        const auto added = service.add(*me, name, display, *role, *fresh);
        if (!added)
            return fail(env, added.error());
        env.out << Texts::tr("Added the account \"%1\" (%2).").arg(added->name, accounts::roleCode(added->role))
                << Qt::endl;
        return 0;
    }
    Status done;
    if (verb == QLatin1String("role")) {
        if (!role)
            return fail(env, 2, Texts::tr("account role needs --role (read-only, clinician or admin)"));
        done = service.setRole(*me, name, *role);
    } else {
        done = service.setActive(*me, name, verb == QLatin1String("enable"));
    }
    if (!done)
        return fail(env, done.error());
    env.out << Texts::tr("Changed the account \"%1\".").arg(name) << Qt::endl;
    return 0;
}

}  // namespace

int runAccount(const QStringList& args, Environment& env)
{
    const QString verb = args.value(1);
    static const QStringList verbs{QStringLiteral("init"),   QStringLiteral("list"), QStringLiteral("add"),
                                   QStringLiteral("passwd"), QStringLiteral("role"), QStringLiteral("disable"),
                                   QStringLiteral("enable")};
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        env.out << Texts::tr("Usage: oncocase account init|list|add|passwd|role|disable|enable …  (oncocase account "
                             "VERB --help)")
                << Qt::endl;
        return 0;
    }
    if (!verbs.contains(verb))
        return fail(env, 2, Texts::tr("account: say init, list, add, passwd, role, disable or enable"));
    return run(verb, QStringList{args.value(0) + QLatin1Char(' ') + verb} + args.mid(2), env);
}

}  // namespace onco::cli
