#include "core/clinical/CourseFacts.h"

#include "core/knowledge/Knowledge.h"
#include "tests/support/TestSupport.h"

using namespace onco;
using namespace onco::clinical;

namespace {

const QDate kToday(2026, 11, 21);

TherapyLine line(qint64 id, QDate start, QDate end, Setting setting, QStringList drugs,
                 StopReason stop = StopReason::Unrecorded)
{
    TherapyLine t;
    t.id = id;
    t.start = start;
    t.end = end;
    t.setting = setting;
    t.drugs = std::move(drugs);
    t.stopReason = stop;
    return t;
}

GeneticResult esr1(QDate date, GeneticOutcome result, Origin origin = Origin::Somatic)
{
    GeneticResult g;
    g.date = date;
    g.gene = QStringLiteral("ESR1");
    g.result = result;
    g.origin = origin;
    return g;
}

}  // namespace

TEST(CourseFacts, SupportiveLinesGetNoAdvancedLineNumber)
{
    const Knowledge& k = Knowledge::builtin();
    const QList<TherapyLine> lines{
        line(1, QDate(2022, 3, 15), {}, Setting::Advanced, {QStringLiteral("letrozole"), QStringLiteral("goserelin")}),
        line(2, QDate(2019, 11, 1), QDate(2022, 3, 1), Setting::Adjuvant, {QStringLiteral("tamoxifen")}),
        line(3, QDate(2022, 4, 1), {}, Setting::Advanced, {QStringLiteral("zoledronic acid")}),
        line(4, QDate(2022, 4, 1), {}, Setting::Advanced, {QStringLiteral("goserelin"), QStringLiteral("地舒单抗")}),
        line(5, QDate(2025, 5, 20), {}, Setting::Advanced, {QStringLiteral("elacestrant")}),
        line(6, QDate(2021, 1, 1), QDate(2021, 6, 1), Setting::Advanced, {QStringLiteral("capecitabine")}),
    };
    EXPECT_TRUE(isSupportiveLine(lines[2], k));
    EXPECT_TRUE(isSupportiveLine(lines[3], k));
    EXPECT_FALSE(isSupportiveLine(lines[0], k));
    const auto numbers = advancedLineNumbers(lines, k);
    EXPECT_EQ(numbers[5], 1);
    EXPECT_EQ(numbers[0], 2);
    EXPECT_EQ(numbers[4], 3);
    EXPECT_FALSE(numbers[1].has_value());
    EXPECT_FALSE(numbers[2].has_value());
    EXPECT_FALSE(numbers[3].has_value());
}

TEST(CourseFacts, ProgressionOnALineIsStrictlyAfterItsStart)
{
    const QList<DiseaseEvent> events{
        {1, 0, QDate(2025, 5, 10), EventType::Progression, Extent::Unrecorded, {}, Evidence::Imaging},
        {2, 0, QDate(2024, 1, 1), EventType::Progression, Extent::Unrecorded, {}, Evidence::TumorMarker},
    };
    const TherapyLine before = line(1, QDate(2022, 3, 15), QDate(2025, 5, 10), Setting::Advanced, {});
    const TherapyLine after = line(2, QDate(2025, 5, 10), {}, Setting::Advanced, {});
    EXPECT_EQ(progressionOnLine(before, events, kToday), QDate(2025, 5, 10));
    EXPECT_FALSE(progressionOnLine(after, events, kToday).isValid());
    // Stopped for progression without an event: the end is the progression.
    const TherapyLine stopped =
        line(3, QDate(2020, 1, 1), QDate(2021, 2, 2), Setting::Advanced, {}, StopReason::Progression);
    EXPECT_EQ(progressionOnLine(stopped, {}, kToday), QDate(2021, 2, 2));
    // An end after as-of is not known yet.
    EXPECT_FALSE(progressionOnLine(stopped, {}, QDate(2021, 1, 1)).isValid());
}

TEST(CourseFacts, Esr1CurrencyAgainstTheLatestProgression)
{
    PatientRecord rec;
    rec.events << DiseaseEvent{1, 0, QDate(2022, 3, 1), EventType::Recurrence, Extent::Distant};
    rec.events << DiseaseEvent{2, 0, QDate(2025, 5, 10), EventType::Progression, {}, {}, Evidence::Clinical};
    rec.events << DiseaseEvent{3, 0, QDate(2026, 1, 10), EventType::Progression, {}, {}, Evidence::TumorMarker};
    rec.therapies << line(1, QDate(2023, 1, 1), QDate(2024, 1, 1), Setting::Advanced, {}, StopReason::Toxicity);
    const QDate latest = latestProgressionDate(rec, kToday);
    EXPECT_EQ(latest, QDate(2025, 5, 10));
    EXPECT_EQ(currencyOf(esr1(QDate(2025, 5, 9), GeneticOutcome::NotDetected), latest), Currency::NotCurrent);
    EXPECT_EQ(currencyOf(esr1(QDate(2025, 5, 10), GeneticOutcome::NotDetected), latest), Currency::Current);
    EXPECT_EQ(currencyOf(esr1(QDate(2021, 1, 1), GeneticOutcome::Mutated), latest), Currency::Detected);
    EXPECT_EQ(currencyOf(esr1(QDate(2021, 1, 1), GeneticOutcome::Indeterminate), QDate()), Currency::Current);
    EXPECT_EQ(currencyOf(esr1(QDate(2021, 1, 1), GeneticOutcome::NotDetected, Origin::Germline), latest),
              Currency::Germline);
}

TEST(CourseFacts, LatestEsr1RanksMutatedFirstOnTheSameDateAndSkipsGermline)
{
    const QList<GeneticResult> results{
        esr1(QDate(2025, 6, 1), GeneticOutcome::NotDetected),
        esr1(QDate(2025, 6, 1), GeneticOutcome::Mutated),
        esr1(QDate(2025, 6, 1), GeneticOutcome::Indeterminate),
        esr1(QDate(2026, 1, 1), GeneticOutcome::NotDetected, Origin::Germline),
    };
    const auto latest = latestEsr1(results, kToday);
    ASSERT_TRUE(latest.has_value());
    EXPECT_EQ(latest->result, GeneticOutcome::Mutated);
    EXPECT_FALSE(latestEsr1({}, kToday).has_value());
}

TEST(CourseFacts, CurrentReceptorsTakeEachSetFromTheLatestSpecimenReportingIt)
{
    PatientRecord rec = test::sampleRecord();
    rec.diagnosis->receptors = {ReceptorStatus::Positive, 90, ReceptorStatus::Positive, 60, Her2Ihc::Two,
                                Her2Ish::Negative,        20};
    Biopsy later;
    later.date = QDate(2022, 3, 5);
    later.site = QStringLiteral("liver");
    later.receptors.er = ReceptorStatus::Negative;
    later.receptors.erPercent = 0;
    later.receptors.her2Ihc = Her2Ihc::Two;  // without ISH: the diagnosis's ISH is not carried over
    rec.biopsies = {later};
    const CurrentReceptors now = currentReceptors(rec, kToday);
    EXPECT_EQ(now.receptors.er, ReceptorStatus::Negative);
    EXPECT_FALSE(now.er->fromDiagnosis);
    EXPECT_EQ(now.er->site, QStringLiteral("liver"));
    EXPECT_EQ(now.receptors.pr, ReceptorStatus::Positive);
    EXPECT_TRUE(now.pr->fromDiagnosis);
    EXPECT_EQ(now.receptors.her2Ish, Her2Ish::Unrecorded);
    EXPECT_EQ(her2Class(now.receptors), Her2Class::IshNeeded);
    EXPECT_EQ(*now.receptors.ki67Percent, 20);
    EXPECT_TRUE(now.erDiscordant);
    EXPECT_FALSE(now.her2Discordant);
}

TEST(CourseFacts, ReceptorCategories)
{
    Receptors r;
    EXPECT_EQ(erCategory(r), ReceptorStatus::Unrecorded);
    r.erPercent = 5;
    EXPECT_EQ(erCategory(r), ReceptorStatus::Positive);
    r.er = ReceptorStatus::Negative;
    r.erPercent = 40;
    EXPECT_EQ(erCategory(r), ReceptorStatus::Unknown);
    r.her2Ihc = Her2Ihc::One;
    EXPECT_EQ(her2Class(r), Her2Class::Low);
    r.her2Ihc = Her2Ihc::Ultralow;
    EXPECT_EQ(her2Class(r), Her2Class::Ultralow);
    r.her2Ish = Her2Ish::Positive;
    EXPECT_EQ(her2Class(r), Her2Class::Positive);
}

TEST(CourseFacts, CurrentLinePrefersTheLatestActiveTreatmentOverSupportiveCare)
{
    const Knowledge& k = Knowledge::builtin();
    const QList<TherapyLine> lines{
        line(1, QDate(2022, 1, 1), {}, Setting::Advanced, {QStringLiteral("zoledronic acid")}),
        line(2, QDate(2023, 1, 1), QDate(2025, 5, 1), Setting::Advanced, {QStringLiteral("letrozole")}),
        line(3, QDate(2025, 5, 20), {}, Setting::Advanced, {QStringLiteral("elacestrant")}),
    };
    EXPECT_EQ(currentLineIndex(lines, k, kToday), 2);
    EXPECT_EQ(currentLineIndex(lines, k, QDate(2025, 5, 10)), 0);
    EXPECT_EQ(currentLineIndex(lines, k, QDate(2021, 1, 1)), -1);
}
