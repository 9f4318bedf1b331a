// oncocase screen through the real executable: CSV and JSON lists of the demo patients, summaries brought up to
// date (stored) or assessed in memory, exit codes (product.md §11).
#include "tests/support/CommandTest.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace onco;

namespace {

using test::Outcome;

class ScreenCommand : public test::CommandTest
{
protected:
    int summaries(const QString& path) const
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        if (!db)
            return -1;
        QSqlQuery q(db.value()->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM assessment_summaries")) && q.next() ? q.value(0).toInt()
                                                                                               : -1;
    }

    /** The MRNs of the CSV rows of one list. */
    static QStringList mrns(const QString& csv, const QString& list)
    {
        QStringList out;
        for (const QString& line : csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
            if (line.startsWith(list + QLatin1Char(',')))
                out << line.section(QLatin1Char(','), 1, 1);
        return out;
    }
};

}  // namespace

TEST_F(ScreenCommand, CsvListsOfTheDemoPatients)
{
    const QString db = demo();
    const Outcome r = oncocase({QStringLiteral("screen"), QStringLiteral("--database"), db, QStringLiteral("--as-of"),
                                QStringLiteral("2026-11-21")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(QStringLiteral("\r\n"));
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("list,mrn,name,name_latin,drug,since,new,flags,actions,")));
    // One row per drug: elacestrant and imlunestrant.
    EXPECT_EQ(mrns(r.out, QStringLiteral("serd_option")),
              (QStringList{QStringLiteral("DEMO-0013"), QStringLiteral("DEMO-0013")}));
    EXPECT_EQ(mrns(r.out, QStringLiteral("esr1_test")),
              (QStringList{QStringLiteral("DEMO-0002"), QStringLiteral("DEMO-0005")}));
    EXPECT_EQ(mrns(r.out, QStringLiteral("marker_rise")),
              (QStringList{QStringLiteral("DEMO-0002"), QStringLiteral("DEMO-0005"), QStringLiteral("DEMO-0008"),
                           QStringLiteral("DEMO-0010"), QStringLiteral("DEMO-0011"), QStringLiteral("DEMO-0013")}));
    EXPECT_EQ(mrns(r.out, QStringLiteral("not_printed")).size(), 14);  // DEMO-0012 is archived
    EXPECT_TRUE(r.out.contains(QStringLiteral("esr1_test,DEMO-0002,陈静,Chen Jing,")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("ESR1 re-test due since the latest progression")));

    // Only some lists, the description in Chinese.
    const Outcome zh = oncocase({QStringLiteral("screen"), QStringLiteral("--database"), db, QStringLiteral("--as-of"),
                                 QStringLiteral("2026-11-21"), QStringLiteral("--list"), QStringLiteral("esr1_test"),
                                 QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    ASSERT_EQ(zh.code, 0) << zh.err.toStdString();
    EXPECT_EQ(zh.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 3);
    EXPECT_TRUE(zh.out.contains(QStringLiteral("ESR1"))) << zh.out.toStdString();
    EXPECT_FALSE(zh.out.contains(QStringLiteral("re-test due")));
}

TEST_F(ScreenCommand, JsonForAnotherJurisdictionIsAssessedInMemory)
{
    const QString db = demo();
    const int before = summaries(db);
    // Another jurisdiction than the settings' (US-FDA here): nothing is stored.
    const Outcome r = oncocase({QStringLiteral("screen"), QStringLiteral("--database"), db, QStringLiteral("--format"),
                                QStringLiteral("json"), QStringLiteral("--as-of"), QStringLiteral("2026-11-21"),
                                QStringLiteral("--jurisdiction"), QStringLiteral("EU-EMA")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(summaries(db), before);
    EXPECT_TRUE(r.err.contains(QStringLiteral("assessed in memory"))) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-11-21"));
    EXPECT_EQ(o.value(QStringLiteral("jurisdiction")).toString(), QStringLiteral("EU-EMA"));
    EXPECT_EQ(o.value(QStringLiteral("screened")).toInt(), 14);
    EXPECT_EQ(o.value(QStringLiteral("summaries")).toObject().value(QStringLiteral("assessed_in_memory")).toInt(),
              15 - before);
    const QJsonObject lists = o.value(QStringLiteral("lists")).toObject();
    QStringList esr1;
    for (const QJsonValue& v : lists.value(QStringLiteral("esr1_test")).toArray())
        esr1 << v.toObject().value(QStringLiteral("mrn")).toString();
    EXPECT_EQ(esr1, (QStringList{QStringLiteral("DEMO-0002"), QStringLiteral("DEMO-0005")}));
    EXPECT_EQ(lists.value(QStringLiteral("not_printed")).toArray().size(), 14);
}

TEST_F(ScreenCommand, TodayBringsTheStoredSummariesUpToDate)
{
    const QString db = demo();
    Outcome r = oncocase({QStringLiteral("screen"), QStringLiteral("--database"), db, QStringLiteral("--list"),
                          QStringLiteral("esr1_test")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(summaries(db), 15);
    // Current now: nothing to recompute the second time.
    r = oncocase({QStringLiteral("screen"), QStringLiteral("--database"), db, QStringLiteral("--format"),
                  QStringLiteral("json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject counts =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("summaries")).toObject();
    EXPECT_EQ(counts.value(QStringLiteral("recomputed")).toInt(), 0);
    EXPECT_EQ(counts.value(QStringLiteral("assessed_in_memory")).toInt(), 0);
    EXPECT_EQ(counts.value(QStringLiteral("not_current")).toInt(), 0);
}

TEST_F(ScreenCommand, ExitCodes)
{
    const QString db = demo();
    auto screen = [&](QStringList args) {
        args.prepend(QStringLiteral("screen"));
        return oncocase(args);
    };
    EXPECT_EQ(screen({}).code, 2);  // --database missing
    EXPECT_EQ(screen({QStringLiteral("--database"), db, QStringLiteral("--format"), QStringLiteral("xml")}).code, 2);
    EXPECT_EQ(screen({QStringLiteral("--database"), db, QStringLiteral("--as-of"), QStringLiteral("2026-13-01")}).code,
              2);
    EXPECT_EQ(screen({QStringLiteral("--database"), db, QStringLiteral("--jurisdiction"), QStringLiteral("XX")}).code,
              2);
    EXPECT_EQ(screen({QStringLiteral("--database"), db, QStringLiteral("--list"), QStringLiteral("everyone")}).code, 2);
    EXPECT_EQ(screen({QStringLiteral("--database"), db, QStringLiteral("--bogus")}).code, 2);

    // No such file: 2, and none is created.
    const QString missing = file(QStringLiteral("missing.sqlite"));
    Outcome r = screen({QStringLiteral("--database"), missing});
    EXPECT_EQ(r.code, 2);
    EXPECT_FALSE(QFile::exists(missing));
    // Not an OncoCase database: 2.
    QFile text(file(QStringLiteral("notes.txt")));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write(QByteArray(200, 'x'));
    text.close();
    EXPECT_EQ(screen({QStringLiteral("--database"), text.fileName()}).code, 2);

    // Locked by another process: 1.
    sqlite3* raw = nullptr;
    sqlite3_open(QFile::encodeName(db).constData(), &raw);
    sqlite3_exec(raw, "PRAGMA journal_mode = DELETE; PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;", nullptr,
                 nullptr, nullptr);
    r = screen({QStringLiteral("--database"), db});
    EXPECT_EQ(r.code, 1) << r.err.toStdString();
    sqlite3_exec(raw, "ROLLBACK;", nullptr, nullptr, nullptr);
    sqlite3_close(raw);
}
