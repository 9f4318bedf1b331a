// The clinical definitions of spec §1 ADV-1 and §4.2 (clarified 2026-12-04): every spelling of stage IV and TNM M1
// makes de novo metastatic disease, a false flag never overrides them; ages are completed years with the birthday
// of someone born on 29 February on 1 March in years without one. The patient list's SQL fact agrees.
#include "core/clinical/Definitions.h"

#include "core/clinical/Stage.h"
#include "core/patientlist/PatientDirectory.h"
#include "core/util/Dates.h"
#include "tests/support/TestSupport.h"

using namespace onco;

namespace {

struct StageCase
{
    const char* stage;
    bool stageFour;
};

const StageCase kStages[] = {
    {"IV", true},      {"iv", true},       {"IVA", true},        {"IVb", true},       {"IVC", true},
    {"4", true},       {"Stage IV", true}, {"stage iv", true},   {"STAGE IVB", true}, {"IV期", true},
    {" IV 期 ", true}, {"Ⅳ", true},        {"ⅣA", true},         {"ＩＶ", true},      {"III", false},
    {"IIIC", false},   {"IIB", false},     {"I", false},         {"0", false},        {"", false},
    {"IVD", false},    {"44", false},      {"Stage III", false}, {"unknown", false},  {"VI", false},
};

}  // namespace

TEST(Definitions, StageFourIsReadInEverySpellingOfTheSpec)
{
    for (const StageCase& c : kStages)
        EXPECT_EQ(clinical::isStageFour(QString::fromUtf8(c.stage)), c.stageFour) << c.stage;
}

TEST(Definitions, TnmM1AtDiagnosisIsDeNovoMetastaticAndAFalseFlagNeverOverridesIt)
{
    Diagnosis d;
    EXPECT_FALSE(clinical::isDeNovoMetastatic(d));
    for (const char* m : {"M1", "cM1", "pM1", " m1 "}) {
        d.tnmM = QString::fromLatin1(m);
        EXPECT_TRUE(clinical::isDeNovoMetastatic(d)) << m;
    }
    for (const char* m : {"M0", "cM0", "MX", "M1?"}) {
        d.tnmM = QString::fromLatin1(m);
        EXPECT_FALSE(clinical::isDeNovoMetastatic(d)) << m;
    }
    d.tnmM = QStringLiteral("M1");
    d.deNovoMetastatic = false;
    EXPECT_TRUE(clinical::isDeNovoMetastatic(d));  // M1 wins over a false flag
    d.tnmM.clear();
    d.stage = QStringLiteral("IV");
    EXPECT_TRUE(clinical::isDeNovoMetastatic(d));  // stage IV wins over a false flag
    d.stage = QStringLiteral("IIA");
    EXPECT_FALSE(clinical::isDeNovoMetastatic(d));
    d.deNovoMetastatic = true;
    EXPECT_TRUE(clinical::isDeNovoMetastatic(d));
}

TEST(Definitions, AgeIsCompletedYearsWithTheTwentyNinthOfFebruaryBirthdayOnTheFirstOfMarch)
{
    const QDate leapling(2004, 2, 29);
    EXPECT_EQ(dates::ageOn(leapling, QDate(2022, 2, 28)), 17);
    EXPECT_EQ(dates::ageOn(leapling, QDate(2022, 3, 1)), 18);
    EXPECT_EQ(dates::ageOn(leapling, QDate(2024, 2, 28)), 19);
    EXPECT_EQ(dates::ageOn(leapling, QDate(2024, 2, 29)), 20);
    const QDate born(1966, 11, 21);
    EXPECT_EQ(dates::ageOn(born, QDate(2026, 11, 20)), 59);
    EXPECT_EQ(dates::ageOn(born, QDate(2026, 11, 21)), 60);
    EXPECT_EQ(dates::ageOn(born, QDate(1966, 11, 20)), -1);
    EXPECT_EQ(dates::ageOn(QDate(), QDate(2026, 11, 21)), -1);
}

TEST(Definitions, ThePatientListsAdvancedFactReadsTheSameSpellings)
{
    test::TempDatabase t;
    QHash<QString, bool> expected;
    int n = 0;
    const auto add = [&](const QString& stage, const QString& m, std::optional<bool> flag, bool advanced) {
        PatientRecord r = test::sampleRecord(QStringLiteral("ADV-%1").arg(++n));
        r.diagnosis->stage = stage;
        r.diagnosis->tnmM = m;
        r.diagnosis->deNovoMetastatic = flag;
        r.therapies.clear();  // no advanced line: the diagnosis alone decides
        r.events.clear();
        ASSERT_TRUE(t.service().importRecord(r, false).ok());
        expected.insert(r.patient.mrn, advanced);
    };
    for (const StageCase& c : kStages)
        if (QString::fromUtf8(c.stage) != QStringLiteral("ＩＶ"))  // full width: normalised by the program, not SQL
            add(QString::fromUtf8(c.stage), {}, std::nullopt, c.stageFour);
    add(QStringLiteral("IIA"), QStringLiteral("cM1"), false, true);
    add(QStringLiteral("IV"), {}, false, true);
    add(QStringLiteral("IIA"), QStringLiteral("M0"), true, true);
    add(QStringLiteral("IIA"), QStringLiteral("M0"), false, false);
    ASSERT_TRUE(t.directory().syncKnowledge().ok());
    PatientQuery q;
    q.advancedOnly = true;
    QStringList advanced;
    const QList<qint64> ids = t.directory().search(q).value();
    const QList<PatientListRow> rows = t.directory().rows(ids).value();
    for (const PatientListRow& row : rows)
        advanced << row.patient.mrn;
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        EXPECT_EQ(advanced.contains(it.key()), it.value()) << it.key().toStdString();
        const auto record = t.service().loadPatient(*t.service().findPatientId(it.key()));
        EXPECT_EQ(clinical::isDeNovoMetastatic(*record->diagnosis), it.value()) << it.key().toStdString();
    }
}

// The stage is one of the AJCC groups however it was written; anything else is unknown (refused with a message on
// import and in the dialog; issue 14).
TEST(Definitions, StagesNormaliseToTheirAjccGroup)
{
    const std::pair<const char*, const char*> cases[] = {
        {"IIA", "IIA"}, {"iia", "IIA"},   {"Stage IIa", "IIA"}, {"2A", "IIA"}, {"ⅡA期", "IIA"}, {"ＩＩＢ", "IIB"},
        {"3c", "IIIC"}, {"IIIC", "IIIC"}, {"0", "0"},           {"Tis", "0"},  {"I", "I"},      {"4", "IV"},
        {"IVB", "IV"},  {"IV期", "IV"},   {" stage iv ", "IV"}, {"1b", "IB"},  {"", ""},        {"  ", ""}};
    for (const auto& [in, out] : cases) {
        const auto group = clinical::normalizeStage(QString::fromUtf8(in));
        ASSERT_TRUE(group.has_value()) << in;
        EXPECT_EQ(*group, QString::fromUtf8(out)) << in;
        EXPECT_TRUE(group->isEmpty() || clinical::stageGroups().contains(*group)) << in;
    }
    for (const char* unknown : {"IVD", "44", "VI", "unknown", "early", "IIID", "5", "T2N1M0", "Stage"})
        EXPECT_FALSE(clinical::normalizeStage(QString::fromUtf8(unknown)).has_value()) << unknown;
}
