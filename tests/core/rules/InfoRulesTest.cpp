// SERD-INFO-1 (SERENA6_EVIDENCE) and PD_MARKER_ONLY (clinical-rules.md §4.4).
#include "tests/core/rules/RuleTestSupport.h"

using namespace onco;
using namespace onco::test;

namespace {

const QString kSerena = QStringLiteral("SERENA6_EVIDENCE");
const QStringList kAiCdk{QStringLiteral("letrozole"), QStringLiteral("palbociclib")};

/** De novo, first-line `drugs` from 2024-08-31, plasma ESR1 mutated on 2025-02-20. */
Rx serena(QStringList drugs = kAiCdk)
{
    Rx rx;
    rx.deNovo()
        .advanced(d("2024-08-31"), {}, std::move(drugs))
        .esr1(d("2025-02-20"), GeneticOutcome::Mutated, QStringLiteral("p.Y537S"));
    return rx;
}

bool info(const Rx& rx, QDate asOf)
{
    return rx.assess(asOf).infoCodes().contains(kSerena);
}

}  // namespace

TEST(InfoRules, Serena6OnFirstLineAiPlusCdkAfterSixMonths)
{
    // 2024-08-31 + 6 months = 2025-02-28.
    EXPECT_FALSE(info(serena(), d("2025-02-27")));
    EXPECT_TRUE(info(serena(), d("2025-02-28")));
    EXPECT_TRUE(info(serena(kAiCdk + QStringList{QStringLiteral("goserelin")}), d("2025-03-01")));  // OFS allowed
    // A bone agent in the same line is supportive (§0) and does not change what the line is.
    EXPECT_TRUE(info(serena(kAiCdk + QStringList{QStringLiteral("zoledronic acid")}), d("2025-03-01")));
    EXPECT_TRUE(
        info(serena(kAiCdk + QStringList{QStringLiteral("denosumab"), QStringLiteral("goserelin")}), d("2025-03-01")));
    const auto a = serena().assess(d("2025-03-01"));
    EXPECT_EQ(a.options.size(), 2);  // camizestrant is never an option card
    EXPECT_TRUE(a.evidence.contains(QStringLiteral("SERENA6")));
}

TEST(InfoRules, Serena6Conditions)
{
    const QDate asOf = d("2025-03-15");
    EXPECT_FALSE(info(serena({QStringLiteral("fulvestrant"), QStringLiteral("palbociclib")}), asOf));  // not an AI
    EXPECT_FALSE(info(serena({QStringLiteral("letrozole")}), asOf));                                   // no CDK4/6i
    EXPECT_FALSE(info(serena(kAiCdk + QStringList{QStringLiteral("everolimus")}), asOf));              // other drug
    Rx tissue;
    tissue.deNovo()
        .advanced(d("2024-08-31"), {}, kAiCdk)
        .esr1(d("2025-02-20"), GeneticOutcome::Mutated, QStringLiteral("p.Y537S"), Specimen::Tissue);
    EXPECT_FALSE(info(tissue, asOf));
    Rx before;  // collected before the line started
    before.deNovo()
        .advanced(d("2024-08-31"), {}, kAiCdk)
        .esr1(d("2024-08-30"), GeneticOutcome::Mutated, QStringLiteral("p.Y537S"));
    EXPECT_FALSE(info(before, asOf));
    Rx progressed = serena();
    progressed.progression(d("2025-03-01"));
    EXPECT_FALSE(info(progressed, asOf));
    Rx ended = serena();
    ended.record().therapies[0].end = d("2025-03-10");
    ended.record().therapies[0].stopReason = StopReason::Toxicity;
    EXPECT_FALSE(info(ended, asOf));
    // Not the first advanced ET line.
    Rx second;
    second.deNovo()
        .advanced(d("2024-01-01"), d("2024-08-30"), {QStringLiteral("fulvestrant")}, StopReason::Toxicity)
        .advanced(d("2024-08-31"), {}, kAiCdk)
        .esr1(d("2025-02-20"), GeneticOutcome::Mutated, QStringLiteral("p.Y537S"));
    EXPECT_FALSE(info(second, asOf));
}

TEST(InfoRules, MarkerOnlyProgression)
{
    Rx rx = serena();
    rx.progression(d("2025-03-01"), Evidence::TumorMarker);
    const auto a = rx.assess(d("2025-03-15"));
    EXPECT_TRUE(a.infoCodes().contains(QStringLiteral("PD_MARKER_ONLY")));
    EXPECT_TRUE(a.infoCodes().contains(kSerena));  // a marker rise is no progression
    EXPECT_FALSE(rx.assess(d("2025-02-28")).infoCodes().contains(QStringLiteral("PD_MARKER_ONLY")));
}
