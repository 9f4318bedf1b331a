// The option flags of clinical-rules.md §4.3, each firing and not firing.
#include "core/rules/Codes.h"
#include "tests/core/rules/RuleTestSupport.h"

using namespace onco;
using namespace onco::test;

namespace {

const QString kEla = QStringLiteral("elacestrant");
const QString kIml = QStringLiteral("imlunestrant");
const QDate kAsOf = d("2025-10-01");

bool has(const rules::Assessment& a, const QString& drug, const char* flag)
{
    return flagsOf(a, drug).contains(QLatin1String(flag));
}

}  // namespace

TEST(OptionFlags, Cyp3a4InteractionsPerDrugAndJurisdiction)
{
    Rx rx = optionPatient();
    rx.medication(QStringLiteral("克拉霉素片"), d("2025-09-20"))
        .medication(QStringLiteral("atorvastatin"), d("2025-01-01"))
        .medication(QStringLiteral("rifampicin"), d("2025-01-01"), d("2025-09-30"));  // ended before as_of
    auto a = rx.assess(kAsOf);
    EXPECT_TRUE(has(a, kEla, "DDI_CYP3A4"));
    EXPECT_TRUE(has(a, kEla, "DDI_UNCHECKED"));  // atorvastatin is not on the list
    EXPECT_TRUE(has(a, kIml, "DDI_UNCHECKED"));
    EXPECT_FALSE(has(a, kIml, "DDI_CYP3A4"));
    int cyp = 0;
    for (const auto& n : a.option(kEla)->flags)
        cyp += n.code == QLatin1String("DDI_CYP3A4");
    EXPECT_EQ(cyp, 1);  // rifampicin stopped before as_of
    // The text depends on the jurisdiction (FDA: avoid; EU: 86 mg / 172 mg).
    auto text = [&](Jurisdiction j) {
        for (const auto& n : rx.assess(kAsOf, j).option(kEla)->flags)
            if (n.code == QLatin1String("DDI_CYP3A4"))
                return std::get<Localized>(n.text.args.last()).en;
        return QString();
    };
    EXPECT_TRUE(text(Jurisdiction::UsFda).contains(QStringLiteral("avoid")));
    EXPECT_FALSE(text(Jurisdiction::UsFda).contains(QStringLiteral("86 mg")));
    EXPECT_TRUE(text(Jurisdiction::EuEma).contains(QStringLiteral("86 mg")));
    EXPECT_TRUE(text(Jurisdiction::EuEma).contains(QStringLiteral("172 mg")));
    // No medication at all: nothing to check.
    a = optionPatient().assess(kAsOf);
    EXPECT_FALSE(has(a, kEla, "DDI_CYP3A4"));
    EXPECT_FALSE(has(a, kEla, "DDI_UNCHECKED"));
    EXPECT_FALSE(has(a, kIml, "DDI_UNCHECKED"));
}

TEST(OptionFlags, PriorCdk46iFlags)
{
    Rx none;
    none.adjuvant(d("2018-02-01"), d("2022-02-01"), {QStringLiteral("letrozole")})
        .relapse(d("2024-06-01"))
        .advanced(d("2024-06-15"), d("2025-09-01"), {QStringLiteral("fulvestrant")}, StopReason::Progression)
        .tested(d("2025-09-10"));
    EXPECT_TRUE(has(none.assess(kAsOf), kEla, "NO_PRIOR_CDK46I"));
    EXPECT_FALSE(has(none.assess(kAsOf, Jurisdiction::EuEma), kEla, "NO_PRIOR_CDK46I"));
    EXPECT_FALSE(has(none.assess(kAsOf, Jurisdiction::CnNmpa), kEla, "NO_PRIOR_CDK46I"));
    EXPECT_FALSE(has(none.assess(kAsOf), kIml, "NO_PRIOR_CDK46I"));
    EXPECT_FALSE(has(none.assess(kAsOf), kEla, "CDK46I_ADJUVANT_ONLY"));
    EXPECT_FALSE(has(optionPatient().assess(kAsOf), kEla, "NO_PRIOR_CDK46I"));

    Rx adjuvantOnly;
    adjuvantOnly
        .adjuvant(d("2018-02-01"), d("2022-02-01"), {QStringLiteral("letrozole"), QStringLiteral("abemaciclib")})
        .relapse(d("2024-06-01"))
        .advanced(d("2024-06-15"), d("2025-09-01"), {QStringLiteral("fulvestrant")}, StopReason::Progression)
        .tested(d("2025-09-10"));
    auto a = adjuvantOnly.assess(kAsOf, Jurisdiction::EuEma);
    EXPECT_TRUE(has(a, kEla, "CDK46I_ADJUVANT_ONLY"));
    EXPECT_EQ(criterionOf(a, kEla, QStringLiteral("SERD-CDK")), QStringLiteral("met"));
    EXPECT_FALSE(has(a, kIml, "CDK46I_ADJUVANT_ONLY"));
    EXPECT_FALSE(has(optionPatient().assess(kAsOf), kEla, "CDK46I_ADJUVANT_ONLY"));
}

TEST(OptionFlags, CurrentLineNotProgressed)
{
    Rx rx = optionPatient();
    rx.advanced(d("2025-09-05"), {}, {QStringLiteral("fulvestrant"), QStringLiteral("abemaciclib")});
    auto a = rx.assess(kAsOf);
    EXPECT_TRUE(has(a, kEla, "CURRENT_LINE_NOT_PROGRESSED"));
    EXPECT_TRUE(has(a, kIml, "CURRENT_LINE_NOT_PROGRESSED"));
    EXPECT_EQ(statusOf(a, kEla), QStringLiteral("option"));  // informational only
    // Started on the day of the latest progression: the progression belongs to the old line, this one is after it.
    rx = optionPatient();
    rx.advanced(d("2025-09-01"), {}, {QStringLiteral("fulvestrant")});
    EXPECT_TRUE(has(rx.assess(kAsOf), kEla, "CURRENT_LINE_NOT_PROGRESSED"));
    // Started before it (and still running without PD on it): not the line after the progression.
    rx = optionPatient();
    rx.advanced(d("2025-08-31"), {}, {QStringLiteral("zoledronic acid"), QStringLiteral("capecitabine")});
    EXPECT_FALSE(has(rx.assess(kAsOf), kEla, "CURRENT_LINE_NOT_PROGRESSED"));
    // Already progressed, or containing the drug itself, or supportive, or not active: no flag.
    rx = optionPatient();
    rx.advanced(d("2025-09-05"), {}, {QStringLiteral("fulvestrant")}).progression(d("2025-09-28"));
    EXPECT_FALSE(has(rx.assess(kAsOf), kEla, "CURRENT_LINE_NOT_PROGRESSED"));
    rx = optionPatient();
    rx.advanced(d("2025-09-05"), {}, {QStringLiteral("elacestrant")});
    a = rx.assess(kAsOf);
    EXPECT_FALSE(has(a, kEla, "CURRENT_LINE_NOT_PROGRESSED"));
    EXPECT_TRUE(has(a, kEla, "ALREADY_ON"));
    EXPECT_TRUE(has(a, kIml, "CURRENT_LINE_NOT_PROGRESSED"));
    EXPECT_FALSE(has(a, kIml, "ALREADY_ON"));
    rx = optionPatient();
    rx.advanced(d("2025-09-05"), {}, {QStringLiteral("zoledronic acid")});
    EXPECT_FALSE(has(rx.assess(kAsOf), kEla, "CURRENT_LINE_NOT_PROGRESSED"));
    rx = optionPatient();
    rx.advanced(d("2025-09-05"), d("2025-09-20"), {QStringLiteral("fulvestrant")}, StopReason::Toxicity);
    EXPECT_FALSE(has(rx.assess(kAsOf), kEla, "CURRENT_LINE_NOT_PROGRESSED"));
}

TEST(OptionFlags, CurrentLineNotProgressedNeedsALatestProgression)
{
    // De novo metastatic, first advanced line running, never progressed: no latest progression, so the options are
    // not "for the next change" of anything (clarified 2026-12-04).
    Rx rx;
    rx.deNovo().advanced(d("2025-03-01"), {}, {QStringLiteral("letrozole"), QStringLiteral("palbociclib")});
    const auto a = rx.assess(kAsOf);
    EXPECT_FALSE(has(a, kEla, "CURRENT_LINE_NOT_PROGRESSED"));
    EXPECT_FALSE(has(a, kIml, "CURRENT_LINE_NOT_PROGRESSED"));
    // The same line after a progression of an earlier one: flagged.
    Rx after;
    after.deNovo()
        .advanced(d("2023-03-01"), d("2025-02-20"), {QStringLiteral("anastrozole")}, StopReason::Progression)
        .advanced(d("2025-03-01"), {}, {QStringLiteral("letrozole"), QStringLiteral("palbociclib")});
    EXPECT_TRUE(has(after.assess(kAsOf), kEla, "CURRENT_LINE_NOT_PROGRESSED"));
}

TEST(OptionFlags, EmeraldPostHocCountsPriorLinesOnly)
{
    // The ET + CDK4/6 line that lasted >= 12 months is the one that progressed: it counts.
    Rx prior;
    prior.adjuvant(d("2016-02-01"), d("2021-02-01"), {QStringLiteral("letrozole")})
        .relapse(d("2022-06-01"))
        .advanced(d("2022-06-15"), d("2025-08-30"), {QStringLiteral("letrozole"), QStringLiteral("palbociclib")},
                  StopReason::Progression)
        .esr1(d("2025-09-10"), GeneticOutcome::Mutated, QStringLiteral("p.D538G"));
    EXPECT_TRUE(has(prior.assess(kAsOf), kEla, "EMERALD_POSTHOC_FAVORABLE"));
    // Only a current (started after the latest progression) ET + CDK4/6 line of >= 12 months: it does not count.
    Rx current;
    current.adjuvant(d("2016-02-01"), d("2021-02-01"), {QStringLiteral("letrozole")})
        .relapse(d("2023-06-01"))
        .advanced(d("2023-06-15"), {}, {QStringLiteral("fulvestrant"), QStringLiteral("abemaciclib")})
        .esr1(d("2025-09-10"), GeneticOutcome::Mutated, QStringLiteral("p.D538G"));
    EXPECT_FALSE(has(current.assess(kAsOf), kEla, "EMERALD_POSTHOC_FAVORABLE"));
}

TEST(OptionFlags, AlreadyOn)
{
    Rx rx = optionPatient();
    rx.advanced(d("2025-09-05"), d("2025-10-01"), {QStringLiteral("elacestrant")}, StopReason::Toxicity);
    EXPECT_TRUE(has(rx.assess(kAsOf), kEla, "ALREADY_ON"));  // ends on as_of: still active
    EXPECT_FALSE(has(rx.assess(d("2025-10-02")), kEla, "ALREADY_ON"));
    EXPECT_FALSE(has(rx.assess(d("2025-09-04")), kEla, "ALREADY_ON"));
}

TEST(OptionFlags, ApprovalFlags)
{
    const Rx rx = optionPatient();
    // US-FDA: both approved and verified.
    auto a = rx.assess(kAsOf);
    for (const QString& drug : {kEla, kIml}) {
        EXPECT_FALSE(has(a, drug, "NOT_APPROVED_IN_JURISDICTION"));
        EXPECT_FALSE(has(a, drug, "APPROVAL_UNVERIFIED"));
    }
    // Imlunestrant's FDA approval on 2025-09-25: not yet on the day before.
    EXPECT_TRUE(has(rx.assess(d("2025-09-24")), kIml, "NOT_APPROVED_IN_JURISDICTION"));
    EXPECT_FALSE(has(rx.assess(d("2025-09-25")), kIml, "NOT_APPROVED_IN_JURISDICTION"));
    // HK: elacestrant listed without a date (approved, unverified); imlunestrant none.
    a = rx.assess(kAsOf, Jurisdiction::Hk);
    EXPECT_FALSE(has(a, kEla, "NOT_APPROVED_IN_JURISDICTION"));
    EXPECT_TRUE(has(a, kEla, "APPROVAL_UNVERIFIED"));
    EXPECT_TRUE(has(a, kIml, "NOT_APPROVED_IN_JURISDICTION"));
    EXPECT_FALSE(has(a, kIml, "APPROVAL_UNVERIFIED"));
    // CN-NMPA: elacestrant none; imlunestrant from 2026-06-22, unverified.
    a = rx.assess(d("2026-06-22"), Jurisdiction::CnNmpa);
    EXPECT_TRUE(has(a, kEla, "NOT_APPROVED_IN_JURISDICTION"));
    EXPECT_FALSE(has(a, kEla, "APPROVAL_UNVERIFIED"));
    EXPECT_FALSE(has(a, kIml, "NOT_APPROVED_IN_JURISDICTION"));
    EXPECT_TRUE(has(a, kIml, "APPROVAL_UNVERIFIED"));
    EXPECT_TRUE(has(rx.assess(d("2026-06-21"), Jurisdiction::CnNmpa), kIml, "NOT_APPROVED_IN_JURISDICTION"));
    // The status is still evaluated.
    EXPECT_EQ(statusOf(rx.assess(kAsOf, Jurisdiction::CnNmpa), kEla), QStringLiteral("option"));
    EXPECT_EQ(a.option(kIml)->approvalDate, d("2026-06-22"));
    EXPECT_EQ(a.option(kIml)->approvalLastVerified, d("2026-12-07"));
}

TEST(OptionFlags, EmeraldPostHocNeedsEsr1AndTwelveMonthsOfCdk)
{
    // The option patient's letrozole + palbociclib ran 2024-06-15 to 2025-09-01 (>= 12 months), ESR1 mutated.
    EXPECT_TRUE(has(optionPatient().assess(kAsOf), kEla, "EMERALD_POSTHOC_FAVORABLE"));
    EXPECT_FALSE(has(optionPatient().assess(kAsOf), kIml, "EMERALD_POSTHOC_FAVORABLE"));
    auto lasting = [](QDate end) {
        Rx rx;
        rx.deNovo()
            .advanced(d("2024-06-15"), end, {QStringLiteral("letrozole"), QStringLiteral("palbociclib")},
                      StopReason::Progression)
            .tested(end.addDays(5));
        return has(rx.assess(end.addDays(10)), QStringLiteral("elacestrant"), "EMERALD_POSTHOC_FAVORABLE");
    };
    EXPECT_FALSE(lasting(d("2025-06-14")));
    EXPECT_TRUE(lasting(d("2025-06-15")));
    // A prior line still running (it progressed but was not stopped) counts up to as_of.
    Rx ongoing;
    ongoing.deNovo()
        .advanced(d("2024-06-15"), {}, {QStringLiteral("letrozole"), QStringLiteral("palbociclib")})
        .progression(d("2024-12-20"))
        .tested(d("2025-01-01"));
    EXPECT_TRUE(has(ongoing.assess(d("2025-06-15")), kEla, "EMERALD_POSTHOC_FAVORABLE"));
    EXPECT_FALSE(has(ongoing.assess(d("2025-06-14")), kEla, "EMERALD_POSTHOC_FAVORABLE"));
    // The same line without any progression is the current line, not a prior one: never (clarified 2026-12-04).
    Rx first;
    first.deNovo()
        .advanced(d("2024-06-15"), {}, {QStringLiteral("letrozole"), QStringLiteral("palbociclib")})
        .tested(d("2025-01-01"));
    EXPECT_FALSE(has(first.assess(d("2025-06-15")), kEla, "EMERALD_POSTHOC_FAVORABLE"));
    // Without SERD-ESR1 met: never.
    Rx wt = optionPatient();
    wt.record().genomics[0].result = GeneticOutcome::NotDetected;
    wt.record().genomics[0].variant.clear();
    EXPECT_FALSE(has(wt.assess(kAsOf), kEla, "EMERALD_POSTHOC_FAVORABLE"));
}

TEST(OptionFlags, FlagsAreComputedOnNotOptionCardsToo)
{
    Rx rx = optionPatient();
    rx.visceralCrisis().advanced(d("2025-09-05"), {}, {QStringLiteral("elacestrant")});
    const auto a = rx.assess(kAsOf);
    EXPECT_EQ(statusOf(a, kEla), QStringLiteral("not_option"));
    EXPECT_TRUE(has(a, kEla, "ALREADY_ON"));
    EXPECT_TRUE(has(a, kEla, "EMERALD_POSTHOC_FAVORABLE"));
}

TEST(OptionFlags, EvidenceShownWithTheCards)
{
    auto a = optionPatient().assess(kAsOf);
    EXPECT_TRUE(a.option(kEla)->evidence.contains(QStringLiteral("EMERALD_ESR1M")));
    EXPECT_TRUE(a.option(kEla)->evidence.contains(QStringLiteral("EMERALD_POSTHOC")));
    EXPECT_FALSE(a.option(kEla)->evidence.contains(QStringLiteral("EMERALD_ESR1WT")));
    EXPECT_TRUE(a.option(kIml)->evidence.contains(QStringLiteral("EMBER3_ESR1M")));
    Rx wt = optionPatient();
    wt.record().genomics[0].result = GeneticOutcome::NotDetected;
    a = wt.assess(kAsOf);
    EXPECT_TRUE(a.option(kEla)->evidence.contains(QStringLiteral("EMERALD_ESR1WT")));
    EXPECT_TRUE(a.option(kIml)->evidence.contains(QStringLiteral("EMBER3_ESR1WT")));
}
