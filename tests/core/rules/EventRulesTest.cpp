// §0 and §1: records after as_of, relapse, ADV-1, progression on a line, latest progression date, prior CDK4/6
// inhibitor, advanced-line numbering with the clinician's override.
#include "core/rules/Codes.h"
#include "core/rules/Facts.h"
#include "tests/core/rules/RuleTestSupport.h"

using namespace onco;
using namespace onco::test;

namespace {

rules::Facts facts(const Rx& rx, QDate asOf)
{
    Rx copy = rx;
    return rules::buildFacts(copy.record(), {asOf, Jurisdiction::UsFda, Knowledge::builtin()});
}

const QStringList kLetPal{QStringLiteral("letrozole"), QStringLiteral("palbociclib")};

}  // namespace

TEST(EventRules, RelapseIsTheEarliestDistantOrUnresectableRecurrence)
{
    Rx rx;
    rx.relapse(d("2021-01-01"), Extent::Local)
        .relapse(d("2021-03-01"), Extent::Regional)
        .relapse(d("2022-05-01"), Extent::Distant)
        .relapse(d("2021-09-01"), Extent::LocallyAdvancedUnresectable);
    const auto f = facts(rx, d("2023-01-01"));
    ASSERT_TRUE(f.relapse.has_value());
    EXPECT_EQ(f.relapse->date, d("2021-09-01"));
    EXPECT_EQ(f.relapse->index, 3);
    Rx local;
    local.relapse(d("2021-01-01"), Extent::Local);
    EXPECT_FALSE(facts(local, d("2023-01-01")).relapse.has_value());
    EXPECT_FALSE(local.assess(d("2023-01-01")).advancedDisease);
}

TEST(EventRules, Adv1ThreeWays)
{
    Rx early;
    early.adjuvant(d("2018-02-01"), {}, {QStringLiteral("letrozole")});
    EXPECT_FALSE(early.assess(d("2020-01-01")).advancedDisease);

    Rx deNovo;
    deNovo.deNovo();
    auto a = deNovo.assess(d("2020-01-01"));
    EXPECT_TRUE(a.advancedDisease);
    EXPECT_EQ(a.advancedRecords.front().entity, rules::RecordRef::Entity::Diagnosis);

    Rx stageFour;  // stage IV counts with or without the flag: a false flag never overrides it (ADV-1)
    stageFour.record().diagnosis->stage = QStringLiteral("IV");
    stageFour.record().diagnosis->deNovoMetastatic.reset();
    EXPECT_TRUE(stageFour.assess(d("2020-01-01")).advancedDisease);
    stageFour.record().diagnosis->deNovoMetastatic = false;
    EXPECT_TRUE(stageFour.assess(d("2020-01-01")).advancedDisease);
    stageFour.record().diagnosis->stage = QStringLiteral("4");
    EXPECT_TRUE(stageFour.assess(d("2020-01-01")).advancedDisease);
    stageFour.record().diagnosis->stage = QStringLiteral("IIB");
    stageFour.record().diagnosis->tnmM = QStringLiteral("pM1");
    EXPECT_TRUE(stageFour.assess(d("2020-01-01")).advancedDisease);
    stageFour.record().diagnosis->tnmM = QStringLiteral("M0");
    EXPECT_FALSE(stageFour.assess(d("2020-01-01")).advancedDisease);

    Rx relapsed;
    relapsed.relapse(d("2019-05-01"));
    EXPECT_TRUE(relapsed.assess(d("2020-01-01")).advancedDisease);
    EXPECT_FALSE(relapsed.assess(d("2019-04-30")).advancedDisease);  // after as_of: ignored

    Rx line;
    line.advanced(d("2019-06-01"), {}, {QStringLiteral("fulvestrant")});
    EXPECT_TRUE(line.assess(d("2019-06-01")).advancedDisease);
    EXPECT_FALSE(line.assess(d("2019-05-31")).advancedDisease);

    Rx supportive;  // OFS or bone agents alone do not make the disease advanced
    supportive.advanced(d("2019-06-01"), {}, {QStringLiteral("goserelin"), QStringLiteral("zoledronic acid")});
    EXPECT_FALSE(supportive.assess(d("2020-01-01")).advancedDisease);
}

TEST(EventRules, ProgressionOnALine)
{
    Rx rx;
    rx.relapse(d("2020-01-01"))
        .advanced(d("2020-01-10"), d("2021-03-01"), kLetPal, StopReason::Progression)
        .progression(d("2020-01-10"))  // on the start day: not on this line
        .progression(d("2020-11-05"))  // the earliest after the start
        .progression(d("2021-03-01"), Evidence::TumorMarker);
    const auto f = facts(rx, d("2022-01-01"));
    ASSERT_EQ(f.lines.size(), 1);
    EXPECT_EQ(f.lines[0].pd, d("2020-11-05"));
    EXPECT_EQ(f.lines[0].pdSource->entity, rules::RecordRef::Entity::Event);

    // A progression that ends one line on the day the next starts belongs to the old line.
    Rx handover;
    handover.relapse(d("2020-01-01"))
        .advanced(d("2020-01-10"), d("2021-03-01"), kLetPal, StopReason::Progression)
        .advanced(d("2021-03-01"), {}, {QStringLiteral("fulvestrant")})
        .progression(d("2021-03-01"));
    const auto g = facts(handover, d("2022-01-01"));
    EXPECT_EQ(g.lines[0].pd, d("2021-03-01"));
    EXPECT_TRUE(g.lines[1].pd.isNull());

    // The line's end when stopped for progression, without any event.
    Rx stopped;
    stopped.relapse(d("2020-01-01")).advanced(d("2020-01-10"), d("2020-09-01"), kLetPal, StopReason::Progression);
    const auto h = facts(stopped, d("2022-01-01"));
    EXPECT_EQ(h.lines[0].pd, d("2020-09-01"));
    EXPECT_EQ(h.lines[0].pdSource->entity, rules::RecordRef::Entity::Therapy);
    EXPECT_EQ(h.latestProgression->date, d("2020-09-01"));
    // …unless the end lies after as_of: then the line is ongoing and its stop reason unknown.
    const auto i = facts(stopped, d("2020-08-31"));
    EXPECT_TRUE(i.lines[0].pd.isNull());
    EXPECT_TRUE(i.lines[0].line.end.isNull());
    EXPECT_EQ(i.latestProgression->date, d("2020-01-01"));
}

TEST(EventRules, MarkerOnlyProgressionIsNoProgression)
{
    // TM-6: a progression on tumour-marker evidence alone is no progression for any rule.
    Rx rx;
    rx.relapse(d("2020-01-01"))
        .advanced(d("2020-01-10"), {}, kLetPal)
        .progression(d("2020-11-05"), Evidence::TumorMarker);
    const auto a = rx.assess(d("2021-01-01"));
    EXPECT_EQ(a.resistance.firstLine.rule, QStringLiteral("ER-M0"));
    EXPECT_EQ(a.latestProgression, d("2020-01-01"));
    EXPECT_TRUE(a.infoCodes().contains(QStringLiteral("PD_MARKER_ONLY")));
    Rx imaging;
    imaging.relapse(d("2020-01-01")).advanced(d("2020-01-10"), {}, kLetPal).progression(d("2020-11-05"));
    EXPECT_FALSE(imaging.assess(d("2021-01-01")).infoCodes().contains(QStringLiteral("PD_MARKER_ONLY")));
    // Unrecorded evidence counts as a progression.
    EXPECT_EQ(imaging.assess(d("2021-01-01")).resistance.firstLine.rule, QStringLiteral("ER-M2"));
}

TEST(EventRules, LatestProgressionAndPriorCdk46i)
{
    Rx rx;
    rx.adjuvant(d("2018-02-01"), d("2020-02-01"), {QStringLiteral("letrozole"), QStringLiteral("abemaciclib")})
        .relapse(d("2021-01-01"))
        .advanced(d("2021-01-10"), d("2022-02-01"), {QStringLiteral("fulvestrant")}, StopReason::Progression)
        .advanced(d("2022-02-01"), {}, {QStringLiteral("exemestane"), QStringLiteral("ribociclib")});
    auto f = facts(rx, d("2022-06-01"));
    EXPECT_EQ(f.latestProgression->date, d("2022-02-01"));
    // The ribociclib line started on the latest progression date, not strictly before it.
    ASSERT_EQ(f.priorCdk46iLines().size(), 1);
    EXPECT_EQ(f.priorCdk46iLines().front()->line.drugs,
              (QStringList{QStringLiteral("letrozole"), QStringLiteral("abemaciclib")}));
    // No progression date at all: no prior CDK4/6 inhibitor.
    Rx none;
    none.advanced(d("2021-01-10"), {}, kLetPal);
    EXPECT_TRUE(facts(none, d("2022-06-01")).priorCdk46iLines().isEmpty());
}

TEST(EventRules, RecordsAfterAsOfAreIgnored)
{
    Rx rx;
    rx.deNovo()
        .advanced(d("2023-01-25"), {}, kLetPal)
        .progression(d("2025-03-10"))
        .esr1(d("2025-03-15"), GeneticOutcome::Mutated, QStringLiteral("p.Y537S"))
        .advanced(d("2025-03-20"), {}, {QStringLiteral("elacestrant")})
        .medication(QStringLiteral("clarithromycin"), d("2025-03-01"))
        .biopsy(d("2025-03-12"), receptors("negative", 0, "0"));
    const auto a = rx.assess(d("2025-01-15"));
    EXPECT_EQ(a.resistance.firstLine.rule, QStringLiteral("ER-M0"));
    EXPECT_EQ(a.advancedLines.size(), 1);
    EXPECT_EQ(a.receptors.er, rules::Polarity::Positive);
    EXPECT_EQ(criterionOf(a, QStringLiteral("elacestrant"), QStringLiteral("SERD-ESR1")), QStringLiteral("unknown"));
    EXPECT_FALSE(flagsOf(a, QStringLiteral("elacestrant")).contains(QStringLiteral("ALREADY_ON")));
    EXPECT_FALSE(flagsOf(a, QStringLiteral("elacestrant")).contains(QStringLiteral("DDI_CYP3A4")));
    // A diagnosis dated after as_of is ignored too: nothing known about receptors.
    const auto before = rx.assess(d("2017-12-31"));
    EXPECT_EQ(before.receptors.er, rules::Polarity::Unknown);
    EXPECT_FALSE(before.advancedDisease);
}

TEST(EventRules, AdvancedLineNumbering)
{
    Rx rx;
    rx.relapse(d("2020-01-01"))
        .advanced(d("2020-06-01"), d("2020-12-01"), {QStringLiteral("fulvestrant")}, StopReason::Progression)
        .advanced(d("2020-01-10"), d("2020-05-01"), {QStringLiteral("capecitabine")}, StopReason::Toxicity)
        .advanced(d("2020-01-10"), {}, {QStringLiteral("goserelin")})  // supportive: no number
        .advanced(d("2020-12-10"), {}, {QStringLiteral("everolimus"), QStringLiteral("exemestane")})
        .adjuvant(d("2018-01-01"), d("2019-01-01"), {QStringLiteral("tamoxifen")});
    rx.record().therapies[3].lineNumberOverride = 4;  // the clinician counts differently
    rx.record().therapies[0].lineNumberOverride = 2;  // same as derived: not shown
    const auto a = rx.assess(d("2021-06-01"));
    ASSERT_EQ(a.advancedLines.size(), 3);
    EXPECT_EQ(a.advancedLines[0].drugs, QStringList{QStringLiteral("capecitabine")});
    EXPECT_EQ(a.advancedLines[0].number, 1);
    EXPECT_EQ(a.advancedLines[0].endocrine, std::optional<bool>(false));
    EXPECT_EQ(a.advancedLines[1].number, 2);
    EXPECT_FALSE(a.advancedLines[1].numberOverride.has_value());
    EXPECT_EQ(a.advancedLines[1].progression, d("2020-12-01"));
    EXPECT_EQ(a.advancedLines[2].number, 3);
    EXPECT_EQ(a.advancedLines[2].numberOverride, 4);
    EXPECT_EQ(a.advancedLines[2].line.index, 3);
    // A line starting after as_of is not numbered.
    EXPECT_EQ(rx.assess(d("2020-11-01")).advancedLines.size(), 2);
}
