// RCPT-1, ER/HER2 status, ER_LOW, RECEPTOR_DISCORDANCE (clinical-rules.md §3).
#include "core/rules/RuleFamilies.h"
#include "tests/core/rules/RuleTestSupport.h"

using namespace onco;
using namespace onco::test;
using rules::Polarity;

TEST(ReceptorRules, ErFromCategoryAndPercent)
{
    EXPECT_EQ(rules::erPolarity(receptors("positive", 90, "")), Polarity::Positive);
    EXPECT_EQ(rules::erPolarity(receptors("positive", -1, "")), Polarity::Positive);
    EXPECT_EQ(rules::erPolarity(receptors("", 1, "")), Polarity::Positive);
    EXPECT_EQ(rules::erPolarity(receptors("", 0.5, "")), Polarity::Negative);
    EXPECT_EQ(rules::erPolarity(receptors("negative", -1, "")), Polarity::Negative);
    EXPECT_EQ(rules::erPolarity(receptors("negative", 0, "")), Polarity::Negative);
    EXPECT_EQ(rules::erPolarity(receptors("negative", 40, "")), Polarity::Unknown);  // they disagree
    EXPECT_EQ(rules::erPolarity(receptors("positive", 0, "")), Polarity::Unknown);
    EXPECT_EQ(rules::erPolarity(receptors("unknown", 40, "")), Polarity::Unknown);
    EXPECT_EQ(rules::erPolarity(receptors("", -1, "")), Polarity::Unknown);
}

TEST(ReceptorRules, Her2Categories)
{
    using rules::Her2Category;
    struct Case
    {
        const char* ihc;
        const char* ish;
        Polarity polarity;
        Her2Category category;
    };
    const Case cases[] = {
        {"0", "", Polarity::Negative, Her2Category::Zero},
        {"ultralow", "", Polarity::Negative, Her2Category::Ultralow},
        {"1+", "not_done", Polarity::Negative, Her2Category::Low},
        {"2+", "negative", Polarity::Negative, Her2Category::Low},
        {"2+", "not_done", Polarity::Unknown, Her2Category::Unknown},
        {"2+", "", Polarity::Unknown, Her2Category::Unknown},
        {"2+", "positive", Polarity::Positive, Her2Category::Positive},
        {"3+", "", Polarity::Positive, Her2Category::Positive},
        {"3+", "negative", Polarity::Positive, Her2Category::Positive},
        {"0", "positive", Polarity::Positive, Her2Category::Positive},
        {"unknown", "negative", Polarity::Unknown, Her2Category::Unknown},
        {"", "", Polarity::Unknown, Her2Category::Unknown},
    };
    for (const Case& c : cases) {
        const Receptors r = receptors("", -1, c.ihc, c.ish);
        EXPECT_EQ(rules::her2Polarity(r), c.polarity) << c.ihc << " " << c.ish;
        EXPECT_EQ(rules::her2Category(r), c.category) << c.ihc << " " << c.ish;
    }
}

TEST(ReceptorRules, EachReceptorIsASetFromTheLatestSpecimen)
{
    Rx rx;
    rx.receptors(receptors("positive", 90, "2+", "negative"))
        .biopsy(d("2022-03-01"), receptors("negative", -1, "2+"))  // ER and HER2 reported, no ISH
        .biopsy(d("2021-01-01"), receptors("", -1, ""));           // earlier and reports nothing
    rx.record().biopsies[1].receptors.pr = ReceptorStatus::Positive;
    const auto a = rx.assess(d("2023-01-01"));
    EXPECT_EQ(a.receptors.er, Polarity::Negative);
    EXPECT_FALSE(a.receptors.erPercent.has_value());  // the diagnosis's 90 % is not carried over
    EXPECT_EQ(a.receptors.her2, Polarity::Unknown);   // its ISH negative is not carried over either
    EXPECT_TRUE(a.receptors.her2IshNeeded);
    EXPECT_EQ(a.receptors.erSource->entity, rules::RecordRef::Entity::Biopsy);
    EXPECT_EQ(a.receptors.erSource->index, 0);
    EXPECT_EQ(a.receptors.prSource->index, 1);  // PR from the only specimen that reports it after the diagnosis
    EXPECT_TRUE(a.actionCodes().contains(QStringLiteral("HER2_ISH_NEEDED")));
    EXPECT_TRUE(rules::codesOf(a.receptorFlags).contains(QStringLiteral("RECEPTOR_DISCORDANCE")));
}

TEST(ReceptorRules, Discordance)
{
    auto flags = [](Receptors dx, Receptors biopsy) {
        Rx rx;
        rx.receptors(dx).biopsy(d("2022-03-01"), biopsy);
        return rules::codesOf(rx.assess(d("2023-01-01")).receptorFlags);
    };
    const QString flag = QStringLiteral("RECEPTOR_DISCORDANCE");
    EXPECT_TRUE(flags(receptors("positive", 80, "1+"), receptors("negative", 0, "1+")).contains(flag));
    EXPECT_TRUE(flags(receptors("positive", 80, "1+"), receptors("positive", 80, "3+")).contains(flag));
    EXPECT_TRUE(flags(receptors("positive", 80, "3+"), receptors("positive", 80, "0")).contains(flag));
    EXPECT_FALSE(
        flags(receptors("positive", 80, "1+"), receptors("positive", 5, "0")).contains(flag));  // ER-high -> low
    EXPECT_FALSE(flags(receptors("positive", 80, "1+"), receptors("unknown", -1, "2+")).contains(flag));  // unknown
    EXPECT_FALSE(flags(receptors("", -1, ""), receptors("negative", 0, "3+")).contains(flag));  // diagnosis unknown
    EXPECT_FALSE(
        flags(receptors("positive", 80, "0"), receptors("positive", 70, "1+")).contains(flag));  // both negative
}

TEST(ReceptorRules, ErLowFrom1To10PercentInclusive)
{
    auto erLow = [](double percent) {
        Rx p = optionPatient();
        p.receptors(receptors("positive", percent, "1+"));
        const auto a = p.assess(d("2025-10-01"));
        const bool receptorFlag = rules::codesOf(a.receptorFlags).contains(QStringLiteral("ER_LOW"));
        // The flag goes on every option card too, and never changes the status.
        EXPECT_EQ(flagsOf(a, QStringLiteral("elacestrant")).contains(QStringLiteral("ER_LOW")), receptorFlag);
        EXPECT_EQ(flagsOf(a, QStringLiteral("imlunestrant")).contains(QStringLiteral("ER_LOW")), receptorFlag);
        if (percent >= 1) {
            EXPECT_EQ(statusOf(a, QStringLiteral("elacestrant")), QStringLiteral("option"));
        }
        return receptorFlag;
    };
    EXPECT_FALSE(erLow(0.5));
    EXPECT_TRUE(erLow(1));
    EXPECT_TRUE(erLow(10));
    EXPECT_FALSE(erLow(10.5));
    EXPECT_FALSE(erLow(90));
}

TEST(ReceptorRules, AnExplicitUnknownIsAReportAndDoesNotFallBackToAnOlderSpecimen)
{
    // RCPT-1 (clarified 2026-12-04): a later biopsy that says ER "unknown" makes ER unknown; the diagnosis's
    // positive ER is not used, and no discordance is flagged (one side is unknown).
    Rx rx;
    rx.receptors(receptors("positive", 90, "1+")).biopsy(d("2022-03-01"), receptors("unknown", -1, ""));
    auto a = rx.assess(d("2023-01-01"));
    EXPECT_EQ(a.receptors.er, Polarity::Unknown);
    EXPECT_EQ(a.receptors.erSource->entity, rules::RecordRef::Entity::Biopsy);
    EXPECT_FALSE(rules::codesOf(a.receptorFlags).contains(QStringLiteral("RECEPTOR_DISCORDANCE")));
    // HER2 IHC "unknown" likewise: HER2 unknown, not the diagnosis's 1+.
    Rx her2;
    her2.receptors(receptors("positive", 90, "1+")).biopsy(d("2022-03-01"), receptors("", -1, "unknown"));
    a = her2.assess(d("2023-01-01"));
    EXPECT_EQ(a.receptors.er, Polarity::Positive);  // ER not reported by the biopsy: the diagnosis's
    EXPECT_EQ(a.receptors.her2, Polarity::Unknown);
}
