// Testing prompts (clinical-rules.md §5): trigger T, each action firing and not firing, order and de-duplication.
#include "core/rules/Codes.h"
#include "tests/core/rules/RuleTestSupport.h"

using namespace onco;
using namespace onco::test;

namespace {

const QDate kAsOf = d("2025-10-01");

/** The option patient without any genetic result: T holds, every test is due. */
Rx untested()
{
    Rx rx = optionPatient();
    rx.record().genomics.clear();
    return rx;
}

}  // namespace

TEST(ActionRules, AllTestingPromptsInTableOrder)
{
    // ESR1-1, PIK3-1, BRCA-1, HER2-1 (IHC 2+ without ISH) and MENO-2, in the order of the §5 table.
    Rx rx = untested();
    rx.receptors(receptors("positive", 90, "2+")).premenopausal();
    const auto a = rx.assess(kAsOf);
    EXPECT_EQ(a.actionCodes(), (QStringList{QStringLiteral("ESR1_TEST_DUE"), QStringLiteral("PIK3CA_TEST_DUE"),
                                            QStringLiteral("GERMLINE_BRCA_TEST_DUE"), QStringLiteral("HER2_ISH_NEEDED"),
                                            QStringLiteral("CONSIDER_OFS")}));
    // Raised by both cards, listed once.
    EXPECT_EQ(a.actions.size(), 5);
    Rx unknownStatus = untested();
    unknownStatus.menopause(MenopausalStatus::Unrecorded).born(d("1980-01-01"));
    EXPECT_EQ(unknownStatus.assess(kAsOf).actionCodes().last(), QStringLiteral("CONFIRM_MENOPAUSAL_STATUS"));
}

TEST(ActionRules, TriggerTNeedsErPositiveHer2NotPositiveAdvancedAndPriorEt)
{
    auto actions = [](const std::function<void(Rx&)>& change) {
        Rx rx = untested();
        change(rx);
        return rx.assess(kAsOf).actionCodes();
    };
    const QString esr1 = QStringLiteral("ESR1_TEST_DUE");
    const QString pik3 = QStringLiteral("PIK3CA_TEST_DUE");
    const QString brca = QStringLiteral("GERMLINE_BRCA_TEST_DUE");
    EXPECT_TRUE(actions([](Rx&) {}).contains(esr1));
    // ER negative: no T, BRCA-1 still.
    auto codes = actions([](Rx& rx) { rx.receptors(receptors("negative", 0, "1+")); });
    EXPECT_FALSE(codes.contains(esr1));
    EXPECT_FALSE(codes.contains(pik3));
    EXPECT_TRUE(codes.contains(brca));
    // ER unknown: no T.
    EXPECT_FALSE(actions([](Rx& rx) { rx.receptors(receptors("unknown", -1, "1+")); }).contains(esr1));
    // HER2 positive: neither T nor BRCA-1.
    codes = actions([](Rx& rx) { rx.receptors(receptors("positive", 90, "3+")); });
    EXPECT_FALSE(codes.contains(esr1));
    EXPECT_FALSE(codes.contains(brca));
    // HER2 unknown is "not positive".
    codes = actions([](Rx& rx) { rx.receptors(receptors("positive", 90, "")); });
    EXPECT_TRUE(codes.contains(esr1));
    EXPECT_TRUE(codes.contains(brca));
    // No SERD-PRIOR: sensitive relapse, no PD yet.
    Rx sensitive;
    sensitive.adjuvant(d("2010-01-01"), d("2015-01-01"), {QStringLiteral("letrozole")}).relapse(d("2025-06-01"));
    codes = sensitive.assess(kAsOf).actionCodes();
    EXPECT_FALSE(codes.contains(esr1));
    EXPECT_FALSE(codes.contains(pik3));
    EXPECT_TRUE(codes.contains(brca));
    // Not advanced: nothing.
    Rx early;
    early.adjuvant(d("2024-01-01"), {}, {QStringLiteral("letrozole")});
    EXPECT_TRUE(early.assess(kAsOf).actionCodes().isEmpty());
}

TEST(ActionRules, ResultsOnFileSilenceTheirPrompts)
{
    // PIK3-1 (any somatic PIK3CA result) and BRCA-1 (a germline BRCA1 or BRCA2 result, either one).
    Rx rx = untested();
    rx.gene(d("2020-01-01"), QStringLiteral("PIK3CA"), GeneticOutcome::NotDetected)  // any date counts
        .gene(d("2020-01-01"), QStringLiteral("BRCA2"), GeneticOutcome::NotDetected, Origin::Germline);
    auto codes = rx.assess(kAsOf).actionCodes();
    EXPECT_FALSE(codes.contains(QStringLiteral("PIK3CA_TEST_DUE")));
    EXPECT_FALSE(codes.contains(QStringLiteral("GERMLINE_BRCA_TEST_DUE")));
    // A somatic BRCA result is not a germline one; a germline PIK3CA result is not a PIK3CA test of the tumour.
    Rx other = untested();
    other.gene(d("2020-01-01"), QStringLiteral("BRCA1"), GeneticOutcome::NotDetected, Origin::Somatic)
        .gene(d("2020-01-01"), QStringLiteral("PIK3CA"), GeneticOutcome::NotDetected, Origin::Germline);
    codes = other.assess(kAsOf).actionCodes();
    EXPECT_TRUE(codes.contains(QStringLiteral("GERMLINE_BRCA_TEST_DUE")));
    EXPECT_TRUE(codes.contains(QStringLiteral("PIK3CA_TEST_DUE")));
    // Results dated after as_of do not count yet.
    Rx later = untested();
    later.gene(d("2025-10-02"), QStringLiteral("PIK3CA"), GeneticOutcome::NotDetected);
    EXPECT_TRUE(later.assess(kAsOf).actionCodes().contains(QStringLiteral("PIK3CA_TEST_DUE")));
}

TEST(ActionRules, EveryActionHasASentence)
{
    Rx rx = untested();
    rx.receptors(receptors("positive", 90, "2+")).premenopausal();
    for (const auto& n : rx.assess(kAsOf).actions) {
        EXPECT_FALSE(n.text.isEmpty()) << n.code.toStdString();
        EXPECT_FALSE(rules::describeCode(n.code).isEmpty()) << n.code.toStdString();
    }
}

TEST(ActionRules, Her2IshOnlyForIhc2PlusWithoutIsh)
{
    // HER2-1 looks at the current HER2 only, advanced or not.
    auto her2 = [](const char* ihc, const char* ish) {
        Rx rx;
        rx.receptors(receptors("positive", 90, ihc, ish));
        return rx.assess(kAsOf).actionCodes().contains(QStringLiteral("HER2_ISH_NEEDED"));
    };
    EXPECT_TRUE(her2("2+", ""));
    EXPECT_TRUE(her2("2+", "not_done"));
    EXPECT_FALSE(her2("2+", "negative"));
    EXPECT_FALSE(her2("2+", "positive"));
    EXPECT_FALSE(her2("1+", ""));
    EXPECT_FALSE(her2("3+", ""));
}
