// ER-A0…A5, ER-M0…M2, ER-N, ER-E, ER-X1, ER-X2 and BOUNDARY_REVIEW (clinical-rules.md §2, §0): each threshold on the
// day before, the day of and the day after; the ±30-day window at 29, 30 and 31 days; month-end arithmetic.
#include "core/i18n/Language.h"
#include "core/knowledge/Knowledge.h"
#include "core/rules/Codes.h"
#include "tests/core/rules/RuleTestSupport.h"

using namespace onco;
using namespace onco::test;
using rules::Resistance;

namespace {

const QStringList kLetrozole{QStringLiteral("letrozole")};

/** Relapse on `relapse` while on adjuvant letrozole started 2020-03-15 (threshold 2022-03-15). */
rules::Assessment relapseDuringAdjuvant(QDate relapse)
{
    Rx rx;
    rx.adjuvant(d("2020-03-15"), relapse, kLetrozole, StopReason::Progression).relapse(relapse);
    return rx.assess(relapse.addDays(60));
}

/** Relapse on `relapse` after adjuvant letrozole completed on 2021-05-31 (threshold 2022-05-31). */
rules::Assessment relapseAfterAdjuvant(QDate relapse)
{
    Rx rx;
    rx.adjuvant(d("2016-05-31"), d("2021-05-31"), kLetrozole).relapse(relapse);
    return rx.assess(relapse.addDays(60));
}

/** De novo; first-line letrozole + palbociclib from 2019-08-31 (+ 6 months = 2020-02-29), PD on `pd`. */
rules::Assessment firstLineProgression(QDate pd)
{
    Rx rx;
    rx.deNovo().advanced(d("2019-08-31"), pd, {QStringLiteral("letrozole"), QStringLiteral("palbociclib")},
                         StopReason::Progression);
    return rx.assess(pd.addDays(60));
}

}  // namespace

TEST(ResistanceRules, ErA1BeforeAndErA2OnAndAfter24Months)
{
    auto a = relapseDuringAdjuvant(d("2022-03-14"));
    EXPECT_EQ(a.resistance.adjuvant.value, Resistance::Primary);
    EXPECT_EQ(a.resistance.adjuvant.rule, QStringLiteral("ER-A1"));
    EXPECT_EQ(a.resistance.overall, Resistance::Primary);
    EXPECT_EQ(a.resistance.rule, QStringLiteral("ER-A1"));
    a = relapseDuringAdjuvant(d("2022-03-15"));
    EXPECT_EQ(a.resistance.adjuvant.value, Resistance::Secondary);
    EXPECT_EQ(a.resistance.adjuvant.rule, QStringLiteral("ER-A2"));
    a = relapseDuringAdjuvant(d("2022-03-16"));
    EXPECT_EQ(a.resistance.adjuvant.rule, QStringLiteral("ER-A2"));
    EXPECT_EQ(a.resistance.overall, Resistance::Secondary);
}

TEST(ResistanceRules, ErA3OnAndBeforeAndErA4After12Months)
{
    auto a = relapseAfterAdjuvant(d("2022-05-30"));
    EXPECT_EQ(a.resistance.adjuvant.rule, QStringLiteral("ER-A3"));
    EXPECT_EQ(a.resistance.adjuvant.value, Resistance::Secondary);
    a = relapseAfterAdjuvant(d("2022-05-31"));
    EXPECT_EQ(a.resistance.adjuvant.rule, QStringLiteral("ER-A3"));
    a = relapseAfterAdjuvant(d("2022-06-01"));
    EXPECT_EQ(a.resistance.adjuvant.rule, QStringLiteral("ER-A4"));
    EXPECT_EQ(a.resistance.adjuvant.value, Resistance::Sensitive);
    EXPECT_EQ(a.resistance.overall, Resistance::Sensitive);
    EXPECT_EQ(a.resistance.rule, QStringLiteral("ER-A4"));
    // The day after the period ended is "after" it.
    a = relapseAfterAdjuvant(d("2021-06-01"));
    EXPECT_EQ(a.resistance.adjuvant.rule, QStringLiteral("ER-A3"));
}

TEST(ResistanceRules, ErM1BeforeAndErM2OnAndAfter6MonthsWithMonthEnd)
{
    // 2019-08-31 + 6 months = 2020-02-29 (calendar-month addition clamps to the month's end).
    EXPECT_EQ(d("2019-08-31").addMonths(6), d("2020-02-29"));
    auto a = firstLineProgression(d("2020-02-28"));
    EXPECT_EQ(a.resistance.firstLine.value, Resistance::Primary);
    EXPECT_EQ(a.resistance.firstLine.rule, QStringLiteral("ER-M1"));
    EXPECT_EQ(a.resistance.overall, Resistance::Primary);
    EXPECT_EQ(a.resistance.rule, QStringLiteral("ER-M1"));
    a = firstLineProgression(d("2020-02-29"));
    EXPECT_EQ(a.resistance.firstLine.value, Resistance::Secondary);
    EXPECT_EQ(a.resistance.firstLine.rule, QStringLiteral("ER-M2"));
    a = firstLineProgression(d("2020-03-01"));
    EXPECT_EQ(a.resistance.firstLine.rule, QStringLiteral("ER-M2"));
}

TEST(ResistanceRules, MonthEndOf24Months)
{
    // 2020-02-29 + 24 months = 2022-02-28.
    Rx rx;
    rx.adjuvant(d("2020-02-29"), {}, kLetrozole).relapse(d("2022-02-27"));
    EXPECT_EQ(rx.assess(d("2022-04-01")).resistance.adjuvant.rule, QStringLiteral("ER-A1"));
    Rx on;
    on.adjuvant(d("2020-02-29"), {}, kLetrozole).relapse(d("2022-02-28"));
    EXPECT_EQ(on.assess(d("2022-04-01")).resistance.adjuvant.rule, QStringLiteral("ER-A2"));
}

TEST(ResistanceRules, BoundaryReviewWithin30DaysOfEachThreshold)
{
    const QDate t24 = d("2022-03-15");
    const QDate t12 = d("2022-05-31");
    const QDate t6 = d("2020-02-29");
    for (int days : {-31, -30, -29, 0, 29, 30, 31}) {
        const bool expected = std::abs(days) <= 30;
        EXPECT_EQ(resistanceFlags(relapseDuringAdjuvant(t24.addDays(days))).contains(QStringLiteral("BOUNDARY_REVIEW")),
                  expected)
            << "24 months " << days;
        EXPECT_EQ(resistanceFlags(relapseAfterAdjuvant(t12.addDays(days))).contains(QStringLiteral("BOUNDARY_REVIEW")),
                  expected)
            << "12 months " << days;
        EXPECT_EQ(resistanceFlags(firstLineProgression(t6.addDays(days))).contains(QStringLiteral("BOUNDARY_REVIEW")),
                  expected)
            << "6 months " << days;
    }
}

TEST(ResistanceRules, BoundaryReviewSaysHowFarInWordsThatReadRight)
{
    // 2021-05-31 + 12 months = 2022-05-31: the sentence counts days correctly (never "1 days").
    auto sentence = [](QDate relapse, const Language& language) {
        for (const auto& n : relapseAfterAdjuvant(relapse).resistance.flags)
            if (n.code == QLatin1String("BOUNDARY_REVIEW"))
                return n.text.render(language, Knowledge::builtin());
        return QString();
    };
    EXPECT_TRUE(sentence(d("2022-06-01"), Language::english()).contains(QStringLiteral("is 1 day from")));
    EXPECT_FALSE(sentence(d("2022-06-01"), Language::english()).contains(QStringLiteral("days")));
    EXPECT_TRUE(sentence(d("2022-06-03"), Language::english()).contains(QStringLiteral("is 3 days from")));
    EXPECT_TRUE(
        sentence(d("2022-05-31"), Language::english()).contains(QStringLiteral("on the threshold date itself")));
    EXPECT_TRUE(sentence(d("2022-06-01"), Language::chinese()).contains(QStringLiteral("仅1天")));
    EXPECT_TRUE(sentence(d("2022-05-31"), Language::chinese()).contains(QStringLiteral("恰为阈值日期")));
}

TEST(ResistanceRules, BoundaryReviewOnlyForTheDecidingComparisons)
{
    // Relapse 3 days after the period ended (during vs after is not a threshold), far from end + 12 months.
    EXPECT_FALSE(resistanceFlags(relapseAfterAdjuvant(d("2021-06-03"))).contains(QStringLiteral("BOUNDARY_REVIEW")));
    // Early disease where as_of is exactly start + 24 months: nothing is compared.
    Rx rx;
    rx.adjuvant(d("2023-11-15"), {}, kLetrozole);
    EXPECT_TRUE(resistanceFlags(rx.assess(d("2025-11-15"))).isEmpty());
    // The flag names the attribute and both dates.
    const auto a = relapseDuringAdjuvant(d("2022-03-20"));
    ASSERT_EQ(a.resistance.flags.size(), 1);
    EXPECT_EQ(a.resistance.flags[0].text.args[1], Phrase::Arg(d("2022-03-20")));
    EXPECT_EQ(a.resistance.flags[0].text.args[2], Phrase::Arg(5));
}

TEST(ResistanceRules, SwitchStrategyIsOnePeriodAndLaterLinesAreNotPartOfIt)
{
    Rx rx;
    rx.adjuvant(d("2016-04-01"), d("2018-04-01"), {QStringLiteral("tamoxifen")})
        .adjuvant(d("2018-04-10"), d("2021-04-01"), kLetrozole)
        .relapse(d("2021-12-01"))
        .adjuvant(d("2021-12-01"), {}, {QStringLiteral("anastrozole")});  // started on the relapse: not part
    const auto a = rx.assess(d("2022-01-10"));
    EXPECT_EQ(a.resistance.adjuvant.rule, QStringLiteral("ER-A3"));
    // Tamoxifen alone would have ended > 12 months before: sensitive.
    Rx alone;
    alone.adjuvant(d("2016-04-01"), d("2018-04-01"), {QStringLiteral("tamoxifen")}).relapse(d("2021-12-01"));
    EXPECT_EQ(alone.assess(d("2022-01-10")).resistance.adjuvant.rule, QStringLiteral("ER-A4"));
}

TEST(ResistanceRules, NeoadjuvantEtCountsOngoingIsDuringAndChemotherapyDoesNot)
{
    Rx neo;
    neo.neoadjuvant(d("2021-01-01"), d("2021-06-01"), kLetrozole).relapse(d("2021-09-01"));
    EXPECT_EQ(neo.assess(d("2021-10-01")).resistance.adjuvant.rule, QStringLiteral("ER-A3"));
    Rx ongoing;
    ongoing.adjuvant(d("2021-01-01"), {}, kLetrozole).relapse(d("2024-09-01"));
    EXPECT_EQ(ongoing.assess(d("2024-10-01")).resistance.adjuvant.rule, QStringLiteral("ER-A2"));
    Rx chemo;
    chemo.adjuvant(d("2021-01-01"), d("2021-06-01"), {QStringLiteral("docetaxel")})
        .adjuvant(d("2021-07-01"), {}, {QStringLiteral("goserelin")})  // OFS alone is not ET
        .relapse(d("2021-09-01"));
    const auto a = chemo.assess(d("2021-10-01"));
    EXPECT_EQ(a.resistance.adjuvant.value, Resistance::Naive);
    EXPECT_EQ(a.resistance.adjuvant.rule, QStringLiteral("ER-A5"));
    EXPECT_EQ(a.resistance.overall, Resistance::Naive);
    EXPECT_EQ(a.resistance.rule, QStringLiteral("ER-A5"));
}

TEST(ResistanceRules, AnAdjuvantLineEndingAfterAsOfIsOngoing)
{
    // Letrozole recorded as ending 2025-01-01 (after as_of): on as_of it is ongoing, so the relapse is during it.
    Rx rx;
    rx.adjuvant(d("2020-01-01"), d("2025-01-01"), kLetrozole).relapse(d("2023-06-01"));
    EXPECT_EQ(rx.assess(d("2023-07-01")).resistance.adjuvant.rule, QStringLiteral("ER-A2"));
}

TEST(ResistanceRules, ErX1AmbiguousEarlyStop)
{
    auto early = [](StopReason stop, QDate end) {
        Rx rx;
        rx.adjuvant(d("2020-01-01"), end, {QStringLiteral("tamoxifen")}, stop).relapse(d("2022-09-01"));
        return resistanceFlags(rx.assess(d("2022-10-01")));
    };
    const QString flag = QStringLiteral("AMBIGUOUS_EARLY_STOP");
    EXPECT_TRUE(early(StopReason::Toxicity, d("2021-01-01")).contains(flag));       // ER-A4 after an early stop
    EXPECT_TRUE(early(StopReason::PatientChoice, d("2021-12-31")).contains(flag));  // ER-A3, one day before 24 months
    EXPECT_FALSE(early(StopReason::Toxicity, d("2022-01-01")).contains(flag));      // stopped at 24 months
    EXPECT_FALSE(early(StopReason::Completed, d("2021-01-01")).contains(flag));
    EXPECT_FALSE(early(StopReason::Other, d("2021-01-01")).contains(flag));
    // Only the last line of the period counts.
    Rx rx;
    rx.adjuvant(d("2020-01-01"), d("2020-06-01"), {QStringLiteral("tamoxifen")}, StopReason::Toxicity)
        .adjuvant(d("2020-07-01"), d("2021-06-01"), kLetrozole, StopReason::Completed)
        .relapse(d("2022-01-15"));
    EXPECT_FALSE(resistanceFlags(rx.assess(d("2022-02-01"))).contains(flag));
    // Not for ER-A1/A2 (relapse during the period).
    Rx during;
    during.adjuvant(d("2020-01-01"), d("2021-01-01"), kLetrozole, StopReason::Toxicity).relapse(d("2020-12-01"));
    EXPECT_FALSE(resistanceFlags(during.assess(d("2021-02-01"))).contains(flag));
}

TEST(ResistanceRules, ErX2CdkCaveatOnlyWithPdOnACdkLine)
{
    const QString flag = QStringLiteral("CDK46I_ERA_CAVEAT");
    EXPECT_TRUE(resistanceFlags(firstLineProgression(d("2021-01-01"))).contains(flag));
    Rx noPd;
    noPd.deNovo().advanced(d("2019-08-31"), {}, {QStringLiteral("letrozole"), QStringLiteral("palbociclib")});
    EXPECT_FALSE(resistanceFlags(noPd.assess(d("2021-01-01"))).contains(flag));
    Rx noCdk;
    noCdk.deNovo().advanced(d("2019-08-31"), d("2021-01-01"), kLetrozole, StopReason::Progression);
    const auto a = noCdk.assess(d("2021-02-01"));
    EXPECT_EQ(a.resistance.firstLine.rule, QStringLiteral("ER-M2"));
    EXPECT_FALSE(resistanceFlags(a).contains(flag));
}

TEST(ResistanceRules, FirstLineIsTheEarliestAdvancedEtLineOnly)
{
    Rx rx;
    rx.relapse(d("2022-01-01"))
        .advanced(d("2022-01-10"), d("2022-06-01"), {QStringLiteral("capecitabine")}, StopReason::Progression)
        .advanced(d("2022-06-10"), d("2022-08-01"), kLetrozole, StopReason::Toxicity)
        .advanced(d("2022-08-10"), d("2022-10-01"), {QStringLiteral("fulvestrant")}, StopReason::Progression);
    const auto a = rx.assess(d("2023-01-01"));
    EXPECT_EQ(a.resistance.firstLine.value, Resistance::NoProgression);
    EXPECT_EQ(a.resistance.firstLine.rule, QStringLiteral("ER-M0"));
    Rx none;
    none.relapse(d("2022-01-01")).advanced(d("2022-01-10"), {}, {QStringLiteral("capecitabine")});
    EXPECT_EQ(none.assess(d("2023-01-01")).resistance.firstLine.value, Resistance::None);
    EXPECT_TRUE(none.assess(d("2023-01-01")).resistance.firstLine.rule.isEmpty());
}

TEST(ResistanceRules, OverallPrecedence)
{
    // 1. ER-N wins over everything.
    Rx negative;
    negative.receptors(receptors("negative", 0, "0"))
        .adjuvant(d("2020-01-01"), {}, kLetrozole)
        .relapse(d("2020-06-01"));
    auto a = negative.assess(d("2020-07-01"));
    EXPECT_EQ(a.resistance.overall, Resistance::NotApplicable);
    EXPECT_EQ(a.resistance.rule, QStringLiteral("ER-N"));
    EXPECT_EQ(a.resistance.adjuvant.rule, QStringLiteral("ER-A1"));  // still computed
    // Unknown ER does not make it not applicable.
    Rx unknown;
    unknown.receptors(receptors("unknown", -1, "0")).adjuvant(d("2020-01-01"), {}, kLetrozole).relapse(d("2020-06-01"));
    EXPECT_EQ(unknown.assess(d("2020-07-01")).resistance.overall, Resistance::Primary);

    // 2. adjuvant secondary before first-line primary.
    Rx both;
    both.adjuvant(d("2016-01-01"), d("2021-01-01"), kLetrozole)
        .relapse(d("2021-06-01"))
        .advanced(d("2021-06-10"), d("2021-09-01"), {QStringLiteral("fulvestrant")}, StopReason::Progression);
    a = both.assess(d("2021-10-01"));
    EXPECT_EQ(a.resistance.overall, Resistance::Secondary);
    EXPECT_EQ(a.resistance.rule, QStringLiteral("ER-A3"));
    EXPECT_EQ(a.resistance.firstLine.rule, QStringLiteral("ER-M1"));

    // 3. sensitive at relapse, then primary on the first line: the first resistance that happened.
    Rx late;
    late.adjuvant(d("2010-01-01"), d("2015-01-01"), kLetrozole)
        .relapse(d("2021-06-01"))
        .advanced(d("2021-06-10"), d("2021-09-01"), {QStringLiteral("fulvestrant")}, StopReason::Progression);
    a = late.assess(d("2021-10-01"));
    EXPECT_EQ(a.resistance.overall, Resistance::Primary);
    EXPECT_EQ(a.resistance.rule, QStringLiteral("ER-M1"));
    EXPECT_EQ(a.resistance.adjuvant.value, Resistance::Sensitive);

    // 4. sensitive, no progression yet.
    Rx sensitive;
    sensitive.adjuvant(d("2010-01-01"), d("2015-01-01"), kLetrozole).relapse(d("2021-06-01"));
    a = sensitive.assess(d("2021-10-01"));
    EXPECT_EQ(a.resistance.overall, Resistance::Sensitive);
    EXPECT_EQ(a.resistance.rule, QStringLiteral("ER-A4"));

    // 5. de novo without progression: naive (ER-A0); the adjuvant class is null.
    Rx deNovo;
    deNovo.deNovo().advanced(d("2021-01-01"), {}, kLetrozole);
    a = deNovo.assess(d("2021-10-01"));
    EXPECT_EQ(a.resistance.overall, Resistance::Naive);
    EXPECT_EQ(a.resistance.rule, QStringLiteral("ER-A0"));
    EXPECT_EQ(a.resistance.adjuvant.value, Resistance::None);

    // 6. early disease, no relapse: not evaluable (ER-E).
    Rx early;
    early.adjuvant(d("2020-01-01"), {}, kLetrozole);
    a = early.assess(d("2021-10-01"));
    EXPECT_EQ(a.resistance.overall, Resistance::NotEvaluable);
    EXPECT_EQ(a.resistance.rule, QStringLiteral("ER-E"));
    EXPECT_EQ(a.resistance.adjuvant.value, Resistance::None);
    EXPECT_EQ(a.resistance.firstLine.value, Resistance::None);
}

TEST(ResistanceRules, ExplanationNamesTheDatesUsed)
{
    const auto a = relapseDuringAdjuvant(d("2022-03-15"));
    const Phrase& e = a.resistance.explanation;
    ASSERT_FALSE(e.isEmpty());
    EXPECT_TRUE(e.args.contains(Phrase::Arg(d("2022-03-15"))));  // relapse
    EXPECT_TRUE(e.args.contains(Phrase::Arg(d("2020-03-15"))));  // period start
    EXPECT_TRUE(e.args.contains(Phrase::Arg(d("2022-03-15"))));  // threshold
    const auto m = firstLineProgression(d("2020-02-28"));
    EXPECT_TRUE(m.resistance.explanation.args.contains(Phrase::Arg(d("2020-02-28"))));
    EXPECT_TRUE(m.resistance.explanation.args.contains(Phrase::Arg(d("2019-08-31"))));
}
