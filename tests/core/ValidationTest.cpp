#include "core/validation/Validation.h"

#include "core/knowledge/Knowledge.h"
#include "tests/support/TestSupport.h"

using namespace onco;

namespace {

const QDate kToday(2026, 11, 21);

Validator validator()
{
    return Validator(Knowledge::builtin(), kToday);
}

bool hasError(const QList<FieldError>& errors, const QString& field, const QString& fragment)
{
    for (const auto& e : errors)
        if (e.field == field && e.message.contains(fragment))
            return true;
    return false;
}

}  // namespace

TEST(Validation, SampleRecordIsValid)
{
    const PatientRecord r = test::sampleRecord();
    const Validator v = validator();
    EXPECT_TRUE(v.check(r.patient).isEmpty());
    EXPECT_TRUE(v.check(*r.diagnosis).isEmpty());
    for (const auto& t : r.therapies)
        EXPECT_TRUE(v.check(t).isEmpty());
}

TEST(Validation, DateAfterTodayNamesTheField)
{
    MarkerResult m{0, 1, kToday.addDays(1), QStringLiteral("CEA"), 3};
    const auto errors = validator().check(m);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors[0].field, QStringLiteral("date"));
    EXPECT_TRUE(errors[0].message.contains(QStringLiteral("2026-11-22 is after today")));
    m.date = kToday;
    EXPECT_TRUE(validator().check(m).isEmpty());
}

TEST(Validation, EndBeforeStartIsARecordError)
{
    TherapyLine t{0, 1, QDate(2025, 5, 1), QDate(2025, 4, 30), Setting::Advanced, {QStringLiteral("letrozole")}};
    const auto errors = validator().check(t);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors[0].field.isEmpty());
    EXPECT_EQ(errors[0].message, QStringLiteral("end is before start"));
    t.end = t.start;
    EXPECT_TRUE(validator().check(t).isEmpty());
}

TEST(Validation, PercentagesOutsideRange)
{
    Diagnosis d;
    d.receptors.erPercent = 101;
    d.receptors.prPercent = -1;
    d.receptors.ki67Percent = 100;
    const auto errors = validator().check(d);
    EXPECT_TRUE(hasError(errors, QStringLiteral("er_percent"), QStringLiteral("outside 0–100")));
    EXPECT_TRUE(hasError(errors, QStringLiteral("pr_percent"), QStringLiteral("outside 0–100")));
    EXPECT_FALSE(hasError(errors, QStringLiteral("ki67_percent"), QString()));
}

TEST(Validation, NegativeMarkerValue)
{
    const MarkerResult m{0, 1, QDate(2025, 1, 1), QStringLiteral("CA15-3"), -0.5};
    EXPECT_TRUE(hasError(validator().check(m), QStringLiteral("value"), QStringLiteral("-0.5")));
}

TEST(Validation, UnknownDrugSuggestsNearestName)
{
    const TherapyLine t{0,
                        1,
                        QDate(2025, 1, 1),
                        {},
                        Setting::Advanced,
                        {QStringLiteral("letrozole"), QStringLiteral("letrazole"), QStringLiteral("xyzzyqqq")}};
    const auto errors = validator().check(t);
    ASSERT_EQ(errors.size(), 2);
    EXPECT_EQ(errors[0].field, QStringLiteral("drugs[1]"));
    EXPECT_EQ(errors[0].message, QStringLiteral("unknown drug \"letrazole\" (did you mean \"letrozole\"?)"));
    EXPECT_EQ(errors[1].field, QStringLiteral("drugs[2]"));
    EXPECT_EQ(errors[1].message, QStringLiteral("unknown drug \"xyzzyqqq\""));
}

TEST(Validation, ChineseDrugNamesAreKnown)
{
    const TherapyLine t{0,
                        1,
                        QDate(2025, 1, 1),
                        {},
                        Setting::Advanced,
                        {QStringLiteral("来曲唑"), QStringLiteral("达尔西利"), QStringLiteral("Tucidinostat")}};
    EXPECT_TRUE(validator().check(t).isEmpty());
}

TEST(Validation, MissingRequiredValues)
{
    EXPECT_TRUE(hasError(validator().check(Patient{}), QStringLiteral("mrn"), QStringLiteral("required")));
    EXPECT_TRUE(hasError(validator().check(Medication{}), QStringLiteral("name"), QStringLiteral("required")));
    EXPECT_TRUE(hasError(validator().check(Medication{}), QStringLiteral("start"), QStringLiteral("required")));
    EXPECT_TRUE(hasError(validator().check(TherapyLine{}), QStringLiteral("drugs"), QStringLiteral("at least one")));
}

TEST(Validation, IdCardCheckDigit)
{
    EXPECT_TRUE(Validator::isValidIdCard(QStringLiteral("44060419900301002X")));
    EXPECT_FALSE(Validator::isValidIdCard(QStringLiteral("440604199003010021")));  // wrong check digit
    EXPECT_FALSE(Validator::isValidIdCard(QStringLiteral("44060419901301002X")));  // month 13
    EXPECT_FALSE(Validator::isValidIdCard(QStringLiteral("4406041990")));
    Patient p;
    p.mrn = QStringLiteral("X");
    p.idCard = QStringLiteral("440604199003010021");
    EXPECT_TRUE(hasError(validator().check(p), QStringLiteral("id_card"), QStringLiteral("not a valid")));
}

TEST(Validation, GradeAndLineNumber)
{
    Diagnosis d;
    d.grade = 4;
    EXPECT_TRUE(hasError(validator().check(d), QStringLiteral("grade"), QStringLiteral("grade 4")));
    TherapyLine t{0, 1, QDate(2025, 1, 1), {}, Setting::Advanced, {QStringLiteral("letrozole")}};
    t.lineNumberOverride = 0;
    EXPECT_TRUE(hasError(validator().check(t), QStringLiteral("line_number"), QStringLiteral("starts at 1")));
}
