// oncocase assess / import / export through the real executable.
#include "core/caseformat/CaseCodec.h"
#include "tests/core/rules/VignetteChecker.h"
#include "tests/support/RunCommand.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace onco;

namespace {

using test::Outcome;

class RulesCommands : public ::testing::Test
{
protected:
    QString file(const QString& name) const { return QDir(m_dir.path()).filePath(name); }
    QString vignette(const QString& id) const
    {
        return test::dataPath(QStringLiteral("vignettes/%1.case.json").arg(id));
    }

    /** Runs oncocase with its own settings folder (XDG_CONFIG_HOME) inside the test's temporary folder. */
    Outcome oncocase(const QStringList& args) const
    {
        return test::runCommand(QStringLiteral(ONCO_BINARY), args, file(QStringLiteral("config")));
    }

    void writeSettingsJurisdiction(const QString& code) const
    {
        QDir().mkpath(file(QStringLiteral("config/OncoCase")));
        QFile f(file(QStringLiteral("config/OncoCase/oncocase.conf")));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("[rules]\njurisdiction=%1\n").arg(code).toUtf8());
    }

    /** A copy of a vignette with `edit` applied to its JSON. */
    QString editedCase(const QString& id, const std::function<void(QJsonObject&)>& edit, const QString& name) const
    {
        QJsonObject o = QJsonDocument::fromJson(test::readFile(vignette(id))).object();
        edit(o);
        QFile f(file(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(o).toJson());
        return file(name);
    }

    QTemporaryDir m_dir;
};

class AssessVignette : public RulesCommands, public ::testing::WithParamInterface<QString>
{};

QByteArray digest(const QString& path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

}  // namespace

TEST_P(AssessVignette, CommandLineMatchesExpected)
{
    const QString id = GetParam();
    const Outcome r = oncocase({QStringLiteral("assess"), vignette(id)});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject expected =
        QJsonDocument::fromJson(test::readFile(test::dataPath(QStringLiteral("vignettes/%1.expected.json").arg(id))))
            .object();
    const QStringList problems = test::checkVignette(expected, r.json());
    EXPECT_TRUE(problems.isEmpty()) << id.toStdString() << ":\n  "
                                    << problems.join(QStringLiteral("\n  ")).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Public, AssessVignette, ::testing::ValuesIn(test::vignetteIds()),
                         [](const auto& p) { return p.param.toStdString(); });

TEST_F(RulesCommands, AssessPrintsTheRequiredKeys)
{
    const Outcome r = oncocase({QStringLiteral("assess"), vignette(QStringLiteral("V57"))});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject a = r.json();
    EXPECT_EQ(a.value(QStringLiteral("format")).toString(), QStringLiteral("oncocase-assessment/1"));
    EXPECT_EQ(a.value(QStringLiteral("patient")).toString(), QStringLiteral("SEED-KZ-01"));
    EXPECT_EQ(a.value(QStringLiteral("as_of")).toString(), QStringLiteral("2025-07-10"));
    EXPECT_EQ(a.value(QStringLiteral("jurisdiction")).toString(), QStringLiteral("CN-NMPA"));
    EXPECT_EQ(a.value(QStringLiteral("knowledge_version")).toString(), QStringLiteral("2026.12.1"));
    for (const char* key :
         {"advanced_disease", "advanced_lines", "endocrine_resistance", "options", "actions", "info", "receptor_flags"})
        EXPECT_TRUE(a.contains(QLatin1String(key))) << key;
    const QJsonObject er = a.value(QStringLiteral("endocrine_resistance")).toObject();
    for (const char* key : {"overall", "adjuvant", "first_line", "rule", "flags", "explanation"})
        EXPECT_TRUE(er.contains(QLatin1String(key))) << key;
    const QJsonArray options = a.value(QStringLiteral("options")).toArray();
    ASSERT_EQ(options.size(), 2);
    EXPECT_EQ(options[0].toObject().value(QStringLiteral("drug")).toString(), QStringLiteral("elacestrant"));
    EXPECT_EQ(options[1].toObject().value(QStringLiteral("drug")).toString(), QStringLiteral("imlunestrant"));
    for (const auto& c : options[0].toObject().value(QStringLiteral("criteria")).toArray())
        for (const char* key : {"id", "status", "text"})
            EXPECT_FALSE(c.toObject().value(QLatin1String(key)).toString().isEmpty()) << key;
    const QJsonArray lines = a.value(QStringLiteral("advanced_lines")).toArray();
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[1].toObject().value(QStringLiteral("progression")).toString(), QStringLiteral("2025-05-12"));
}

TEST_F(RulesCommands, AFutureAsOfIsRefusedAndDatesBeforeTheDiagnosisAreWarned)
{
    const QString future = QDate::currentDate().addYears(5).toString(Qt::ISODate);
    Outcome r =
        oncocase({QStringLiteral("assess"), vignette(QStringLiteral("V06")), QStringLiteral("--as-of"), future});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--as-of")) && r.err.contains(future)) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    const QString inFile = editedCase(
        QStringLiteral("V06"), [&](QJsonObject& o) { o.insert(QStringLiteral("as_of"), future); },
        QStringLiteral("future.json"));
    r = oncocase({QStringLiteral("assess"), inFile});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("as_of")) && r.err.contains(future)) << r.err.toStdString();
    // Today is fine; before the diagnosis is assessed with a warning naming both dates.
    r = oncocase({QStringLiteral("assess"), vignette(QStringLiteral("V06")), QStringLiteral("--as-of"),
                  QDate::currentDate().toString(Qt::ISODate)});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    const QString early = editedCase(
        QStringLiteral("V06"),
        [](QJsonObject& o) {
            QJsonObject d = o.value(QStringLiteral("diagnosis")).toObject();
            o.insert(QStringLiteral("as_of"),
                     d.value(QStringLiteral("date")).toString().left(4) + QStringLiteral("-01-01"));
            QJsonArray lines = o.value(QStringLiteral("therapies")).toArray();
            QJsonObject first = lines[0].toObject();
            first.insert(QStringLiteral("start"), QStringLiteral("2000-01-01"));
            lines[0] = first;
            o.insert(QStringLiteral("therapies"), lines);
        },
        QStringLiteral("early.json"));
    r = oncocase({QStringLiteral("assess"), early});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("before the diagnosis"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("therapies[0]"))) << r.err.toStdString();
    EXPECT_FALSE(r.json().isEmpty());
}

TEST_F(RulesCommands, AssessInChinese)
{
    const Outcome r = oncocase(
        {QStringLiteral("assess"), vignette(QStringLiteral("V57")), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject a = r.json();
    const QString explanation =
        a.value(QStringLiteral("endocrine_resistance")).toObject().value(QStringLiteral("explanation")).toString();
    EXPECT_TRUE(explanation.contains(QStringLiteral("2025年5月12日"))) << explanation.toStdString();
    EXPECT_TRUE(explanation.contains(QStringLiteral("来曲唑"))) << explanation.toStdString();
    const QJsonObject card = a.value(QStringLiteral("options")).toArray()[0].toObject();
    EXPECT_EQ(card.value(QStringLiteral("drug")).toString(), QStringLiteral("elacestrant"));
    EXPECT_EQ(card.value(QStringLiteral("drug_name")).toString(), QStringLiteral("艾拉司群"));
    EXPECT_TRUE(card.value(QStringLiteral("criteria"))
                    .toArray()[0]
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("ER阳性")));
    // Codes stay the same in every language.
    EXPECT_EQ(a.value(QStringLiteral("actions")).toArray(), QJsonArray{QStringLiteral("GERMLINE_BRCA_TEST_DUE")});
}

TEST_F(RulesCommands, AsOfAndJurisdictionPrecedence)
{
    // The command line wins over the case file.
    Outcome r = oncocase({QStringLiteral("assess"), vignette(QStringLiteral("V06")), QStringLiteral("--jurisdiction"),
                          QStringLiteral("US-FDA"), QStringLiteral("--as-of"), QStringLiteral("2026-02-02")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("jurisdiction")).toString(), QStringLiteral("US-FDA"));
    EXPECT_EQ(r.json().value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-02-02"));
    // V06 under US-FDA: no SERD-CDK, so elacestrant becomes an option (with NO_PRIOR_CDK46I).
    const QJsonObject ela = r.json().value(QStringLiteral("options")).toArray()[0].toObject();
    EXPECT_EQ(ela.value(QStringLiteral("status")).toString(), QStringLiteral("option"));
    EXPECT_TRUE(ela.value(QStringLiteral("flags")).toArray().contains(QStringLiteral("NO_PRIOR_CDK46I")));

    // The case file wins over the settings; the settings over the default.
    writeSettingsJurisdiction(QStringLiteral("HK"));
    r = oncocase({QStringLiteral("assess"), vignette(QStringLiteral("V06"))});
    EXPECT_EQ(r.json().value(QStringLiteral("jurisdiction")).toString(), QStringLiteral("EU-EMA"));
    const QString noJurisdiction = editedCase(
        QStringLiteral("V06"), [](QJsonObject& o) { o.remove(QStringLiteral("jurisdiction")); },
        QStringLiteral("nj.json"));
    r = oncocase({QStringLiteral("assess"), noJurisdiction});
    EXPECT_EQ(r.json().value(QStringLiteral("jurisdiction")).toString(), QStringLiteral("HK"));
    writeSettingsJurisdiction(QStringLiteral("nonsense"));
    r = oncocase({QStringLiteral("assess"), noJurisdiction});
    EXPECT_EQ(r.json().value(QStringLiteral("jurisdiction")).toString(), QStringLiteral("US-FDA"));

    // Without as_of in the file and on the command line: today.
    const QString noAsOf = editedCase(
        QStringLiteral("V06"), [](QJsonObject& o) { o.remove(QStringLiteral("as_of")); }, QStringLiteral("na.json"));
    r = oncocase({QStringLiteral("assess"), noAsOf});
    EXPECT_EQ(r.json().value(QStringLiteral("as_of")).toString(), QDate::currentDate().toString(Qt::ISODate));
}

TEST_F(RulesCommands, AssessRejectsBadInputWithExitCode2)
{
    Outcome r = oncocase({QStringLiteral("assess"), vignette(QStringLiteral("V01")), QStringLiteral("--jurisdiction"),
                          QStringLiteral("XX")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--jurisdiction"))) << r.err.toStdString();
    r = oncocase({QStringLiteral("assess"), vignette(QStringLiteral("V01")), QStringLiteral("--as-of"),
                  QStringLiteral("2025-02-30")});
    EXPECT_EQ(r.code, 2);
    r = oncocase(
        {QStringLiteral("assess"), vignette(QStringLiteral("V01")), QStringLiteral("--lang"), QStringLiteral("fr")});
    EXPECT_EQ(r.code, 2);
    r = oncocase({QStringLiteral("assess"), file(QStringLiteral("missing.json"))});
    EXPECT_EQ(r.code, 2);
    r = oncocase({QStringLiteral("assess")});
    EXPECT_EQ(r.code, 2);
    const QString bad = editedCase(
        QStringLiteral("V01"),
        [](QJsonObject& o) {
            QJsonArray t = o.value(QStringLiteral("therapies")).toArray();
            QJsonObject line = t[1].toObject();
            line.insert(QStringLiteral("start"), QStringLiteral("2025-13-01"));
            t[1] = line;
            o.insert(QStringLiteral("therapies"), t);
        },
        QStringLiteral("bad.json"));
    r = oncocase({QStringLiteral("assess"), bad});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("therapies[1].start"))) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
}

TEST_F(RulesCommands, ImportEachFileInItsOwnTransaction)
{
    const QString db = file(QStringLiteral("db.sqlite"));
    const QString bad = editedCase(
        QStringLiteral("V05"),
        [](QJsonObject& o) {
            QJsonArray t = o.value(QStringLiteral("therapies")).toArray();
            QJsonObject line = t[0].toObject();
            line.insert(QStringLiteral("drugs"), QJsonArray{QStringLiteral("letrazole")});
            t[0] = line;
            o.insert(QStringLiteral("therapies"), t);
        },
        QStringLiteral("bad.json"));
    Outcome r = oncocase({QStringLiteral("import"), vignette(QStringLiteral("V01")), bad,
                          vignette(QStringLiteral("V57")), QStringLiteral("--database"), db});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("therapies[0].drugs[0]"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("letrozole"))) << r.err.toStdString();  // the suggestion
    {
        FixedClock clock(QDate(2026, 11, 21));
        auto app = test::openContext(db, clock);
        CaseService& service = app->cases();
        EXPECT_TRUE(service.findPatientId(QStringLiteral("VIG-01")).has_value());
        EXPECT_TRUE(service.findPatientId(QStringLiteral("SEED-KZ-01")).has_value());
        EXPECT_FALSE(service.findPatientId(QStringLiteral("VIG-05")).has_value());
    }

    // An existing MRN is refused, and the stored patient is left as it was.
    const QByteArray before = digest(db);
    r = oncocase({QStringLiteral("import"), vignette(QStringLiteral("V01")), QStringLiteral("--database"), db});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--replace"))) << r.err.toStdString();

    // --replace replaces the whole record, audited.
    const QString changed = editedCase(
        QStringLiteral("V01"),
        [](QJsonObject& o) {
            o.insert(QStringLiteral("markers"), QJsonArray{});
            QJsonObject p = o.value(QStringLiteral("patient")).toObject();
            p.insert(QStringLiteral("name_latin"), QStringLiteral("Wang Xiulan B"));
            o.insert(QStringLiteral("patient"), p);
        },
        QStringLiteral("changed.json"));
    r = oncocase({QStringLiteral("import"), changed, QStringLiteral("--database"), db, QStringLiteral("--replace")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    FixedClock clock(QDate(2026, 11, 21));
    auto app = test::openContext(db, clock, Storage::Access::ReadOnly);
    CaseService& service = app->cases();
    const auto record = service.loadPatient(*service.findPatientId(QStringLiteral("VIG-01")));
    ASSERT_TRUE(record.ok());
    EXPECT_TRUE(record->markers.isEmpty());
    EXPECT_EQ(record->patient.nameLatin, QStringLiteral("Wang Xiulan B"));
    QSqlQuery q(test::sqliteOf(app->storage()).connection());
    q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete' AND entity = 'marker'"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 3);
}

TEST_F(RulesCommands, ExportThenImportGivesTheSameRecord)
{
    const QString db = file(QStringLiteral("db.sqlite"));
    ASSERT_EQ(oncocase({QStringLiteral("import"), vignette(QStringLiteral("V05")), vignette(QStringLiteral("V47")),
                        QStringLiteral("--database"), db})
                  .code,
              0);
    const QString exported = file(QStringLiteral("V05.export.json"));
    Outcome r = oncocase({QStringLiteral("export"), QStringLiteral("--database"), db, QStringLiteral("--patient"),
                          QStringLiteral("VIG-05"), QStringLiteral("--output"), exported});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = oncocase({QStringLiteral("export"), QStringLiteral("--database"), db, QStringLiteral("--patient"),
                  QStringLiteral("VIG-47")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QByteArray toStdout = r.out.toUtf8();
    EXPECT_EQ(oncocase({QStringLiteral("export"), QStringLiteral("--database"), db, QStringLiteral("--patient"),
                        QStringLiteral("NOPE")})
                  .code,
              2);

    const QString second = file(QStringLiteral("second.sqlite"));
    QFile out(file(QStringLiteral("V47.export.json")));
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(toStdout);
    out.close();
    r = oncocase({QStringLiteral("import"), exported, out.fileName(), QStringLiteral("--database"), second});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();

    FixedClock clock(QDate(2026, 11, 21));
    auto a = test::openContext(db, clock, Storage::Access::ReadOnly);
    auto b = test::openContext(second, clock, Storage::Access::ReadOnly);
    CaseService& sa = a->cases();
    CaseService& sb = b->cases();
    const CaseCodec codec(Knowledge::builtin(), clock.today());
    for (const char* mrn : {"VIG-05", "VIG-47"}) {
        const auto ra = sa.loadPatient(*sa.findPatientId(QLatin1String(mrn)));
        const auto rb = sb.loadPatient(*sb.findPatientId(QLatin1String(mrn)));
        ASSERT_TRUE(ra.ok() && rb.ok());
        // Same content: the case documents (every stored key, no ids or timestamps) are equal.
        EXPECT_EQ(codec.write(ra.value()), codec.write(rb.value())) << mrn;
    }
    QSqlQuery q(test::sqliteOf(a->storage()).connection());
    q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export'"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 2);
}

TEST_F(RulesCommands, AssessAStoredPatientReadOnly)
{
    const QString db = file(QStringLiteral("db.sqlite"));
    ASSERT_EQ(
        oncocase({QStringLiteral("import"), vignette(QStringLiteral("V43")), QStringLiteral("--database"), db}).code,
        0);
    const QByteArray before = digest(db);
    const Outcome stored =
        oncocase({QStringLiteral("assess"), QStringLiteral("--database"), db, QStringLiteral("--patient"),
                  QStringLiteral("VIG-43"), QStringLiteral("--as-of"), QStringLiteral("2025-10-15"),
                  QStringLiteral("--jurisdiction"), QStringLiteral("US-FDA")});
    ASSERT_EQ(stored.code, 0) << stored.err.toStdString();
    EXPECT_EQ(digest(db), before);
    const Outcome fromFile = oncocase({QStringLiteral("assess"), vignette(QStringLiteral("V43"))});
    QJsonObject a = stored.json();
    QJsonObject b = fromFile.json();
    // The stored copy carries database ids in its record references; everything else is the same.
    const QStringList problems = test::checkVignette(
        QJsonDocument::fromJson(test::readFile(test::dataPath(QStringLiteral("vignettes/V43.expected.json")))).object(),
        a);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(a.value(QStringLiteral("endocrine_resistance")).toObject().value(QStringLiteral("explanation")),
              b.value(QStringLiteral("endocrine_resistance")).toObject().value(QStringLiteral("explanation")));
    EXPECT_EQ(oncocase({QStringLiteral("assess"), QStringLiteral("--database"), db, QStringLiteral("--patient"),
                        QStringLiteral("NOPE")})
                  .code,
              2);
    EXPECT_EQ(
        oncocase({QStringLiteral("assess"), vignette(QStringLiteral("V43")), QStringLiteral("--database"), db}).code,
        2);
}

TEST_F(RulesCommands, SummaryRecomputesWhatIsStale)
{
    const QString db = file(QStringLiteral("db.sqlite"));
    ASSERT_EQ(oncocase({QStringLiteral("import"), vignette(QStringLiteral("V01")), vignette(QStringLiteral("V57")),
                        QStringLiteral("--database"), db})
                  .code,
              0);
    Outcome r = oncocase({QStringLiteral("summary"), QStringLiteral("--database"), db});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("2 summaries recomputed"))) << r.out.toStdString();
    r = oncocase({QStringLiteral("summary"), QStringLiteral("--database"), db});
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("0 summaries recomputed"))) << r.out.toStdString();
    r = oncocase({QStringLiteral("summary"), QStringLiteral("--database"), db, QStringLiteral("--jurisdiction"),
                  QStringLiteral("HK")});
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("2 summaries recomputed"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("(HK)")));
    EXPECT_EQ(oncocase({QStringLiteral("summary"), QStringLiteral("--database"), db, QStringLiteral("--jurisdiction"),
                        QStringLiteral("XX")})
                  .code,
              2);
    EXPECT_EQ(oncocase({QStringLiteral("summary")}).code, 2);
}
