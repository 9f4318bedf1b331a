#include "core/patientlist/PatientDirectory.h"

#include "core/clinical/CourseFacts.h"
#include "core/demo/DemoData.h"
#include "core/patientlist/SearchMatch.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/sqlite/SqlitePatientSearch.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace onco;

namespace {

/** A database with the twelve demo patients (DEMO-0006 is 张伟 / Zhang Wei, DEMO-0012 is archived). */
class Directory : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(importDemoPatients(t.service()).ok());
        ASSERT_TRUE(dir.syncKnowledge().ok());
        Patient archived = t.service().loadPatient(id("DEMO-0012"))->patient;
        archived.archived = true;
        ASSERT_TRUE(t.service().savePatient(archived).ok());
    }
    qint64 id(const char* mrn) { return *t.service().findPatientId(QString::fromLatin1(mrn)); }
    QStringList mrns(const PatientQuery& q)
    {
        auto ids = dir.search(q);
        EXPECT_TRUE(ids.ok()) << ids.error().message.toStdString();
        QStringList out;
        for (const auto& row : rowsOf(q))
            out << row.patient.mrn;
        return out;
    }
    QList<PatientListRow> rowsOf(const PatientQuery& q)
    {
        const auto ids = dir.search(q);
        if (!ids)
            return {};
        const auto rows = dir.rows(ids.value(), q.text);
        return rows ? rows.value() : QList<PatientListRow>{};
    }
    QStringList find(const QString& text) { return mrns(PatientQuery{text}); }

    test::TempDatabase t;
    PatientDirectory dir{t.storage(), t.service().knowledge(), t.clock()};
};

}  // namespace

TEST(PatientSearchExpression, PhraseWithPrefixLastTokenAndHanCharactersApart)
{
    EXPECT_EQ(SqlitePatientSearch::matchExpression(QStringLiteral("zhang wei")), QStringLiteral("\"zhang wei\"*"));
    EXPECT_EQ(SqlitePatientSearch::matchExpression(QStringLiteral("张伟")), QStringLiteral("\"张 伟\"*"));
    EXPECT_EQ(SqlitePatientSearch::matchExpression(QStringLiteral(" DEMO-0006 ")), QStringLiteral("\"DEMO 0006\"*"));
    EXPECT_EQ(SqlitePatientSearch::matchExpression(QStringLiteral("\"zw\"")), QStringLiteral("\"zw\"*"));
    EXPECT_TRUE(SqlitePatientSearch::matchExpression(QStringLiteral(" - * ")).isEmpty());
}

TEST(PatientSearchMatch, SaysWhichFieldsTheTextMatchesTheWayTheSearchMatches)
{
    using patientlist::MatchField;
    using Fields = QList<MatchField>;
    Patient p;
    p.name = QStringLiteral("张伟");
    p.namePinyin = QStringLiteral("zhang wei");
    p.nameInitials = QStringLiteral("zw");
    p.nameLatin = QStringLiteral("Zhang Wei");
    p.mrn = QStringLiteral("DEMO-0006");
    p.outpatientNumber = QStringLiteral("MZ2024-0050123");
    auto fields = [&](const char* text) { return patientlist::matchedFields(p, QString::fromUtf8(text)); };
    EXPECT_EQ(fields("伟"), Fields{MatchField::Name});
    EXPECT_EQ(fields("张伟"), Fields{MatchField::Name});
    EXPECT_EQ(fields("zhang"), (Fields{MatchField::Pinyin, MatchField::LatinName}));
    EXPECT_EQ(fields("zhangw"), (Fields{MatchField::Pinyin, MatchField::LatinName}));  // without the space
    EXPECT_EQ(fields("Zhang We"), (Fields{MatchField::Pinyin, MatchField::LatinName}));
    EXPECT_EQ(fields("ZW"), Fields{MatchField::Initials});
    EXPECT_EQ(fields("z"), (Fields{MatchField::Pinyin, MatchField::Initials, MatchField::LatinName}));
    EXPECT_EQ(fields("demo-0006"), Fields{MatchField::Mrn});
    EXPECT_EQ(fields("demo0006"), Fields{MatchField::Mrn});            // without its punctuation
    EXPECT_EQ(fields("50123"), Fields{MatchField::OutpatientNumber});  // from its middle
    EXPECT_TRUE(fields("zh wei").isEmpty());                           // only the last token is a prefix
    EXPECT_TRUE(fields("wei zhang").isEmpty());                        // a phrase, in order
    EXPECT_TRUE(fields("01").isEmpty());                               // too short to match inside a number
    EXPECT_TRUE(fields(" - ").isEmpty());
    EXPECT_TRUE(fields("").isEmpty());
    p.nameLatin = QStringLiteral("Zoë O'Neill-Ng");
    EXPECT_EQ(fields("zoe"), Fields{MatchField::LatinName});  // diacritics folded
    EXPECT_EQ(fields("zoeoneillng"), Fields{MatchField::LatinName});
}

TEST_F(Directory, FindsZhangWeiByNamePinyinInitialsLatinNameAndMrn)
{
    for (const char* text : {"张伟", "张", "伟", "zhangwei", "zhang wei", "ZhangWei", "zhangw", "zw", "Zhang Wei",
                             "zhang", "DEMO-0006", "demo-0006", "0006"}) {
        const QStringList found = find(QString::fromUtf8(text));
        EXPECT_TRUE(found.contains(QStringLiteral("DEMO-0006"))) << text;
    }
    EXPECT_EQ(find(QStringLiteral("张伟")), QStringList{QStringLiteral("DEMO-0006")});
    EXPECT_EQ(find(QStringLiteral("zw")), QStringList{QStringLiteral("DEMO-0006")});
    EXPECT_EQ(find(QStringLiteral("zhang wei")), QStringList{QStringLiteral("DEMO-0006")});
}

TEST_F(Directory, MatchesAreSpecific)
{
    EXPECT_TRUE(find(QStringLiteral("zx")).isEmpty());
    EXPECT_TRUE(find(QStringLiteral("张敏")).isEmpty());
    EXPECT_TRUE(find(QStringLiteral("wei zhang")).isEmpty());  // a phrase, in order
    EXPECT_EQ(find(QStringLiteral("Aigul")), QStringList{QStringLiteral("DEMO-0001")});
    EXPECT_EQ(find(QStringLiteral("nurlan")), QStringList{QStringLiteral("DEMO-0001")});
    EXPECT_EQ(find(QStringLiteral("阿依")), QStringList{QStringLiteral("DEMO-0001")});
}

TEST_F(Directory, NumbersMatchFromTheirMiddle)
{
    Patient p;
    p.mrn = QStringLiteral("ZY20240050123");
    p.name = QStringLiteral("林晓");
    ASSERT_TRUE(t.service().savePatient(p).ok());
    EXPECT_EQ(find(QStringLiteral("50123")), QStringList{QStringLiteral("ZY20240050123")});
    EXPECT_EQ(find(QStringLiteral("zy2024")), QStringList{QStringLiteral("ZY20240050123")});
}

TEST_F(Directory, ArchivedPatientsAreHiddenUnlessAsked)
{
    EXPECT_TRUE(find(QStringLiteral("孙玉兰")).isEmpty());
    PatientQuery q{QStringLiteral("孙玉兰")};
    q.includeArchived = true;
    EXPECT_EQ(mrns(q), QStringList{QStringLiteral("DEMO-0012")});
    EXPECT_EQ(mrns(PatientQuery{}).size(), 14);
    EXPECT_EQ(dir.activeCount().value(), 14);
}

TEST_F(Directory, ADeceasedPatientsAgeIsHerAgeAtDeath)
{
    PatientQuery q{QStringLiteral("DEMO-0012")};
    q.includeArchived = true;
    const QList<PatientListRow> rows = rowsOf(q);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].age, 66);  // born 1949-12-30, died 2016-05-02
}

TEST_F(Directory, SearchFollowsEditsOfTheName)
{
    Patient p = t.service().loadPatient(id("DEMO-0006"))->patient;
    p.name = QStringLiteral("章薇");
    p.nameLatin = QStringLiteral("Zhang Wei");
    ASSERT_TRUE(t.service().savePatient(p).ok());
    EXPECT_TRUE(find(QStringLiteral("张伟")).isEmpty());
    EXPECT_EQ(find(QStringLiteral("章薇")), QStringList{QStringLiteral("DEMO-0006")});
    EXPECT_EQ(find(QStringLiteral("zhangwei")), QStringList{QStringLiteral("DEMO-0006")});
}

TEST_F(Directory, AdvancedFactFollowsTheRecordAndMatchesTheSharedDerivation)
{
    const Knowledge& k = t.service().knowledge();
    const QList<PatientListEntry> all = t.service().listPatients().value();
    for (const PatientListEntry& e : all) {
        const PatientRecord rec = t.service().loadPatient(e.id).value();
        const PatientListRow row = dir.rows({e.id}).value().front();
        EXPECT_EQ(row.advanced, clinical::isAdvanced(rec, k, t.clock().today())) << e.mrn.toStdString();
    }

    Patient p;
    p.mrn = QStringLiteral("ADV-1");
    const qint64 pid = t.service().savePatient(p).value();
    PatientQuery advancedOnly{QStringLiteral("ADV-1")};
    advancedOnly.advancedOnly = true;
    EXPECT_TRUE(mrns(advancedOnly).isEmpty());

    // A line of goserelin alone in the advanced setting is supportive: not advanced disease by itself.
    TherapyLine ofs{0, pid, QDate(2025, 1, 1), {}, Setting::Advanced, {QStringLiteral("goserelin")}};
    const qint64 ofsId = t.service().save(ofs).value();
    EXPECT_TRUE(mrns(advancedOnly).isEmpty());

    DiseaseEvent relapse{0, pid, QDate(2025, 2, 1), EventType::Recurrence, Extent::Distant, {Site::Bone}};
    const qint64 relapseId = t.service().save(relapse).value();
    EXPECT_EQ(mrns(advancedOnly), QStringList{QStringLiteral("ADV-1")});
    ASSERT_TRUE(t.service().remove<DiseaseEvent>(relapseId).ok());
    EXPECT_TRUE(mrns(advancedOnly).isEmpty());

    ofs.id = ofsId;
    ofs.drugs << QStringLiteral("来曲唑");  // letrozole, by its Chinese name
    ASSERT_TRUE(t.service().save(ofs).ok());
    EXPECT_EQ(mrns(advancedOnly), QStringList{QStringLiteral("ADV-1")});
}

TEST_F(Directory, SortsByNameAgeAndMrnInEitherDirection)
{
    PatientQuery q;
    QStringList names;
    for (const auto& row : rowsOf(q))
        names << row.patient.namePinyin;
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(names, sorted);

    q.sort = PatientSort::Age;
    QList<int> ages;
    for (const auto& row : rowsOf(q))
        ages << row.age;
    EXPECT_TRUE(std::is_sorted(ages.begin(), ages.end()));
    q.order = Qt::DescendingOrder;
    ages.clear();
    for (const auto& row : rowsOf(q))
        ages << row.age;
    EXPECT_TRUE(std::is_sorted(ages.rbegin(), ages.rend()));

    q.sort = PatientSort::Mrn;
    EXPECT_EQ(mrns(q).front(), QStringLiteral("DEMO-0015"));
    EXPECT_FALSE(dir.canSort(PatientSort::SerdStatus));
}

TEST_F(Directory, EveryRowATextFindsSaysWhatMatched)
{
    Patient p;
    p.mrn = QStringLiteral("ZY20240050123");
    p.name = QStringLiteral("林晓");
    p.outpatientNumber = QStringLiteral("MZ-7788-123");
    p.inpatientNumber = QStringLiteral("ZY-5566");
    ASSERT_TRUE(t.service().savePatient(p).ok());
    for (const char* text : {"张", "zh", "zhang wei", "zw", "Zhang Wei", "li", "lx", "阿依", "nurlan", "DEMO-0006",
                             "demo0001", "0001", "50123", "7788", "zy-5566", "mz-demo"}) {
        const QList<PatientListRow> rows = rowsOf(PatientQuery{QString::fromUtf8(text)});
        EXPECT_FALSE(rows.isEmpty()) << text;
        for (const PatientListRow& row : rows)
            EXPECT_FALSE(row.matched.isEmpty()) << text << " " << row.patient.mrn.toStdString();
    }
    using patientlist::MatchField;
    using Fields = QList<MatchField>;
    auto matched = [&](const char* text) {
        const QList<PatientListRow> rows = rowsOf(PatientQuery{QString::fromUtf8(text)});
        return rows.size() == 1 ? rows.front().matched : Fields{};
    };
    EXPECT_EQ(matched("zw"), Fields{MatchField::Initials});
    EXPECT_EQ(matched("张伟"), Fields{MatchField::Name});
    EXPECT_EQ(matched("Aigul"), Fields{MatchField::LatinName});
    EXPECT_EQ(matched("DEMO-0001"),
              (Fields{MatchField::Mrn, MatchField::OutpatientNumber, MatchField::InpatientNumber}));
    EXPECT_EQ(matched("7788"), Fields{MatchField::OutpatientNumber});
    EXPECT_EQ(matched("zy-5566"), Fields{MatchField::InpatientNumber});
    EXPECT_EQ(matched("50123"), Fields{MatchField::Mrn});
    for (const PatientListRow& row : rowsOf(PatientQuery{}))
        EXPECT_TRUE(row.matched.isEmpty());  // no text, no reason
}

TEST_F(Directory, SortsByBirthDateSexAndOutpatientNumberInTheStore)
{
    PatientQuery q;
    q.sort = PatientSort::BirthDate;
    QList<QDate> births;
    for (const auto& row : rowsOf(q))
        births << row.patient.birthDate;
    ASSERT_EQ(births.size(), 14);
    EXPECT_TRUE(std::is_sorted(births.begin(), births.end()));
    q.order = Qt::DescendingOrder;
    births.clear();
    for (const auto& row : rowsOf(q))
        births << row.patient.birthDate;
    EXPECT_TRUE(std::is_sorted(births.rbegin(), births.rend()));

    q = PatientQuery{};
    q.sort = PatientSort::Sex;
    QList<PatientListRow> rows = rowsOf(q);
    ASSERT_EQ(rows.size(), 14);
    EXPECT_EQ(rows.back().patient.mrn, QStringLiteral("DEMO-0004"));  // the one man comes after the women
    QStringList women;
    for (const auto& row : rows.mid(0, 13))
        women << row.patient.namePinyin;
    EXPECT_TRUE(std::is_sorted(women.begin(), women.end()));  // in name order within
    q.order = Qt::DescendingOrder;
    EXPECT_EQ(rowsOf(q).front().patient.mrn, QStringLiteral("DEMO-0004"));

    q = PatientQuery{};
    q.sort = PatientSort::OutpatientNumber;
    EXPECT_EQ(mrns(q).mid(10), (QStringList{QStringLiteral("DEMO-0001"), QStringLiteral("DEMO-0013"),
                                            QStringLiteral("DEMO-0014"), QStringLiteral("DEMO-0015")}));
    q.order = Qt::DescendingOrder;
    EXPECT_EQ(mrns(q).front(), QStringLiteral("DEMO-0015"));
    EXPECT_TRUE(dir.canSort(PatientSort::BirthDate));
    EXPECT_TRUE(dir.canSort(PatientSort::Sex));
    EXPECT_TRUE(dir.canSort(PatientSort::OutpatientNumber));
}

TEST_F(Directory, RowsCarryCurrentLineAndEsr1Status)
{
    // DEMO-0001 (the Foshan course): now on elacestrant + dalpiciclib + goserelin, ESR1 D538G on ctDNA.
    const PatientListRow row = dir.rows({id("DEMO-0001")}).value().front();
    ASSERT_TRUE(row.currentLine.has_value());
    EXPECT_TRUE(row.currentLine->drugs.contains(QStringLiteral("elacestrant")));
    ASSERT_TRUE(row.currentLineNumber.has_value());
    EXPECT_GE(*row.currentLineNumber, 2);
    ASSERT_TRUE(row.esr1.has_value());
    EXPECT_EQ(row.esr1->result, GeneticOutcome::Mutated);
    EXPECT_EQ(row.esr1Currency, clinical::Currency::Detected);
    EXPECT_TRUE(row.advanced);
    EXPECT_GT(row.age, 0);
    EXPECT_FALSE(row.assessment.present);
}

TEST_F(Directory, AssessmentChipsNeedTheStoredAssessmentsAndThenFilterThroughThem)
{
    PatientQuery q;
    q.serdOptionOnly = true;
    EXPECT_FALSE(dir.search(q).ok());
    EXPECT_FALSE(dir.canSort(PatientSort::DueActions));

    test::storeAssessment(t.storage(), t.clock(), id("DEMO-0003"), rules::OptionStatus::Option, {});
    test::storeAssessment(t.storage(), t.clock(), id("DEMO-0002"), rules::OptionStatus::NotOption,
                          {QStringLiteral("ESR1_RETEST_DUE")});
    dir.setAssessmentsAvailable(true);
    EXPECT_EQ(mrns(q), QStringList{QStringLiteral("DEMO-0003")});
    q = PatientQuery{};
    q.actionDueOnly = true;
    EXPECT_EQ(mrns(q), QStringList{QStringLiteral("DEMO-0002")});
    const auto rows = dir.rows({id("DEMO-0002")}).value();
    EXPECT_EQ(rows.front().assessment.dueActions, QStringList{QStringLiteral("ESR1_RETEST_DUE")});
    EXPECT_EQ(rows.front().assessment.serdStatuses,
              (QStringList{QStringLiteral("elacestrant:not_option"), QStringLiteral("imlunestrant:not_option")}));
    EXPECT_TRUE(dir.canSort(PatientSort::DueActions));
    EXPECT_TRUE(dir.canSort(PatientSort::SerdStatus));
    q = PatientQuery{};
    q.sort = PatientSort::SerdStatus;
    const QStringList bySerd = mrns(q);
    ASSERT_GE(bySerd.size(), 2);
    EXPECT_EQ(bySerd.front(), QStringLiteral("DEMO-0003"));  // an option to act on comes first
}

TEST(PatientDirectoryMigration, ReleasedSchemaOneGetsSearchAndFacts)
{
    QTemporaryDir tmp;
    const QString path = QDir(tmp.path()).filePath(QStringLiteral("v1.sqlite"));
    ASSERT_TRUE(QFile::copy(test::dataPath(QStringLiteral("db/v1.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    FixedClock clock(QDate(2026, 11, 21));
    auto app = test::openContext(path, clock);
    PatientDirectory& dir = app->directory();
    ASSERT_TRUE(dir.syncKnowledge().ok());
    const auto ids = dir.search(PatientQuery{QStringLiteral("zw")});
    ASSERT_TRUE(ids.ok());
    const auto rows = dir.rows(ids.value()).value();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.front().patient.mrn, QStringLiteral("DEMO-0006"));
    PatientQuery advanced;
    advanced.advancedOnly = true;
    EXPECT_FALSE(dir.search(advanced).value().isEmpty());
}
