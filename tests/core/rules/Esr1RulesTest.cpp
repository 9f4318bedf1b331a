// SERD-ESR1 and the ESR1 flags (clinical-rules.md §4.1); ESR1-1 and ESR1-2 (§5); HGVS codon parsing.
#include "core/rules/RuleFamilies.h"
#include "tests/core/rules/RuleTestSupport.h"

using namespace onco;
using namespace onco::test;

namespace {

const QString kEla = QStringLiteral("elacestrant");
const QString kIml = QStringLiteral("imlunestrant");

/** The option patient (latest progression 2025-09-01) with its ESR1 results replaced by `esr1`. */
rules::Assessment withEsr1(const std::function<void(Rx&)>& esr1)
{
    Rx rx = optionPatient();
    rx.record().genomics.removeIf([](const GeneticResult& g) { return g.gene == QLatin1String("ESR1"); });
    esr1(rx);
    return rx.assess(d("2025-10-01"));
}

QString esr1Status(const rules::Assessment& a)
{
    return criterionOf(a, kEla, QStringLiteral("SERD-ESR1"));
}

}  // namespace

TEST(Esr1Rules, HgvsCodonsInOneAndThreeLetterNotation)
{
    EXPECT_EQ(rules::hgvsCodons(QStringLiteral("p.Y537S")), QList<int>{537});
    EXPECT_EQ(rules::hgvsCodons(QStringLiteral("p.Tyr537Ser")), QList<int>{537});
    EXPECT_EQ(rules::hgvsCodons(QStringLiteral("p.(Asp538Gly)")), QList<int>{538});
    EXPECT_EQ(rules::hgvsCodons(QStringLiteral("D538G")), QList<int>{538});
    EXPECT_EQ(rules::hgvsCodons(QStringLiteral("p.E380Q")), QList<int>{380});
    EXPECT_EQ(rules::hgvsCodons(QStringLiteral("p.Leu536_Asp538del")), (QList<int>{536, 538}));
    EXPECT_EQ(rules::hgvsCodons(QStringLiteral("p.D538G, p.Y537S")), (QList<int>{538, 537}));
    EXPECT_TRUE(rules::hgvsCodons(QStringLiteral("c.1613A>G")).isEmpty());
    EXPECT_TRUE(rules::hgvsCodons(QStringLiteral("p.Xyz537Ser")).isEmpty());
    EXPECT_TRUE(rules::hgvsCodons(QStringLiteral("fusion")).isEmpty());
    EXPECT_TRUE(rules::hgvsCodons(QString()).isEmpty());
    EXPECT_FALSE(rules::inLigandBindingDomain(309));
    EXPECT_TRUE(rules::inLigandBindingDomain(310));
    EXPECT_TRUE(rules::inLigandBindingDomain(547));
    EXPECT_FALSE(rules::inLigandBindingDomain(548));
}

TEST(Esr1Rules, MutatedInTheDomainNamedOrNotAndOutside)
{
    auto a = withEsr1([](Rx& rx) { rx.esr1(d("2023-01-01"), GeneticOutcome::Mutated, QStringLiteral("p.Tyr537Ser")); });
    EXPECT_EQ(esr1Status(a), QStringLiteral("met"));  // valid whatever its date (before the progression)
    for (const char* flag :
         {"ESR1_VARIANT_NOT_RECORDED", "ESR1_VARIANT_REVIEW", "ESR1_DISCORDANT", "ESR1_WILD_TYPE", "ESR1_TISSUE_ONLY"})
        EXPECT_FALSE(flagsOf(a, kEla).contains(QLatin1String(flag))) << flag;
    EXPECT_FALSE(a.actionCodes().contains(QStringLiteral("ESR1_TEST_DUE")));
    EXPECT_FALSE(a.actionCodes().contains(QStringLiteral("ESR1_RETEST_DUE")));
    EXPECT_EQ(criterionOf(a, kIml, QStringLiteral("SERD-ESR1")), QStringLiteral("met"));
    a = withEsr1([](Rx& rx) { rx.esr1(d("2025-09-10"), GeneticOutcome::Mutated); });
    EXPECT_EQ(esr1Status(a), QStringLiteral("met"));
    EXPECT_TRUE(flagsOf(a, kEla).contains(QStringLiteral("ESR1_VARIANT_NOT_RECORDED")));
    a = withEsr1([](Rx& rx) { rx.esr1(d("2025-09-10"), GeneticOutcome::Mutated, QStringLiteral("p.S118P")); });
    EXPECT_EQ(esr1Status(a), QStringLiteral("unknown"));
    EXPECT_TRUE(flagsOf(a, kEla).contains(QStringLiteral("ESR1_VARIANT_REVIEW")));
    EXPECT_EQ(statusOf(a, kEla), QStringLiteral("needs_information"));
    a = withEsr1([](Rx& rx) { rx.esr1(d("2025-09-10"), GeneticOutcome::Mutated, QStringLiteral("c.1613A>G")); });
    EXPECT_EQ(esr1Status(a), QStringLiteral("unknown"));  // unreadable: reviewed, never assumed in the domain
    EXPECT_TRUE(flagsOf(a, kEla).contains(QStringLiteral("ESR1_VARIANT_REVIEW")));
}

TEST(Esr1Rules, NotDetectedAndCurrent)
{
    // Collected on the day of the latest progression: current.
    auto a = withEsr1([](Rx& rx) { rx.esr1(d("2025-09-01"), GeneticOutcome::NotDetected); });
    EXPECT_EQ(esr1Status(a), QStringLiteral("not_met"));
    EXPECT_TRUE(flagsOf(a, kEla).contains(QStringLiteral("ESR1_WILD_TYPE")));
    EXPECT_FALSE(flagsOf(a, kEla).contains(QStringLiteral("ESR1_TISSUE_ONLY")));
    EXPECT_EQ(statusOf(a, kEla), QStringLiteral("not_option"));
    EXPECT_FALSE(a.actionCodes().contains(QStringLiteral("ESR1_RETEST_DUE")));
    // From tissue: plasma would be more sensitive.
    a = withEsr1([](Rx& rx) { rx.esr1(d("2025-09-05"), GeneticOutcome::NotDetected, {}, Specimen::Tissue); });
    EXPECT_TRUE(flagsOf(a, kEla).contains(QStringLiteral("ESR1_TISSUE_ONLY")));
    EXPECT_TRUE(flagsOf(a, kIml).contains(QStringLiteral("ESR1_TISSUE_ONLY")));
    // The latest result is from tissue even though plasma was tested as well before it: still flagged (§4.1).
    a = withEsr1([](Rx& rx) {
        rx.esr1(d("2025-09-02"), GeneticOutcome::NotDetected, {}, Specimen::Plasma)
            .esr1(d("2025-09-05"), GeneticOutcome::NotDetected, {}, Specimen::Tissue);
    });
    EXPECT_EQ(esr1Status(a), QStringLiteral("not_met"));
    EXPECT_TRUE(flagsOf(a, kEla).contains(QStringLiteral("ESR1_TISSUE_ONLY")));
    // The latest from plasma: not flagged.
    a = withEsr1([](Rx& rx) {
        rx.esr1(d("2025-09-02"), GeneticOutcome::NotDetected, {}, Specimen::Tissue)
            .esr1(d("2025-09-05"), GeneticOutcome::NotDetected, {}, Specimen::Plasma);
    });
    EXPECT_FALSE(flagsOf(a, kEla).contains(QStringLiteral("ESR1_TISSUE_ONLY")));
    // Discordant with an earlier mutation.
    a = withEsr1([](Rx& rx) {
        rx.esr1(d("2024-06-10"), GeneticOutcome::Mutated, QStringLiteral("p.D538G"))
            .esr1(d("2025-09-05"), GeneticOutcome::NotDetected, {}, Specimen::Tissue);
    });
    EXPECT_EQ(esr1Status(a), QStringLiteral("unknown"));
    EXPECT_TRUE(flagsOf(a, kEla).contains(QStringLiteral("ESR1_DISCORDANT")));
    EXPECT_FALSE(flagsOf(a, kEla).contains(QStringLiteral("ESR1_WILD_TYPE")));
    EXPECT_FALSE(a.actionCodes().contains(QStringLiteral("ESR1_RETEST_DUE")));  // a mutation exists
}

TEST(Esr1Rules, NotCurrentAndIndeterminate)
{
    // One day before the latest progression: archival, not current.
    auto a = withEsr1([](Rx& rx) { rx.esr1(d("2025-08-31"), GeneticOutcome::NotDetected); });
    EXPECT_EQ(esr1Status(a), QStringLiteral("unknown"));
    EXPECT_TRUE(a.actionCodes().contains(QStringLiteral("ESR1_RETEST_DUE")));
    EXPECT_FALSE(a.actionCodes().contains(QStringLiteral("ESR1_TEST_DUE")));
    a = withEsr1([](Rx& rx) { rx.esr1(d("2025-08-31"), GeneticOutcome::Indeterminate); });
    EXPECT_EQ(esr1Status(a), QStringLiteral("unknown"));
    EXPECT_TRUE(a.actionCodes().contains(QStringLiteral("ESR1_RETEST_DUE")));
    a = withEsr1([](Rx& rx) { rx.esr1(d("2025-09-10"), GeneticOutcome::Indeterminate); });
    EXPECT_EQ(esr1Status(a), QStringLiteral("unknown"));
    EXPECT_TRUE(flagsOf(a, kEla).contains(QStringLiteral("ESR1_VARIANT_REVIEW")));
    EXPECT_TRUE(a.actionCodes().contains(QStringLiteral("ESR1_RETEST_DUE")));
    // None at all.
    a = withEsr1([](Rx&) {});
    EXPECT_EQ(esr1Status(a), QStringLiteral("unknown"));
    EXPECT_TRUE(a.actionCodes().contains(QStringLiteral("ESR1_TEST_DUE")));
    EXPECT_FALSE(a.actionCodes().contains(QStringLiteral("ESR1_RETEST_DUE")));
}

TEST(Esr1Rules, LatestResultAndItsRankOnTheSameDate)
{
    auto a = withEsr1([](Rx& rx) {
        rx.esr1(d("2025-09-10"), GeneticOutcome::NotDetected)
            .esr1(d("2025-09-10"), GeneticOutcome::Mutated, QStringLiteral("p.Y537S"));
    });
    EXPECT_EQ(esr1Status(a), QStringLiteral("met"));
    a = withEsr1([](Rx& rx) {
        rx.esr1(d("2025-09-10"), GeneticOutcome::NotDetected).esr1(d("2025-09-10"), GeneticOutcome::Indeterminate);
    });
    EXPECT_TRUE(flagsOf(a, kEla).contains(QStringLiteral("ESR1_VARIANT_REVIEW")));
    // A later result wins over an earlier mutation only when it is current and not detected (discordant).
    a = withEsr1([](Rx& rx) {
        rx.esr1(d("2025-09-12"), GeneticOutcome::Mutated, QStringLiteral("p.Y537S"))
            .esr1(d("2025-09-10"), GeneticOutcome::NotDetected);
    });
    EXPECT_EQ(esr1Status(a), QStringLiteral("met"));
    // Germline results do not count; neither do other genes.
    a = withEsr1([](Rx& rx) {
        rx.gene(d("2025-09-10"), QStringLiteral("ESR1"), GeneticOutcome::Mutated, Origin::Germline)
            .gene(d("2025-09-10"), QStringLiteral("PIK3CA"), GeneticOutcome::Mutated);
    });
    EXPECT_TRUE(a.actionCodes().contains(QStringLiteral("ESR1_TEST_DUE")));
}

TEST(Esr1Rules, WithoutAnyProgressionEveryResultIsCurrent)
{
    Rx rx;
    rx.deNovo()
        .advanced(d("2024-01-01"), {}, {QStringLiteral("letrozole")})
        .esr1(d("2023-12-01"), GeneticOutcome::NotDetected);
    const auto a = rx.assess(d("2024-06-01"));
    EXPECT_EQ(esr1Status(a), QStringLiteral("not_met"));
    EXPECT_TRUE(flagsOf(a, kEla).contains(QStringLiteral("ESR1_WILD_TYPE")));
}

TEST(Esr1Rules, StateInOneWord)
{
    using rules::Esr1State;
    struct Case
    {
        std::function<void(Rx&)> esr1;
        Esr1State state;
    };
    const Case cases[] = {
        {[](Rx&) {}, Esr1State::None},
        {[](Rx& rx) { rx.esr1(d("2023-01-01"), GeneticOutcome::Mutated, QStringLiteral("p.D538G")); },
         Esr1State::Mutated},
        {[](Rx& rx) { rx.esr1(d("2025-09-10"), GeneticOutcome::Mutated); }, Esr1State::Mutated},
        {[](Rx& rx) { rx.esr1(d("2025-09-10"), GeneticOutcome::Mutated, QStringLiteral("p.S118P")); },
         Esr1State::Review},
        {[](Rx& rx) { rx.esr1(d("2025-09-10"), GeneticOutcome::NotDetected); }, Esr1State::NotDetected},
        {[](Rx& rx) {
             rx.esr1(d("2024-01-01"), GeneticOutcome::Mutated, QStringLiteral("p.D538G"))
                 .esr1(d("2025-09-10"), GeneticOutcome::NotDetected);
         },
         Esr1State::Discordant},
        {[](Rx& rx) { rx.esr1(d("2025-08-01"), GeneticOutcome::NotDetected); }, Esr1State::NotCurrent},
        {[](Rx& rx) { rx.esr1(d("2025-09-10"), GeneticOutcome::Indeterminate); }, Esr1State::Indeterminate},
    };
    for (const Case& c : cases) {
        const auto a = withEsr1(c.esr1);
        EXPECT_EQ(a.esr1, c.state) << int(c.state);
        EXPECT_EQ(a.esr1Date.isValid(), c.state != Esr1State::None);
    }
}
