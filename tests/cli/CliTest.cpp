#include "tests/support/CommandTest.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

using namespace onco;

namespace {

using test::Outcome;

QByteArray digest(const QString& path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

class Cli : public test::CommandTest
{
protected:
    QString demoDatabase() { return demo(); }
};

}  // namespace

TEST_F(Cli, UnknownCommandAndOptionExitWith2)
{
    Outcome r = oncocase({QStringLiteral("frobnicate")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("unknown command")));
    r = oncocase({QStringLiteral("backup"), QStringLiteral("--bogus")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("bogus")));
    r = oncocase({QStringLiteral("backup"), QStringLiteral("--database"), file(QStringLiteral("x"))});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--output")));
    r = oncocase({QStringLiteral("--no-such-option")});
    EXPECT_EQ(r.code, 2);
}

TEST_F(Cli, HelpListsTheCommands)
{
    const Outcome r = oncocase({QStringLiteral("--help")});
    EXPECT_EQ(r.code, 0);
    for (const char* c : {"demo", "backup", "restore", "verify"})
        EXPECT_TRUE(r.out.contains(QLatin1String(c))) << c;
    EXPECT_EQ(oncocase({QStringLiteral("backup"), QStringLiteral("--help")}).code, 0);
}

TEST_F(Cli, DemoRefusesAnExistingFileUnlessForced)
{
    const QString db = demoDatabase();
    const QByteArray before = digest(db);
    Outcome r = oncocase({QStringLiteral("demo"), QStringLiteral("--database"), db});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--force")));
    EXPECT_EQ(digest(db), before);
    r = oncocase({QStringLiteral("demo"), QStringLiteral("--database"), db, QStringLiteral("--force"),
                  QStringLiteral("--patients"), QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("3")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("20 synthetic")));
}

TEST_F(Cli, BackupAndRestoreGiveAnEqualDatabase)
{
    const QString db = demoDatabase();
    const QString backup = file(QStringLiteral("backup.sqlite"));
    Outcome r =
        oncocase({QStringLiteral("backup"), QStringLiteral("--database"), db, QStringLiteral("--output"), backup});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(backup + QStringLiteral(".audit-head")));

    const QString restored = file(QStringLiteral("restored.sqlite"));
    r = oncocase(
        {QStringLiteral("restore"), QStringLiteral("--backup"), backup, QStringLiteral("--database"), restored});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    // Refuses to overwrite without --force, and leaves the file alone.
    const QByteArray before = digest(restored);
    r = oncocase(
        {QStringLiteral("restore"), QStringLiteral("--backup"), backup, QStringLiteral("--database"), restored});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(digest(restored), before);
    r = oncocase({QStringLiteral("restore"), QStringLiteral("--backup"), backup, QStringLiteral("--database"), restored,
                  QStringLiteral("--force")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();

    // Same content, table by table.
    auto a = Database::open(db, Database::Mode::ReadOnly);
    auto b = Database::open(restored, Database::Mode::ReadOnly);
    ASSERT_TRUE(a.ok() && b.ok());
    for (const char* table : {"patients", "diagnoses", "biopsies", "disease_events", "therapy_lines", "marker_results",
                              "genetic_results", "medications", "audit_log"}) {
        auto dump = [&](Database& d) {
            QSqlQuery q(d.connection());
            q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)));
            QStringList rows;
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i)
                    cells << q.value(i).toString();
                rows << cells.join(QLatin1Char('|'));
            }
            return rows;
        };
        EXPECT_EQ(dump(*a.value()), dump(*b.value())) << table;
    }
    r = oncocase({QStringLiteral("verify"), QStringLiteral("--database"), restored});
    EXPECT_EQ(r.code, 0) << r.out.toStdString();
}

TEST_F(Cli, RestoreRefusesSomethingThatIsNotABackup)
{
    const QString junk = file(QStringLiteral("junk.bin"));
    QFile f(junk);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not a database at all, not even close ........................................................");
    f.close();
    const Outcome r = oncocase({QStringLiteral("restore"), QStringLiteral("--backup"), junk,
                                QStringLiteral("--database"), file(QStringLiteral("out.sqlite"))});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not an OncoCase database")));
    EXPECT_FALSE(QFile::exists(file(QStringLiteral("out.sqlite"))));
}

TEST_F(Cli, BadDatabaseFilesGiveTheRightExitCodes)
{
    // Not a database: 2.
    const QString junk = file(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(2048, 'z'));
    f.close();
    Outcome r = oncocase({QStringLiteral("verify"), QStringLiteral("--database"), junk});
    EXPECT_EQ(r.code, 2);

    // Newer schema: 2, untouched.
    const QString db = demoDatabase();
    const QString newer = file(QStringLiteral("newer.sqlite"));
    ASSERT_TRUE(QFile::copy(db, newer));
    sqlite3* raw = nullptr;
    sqlite3_open(QFile::encodeName(newer).constData(), &raw);
    sqlite3_exec(raw, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 77;", nullptr, nullptr, nullptr);
    sqlite3_close(raw);
    const QByteArray before = digest(newer);
    r = oncocase({QStringLiteral("backup"), QStringLiteral("--database"), newer, QStringLiteral("--output"),
                  file(QStringLiteral("b.sqlite"))});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("newer version")));
    EXPECT_EQ(digest(newer), before);

    // Locked by another process: 1.
    sqlite3_open(QFile::encodeName(db).constData(), &raw);
    sqlite3_exec(raw, "PRAGMA journal_mode = DELETE; PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;", nullptr,
                 nullptr, nullptr);
    r = oncocase({QStringLiteral("demo"), QStringLiteral("--database"), db, QStringLiteral("--force")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("locked")) || r.err.contains(QStringLiteral("in use")))
        << r.err.toStdString();
    sqlite3_exec(raw, "ROLLBACK;", nullptr, nullptr, nullptr);
    sqlite3_close(raw);
}
