// oncocase backup / restore / verify.
#include "core/cli/Cli.h"
#include "core/cli/CoreCommands.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <sqlite3.h>

namespace onco::cli {

namespace {

void removeSidecars(const QString& path)
{
    for (const char* suffix : {"-wal", "-shm", ".audit-head"})
        QFile::remove(path + QLatin1String(suffix));
}

/** Fails when another process holds the file (a write lock cannot be taken within a short wait). */
Status checkNotInUse(const QString& path)
{
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, 1000);
        rc = sqlite3_exec(db, "BEGIN IMMEDIATE; ROLLBACK;", nullptr, nullptr, nullptr);
    }
    sqlite3_close_v2(db);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return Error{ErrorKind::Locked, Texts::tr("%1: the database is in use by another process").arg(path)};
    return {};
}

}  // namespace

int runBackup(const QStringList& args, Environment& env)
{
    QCommandLineParser p;
    p.setApplicationDescription(Texts::tr("Write a consistent copy of a database (SQLite backup API)."));
    p.addOption({QStringLiteral("database"), Texts::tr("The database to back up."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("output"), Texts::tr("The backup file to write."), QStringLiteral("BACKUP")});
    p.addOption({QStringLiteral("force"), Texts::tr("Overwrite an existing backup file.")});
    if (auto stop = parse(p, args, env))
        return *stop;
    const auto database = required(p, QStringLiteral("database"), env);
    const auto output = database ? required(p, QStringLiteral("output"), env) : std::nullopt;
    if (!output)
        return 2;
    if (QFileInfo::exists(*output) && !p.isSet(QStringLiteral("force")))
        return fail(env, 2, Texts::tr("%1 already exists; add --force to overwrite it").arg(*output));
    auto db = Database::open(*database, Database::Mode::ReadOnly);
    if (!db)
        return fail(env, db.error());
    removeSidecars(*output);
    if (auto s = db.value()->backupTo(*output); !s)
        return fail(env, s.error());
    auto copy = Database::open(*output, Database::Mode::ReadOnly);
    if (!copy)
        return fail(env, copy.error());
    if (auto s = AuditTrail::writeHeadOf(*copy.value(), AuditTrail::headPathFor(*output)); !s)
        return fail(env, s.error());
    QSqlQuery q(copy.value()->connection());
    const qint64 patients =
        q.exec(QStringLiteral("SELECT count(*) FROM patients")) && q.next() ? q.value(0).toLongLong() : 0;
    env.out << Texts::tr("Backed up %1 patients to %2").arg(patients).arg(*output) << Qt::endl;
    return 0;
}

int runRestore(const QStringList& args, Environment& env)
{
    QCommandLineParser p;
    p.setApplicationDescription(Texts::tr("Restore a database from a backup."));
    p.addOption({QStringLiteral("backup"), Texts::tr("The backup to restore."), QStringLiteral("BACKUP")});
    p.addOption({QStringLiteral("database"), Texts::tr("The database file to write."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("force"), Texts::tr("Replace an existing database file.")});
    if (auto stop = parse(p, args, env))
        return *stop;
    const auto backup = required(p, QStringLiteral("backup"), env);
    const auto database = backup ? required(p, QStringLiteral("database"), env) : std::nullopt;
    if (!database)
        return 2;
    const auto inspected = Database::inspect(*backup);
    if (!inspected)
        return fail(env, inspected.error());
    if (!inspected->exists)
        return fail(env, 2, Texts::tr("%1: no such backup").arg(*backup));
    if (QFileInfo::exists(*database)) {
        if (!p.isSet(QStringLiteral("force")))
            return fail(env, 2, Texts::tr("%1 already exists; add --force to replace it").arg(*database));
        if (auto s = checkNotInUse(*database); !s)
            return fail(env, s.error());
    }
    auto source = Database::open(*backup, Database::Mode::ReadOnly);
    if (!source)
        return fail(env, source.error());
    const QString partial = *database + QStringLiteral(".restoring");
    if (auto s = source.value()->backupTo(partial); !s)
        return fail(env, s.error());
    removeSidecars(*database);
    QFile::remove(*database);
    if (!QFile::rename(partial, *database))
        return fail(env, 1, Texts::tr("%1: cannot be written").arg(*database));
    const QString head = AuditTrail::headPathFor(*backup);
    if (QFileInfo::exists(head))
        QFile::copy(head, AuditTrail::headPathFor(*database));
    env.out << Texts::tr("Restored %1 from %2").arg(*database, *backup) << Qt::endl;
    return 0;
}

int runVerify(const QStringList& args, Environment& env)
{
    QCommandLineParser p;
    p.setApplicationDescription(Texts::tr("Check the database's integrity and its audit trail."));
    p.addOption({QStringLiteral("database"), Texts::tr("The database to check."), QStringLiteral("FILE")});
    if (auto stop = parse(p, args, env))
        return *stop;
    const auto database = required(p, QStringLiteral("database"), env);
    if (!database)
        return 2;
    auto db = Database::open(*database, Database::Mode::ReadOnly);
    if (!db)
        return fail(env, db.error());
    QSqlQuery q(db.value()->connection());
    QStringList integrity;
    if (q.exec(QStringLiteral("PRAGMA integrity_check")))
        while (q.next())
            integrity << q.value(0).toString();
    const bool sound = integrity == QStringList{QStringLiteral("ok")};
    env.out << Texts::tr("Database integrity: %1").arg(sound ? Texts::tr("ok") : integrity.join(QStringLiteral("; ")))
            << Qt::endl;
    const AuditTrail trail(*db.value(), env.clock, env.user);
    const AuditReport report = trail.verify();
    env.out << Texts::tr("Audit trail: %1 rows checked").arg(report.rows) << Qt::endl;
    for (const QString& note : report.notes)
        env.out << "  " << note << Qt::endl;
    if (!report.ok)
        env.out
            << Texts::tr("Audit trail problem: %1 (first row concerned: %2)").arg(report.problem).arg(report.firstBadId)
            << Qt::endl;
    return sound && report.ok ? 0 : 1;
}

}  // namespace onco::cli
