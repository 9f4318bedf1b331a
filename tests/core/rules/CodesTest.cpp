// Every code and rule ID has a plain-words description, in English and in Chinese; the JSON contract's value sets.
#include "core/rules/Codes.h"

#include "core/i18n/Language.h"
#include "core/rules/AssessmentJson.h"
#include "tests/core/rules/RuleTestSupport.h"

#include <QJsonArray>

using namespace onco;
using namespace onco::test;

namespace {

bool hasCjk(const QString& s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

}  // namespace

TEST(RuleCodes, EveryCodeAndRuleIsDescribedInBothLanguages)
{
    const Knowledge& k = Knowledge::builtin();
    QStringList all = rules::allCodes() + rules::allRuleIds();
    EXPECT_EQ(rules::allCodes().size(), 35);  // 4 resistance, 2 receptor, 20 option flags, 7 actions, 2 info
    for (const QString& code : all) {
        const Phrase p = code.contains(QLatin1Char('-')) ? rules::describeRule(code) : rules::describeCode(code);
        ASSERT_FALSE(p.isEmpty()) << code.toStdString();
        const QString en = p.render(Language::english(), k);
        const QString zh = p.render(Language::chinese(), k);
        EXPECT_FALSE(en.isEmpty());
        EXPECT_TRUE(hasCjk(zh)) << code.toStdString() << " " << zh.toStdString();
    }
    EXPECT_TRUE(rules::describeCode(QStringLiteral("NO_SUCH_CODE")).isEmpty());
    for (auto r : {rules::Resistance::Primary, rules::Resistance::Secondary, rules::Resistance::Sensitive,
                   rules::Resistance::Naive, rules::Resistance::NotApplicable})
        EXPECT_TRUE(hasCjk(rules::describeResistance(r).render(Language::chinese(), k)));
}

TEST(RuleCodes, EveryRaisedCodeIsAKnownCode)
{
    Rx rx = optionPatient();
    rx.premenopausal()
        .receptors(receptors("positive", 5, "2+"))
        .biopsy(d("2024-06-02"), receptors("negative", 0, "2+"))
        .medication(QStringLiteral("itraconazole"), d("2025-09-01"))
        .childPugh(ChildPugh::B)
        .progression(d("2025-09-15"), Evidence::TumorMarker);
    const auto a = rx.assess(d("2025-10-01"), Jurisdiction::Hk);
    QStringList raised =
        a.actionCodes() + a.infoCodes() + rules::codesOf(a.receptorFlags) + rules::codesOf(a.resistance.flags);
    for (const auto& c : a.options)
        raised += rules::codesOf(c.flags);
    EXPECT_GE(raised.size(), 8);
    for (const QString& code : raised)
        EXPECT_TRUE(rules::allCodes().contains(code)) << code.toStdString();
}

TEST(AssessmentJson, NullsAndValueSets)
{
    Rx early;
    early.adjuvant(d("2024-01-01"), {}, {QStringLiteral("letrozole")});
    const QJsonObject o =
        rules::assessmentToJson(early.assess(d("2025-01-01")), Language::english(), Knowledge::builtin());
    const QJsonObject er = o.value(QStringLiteral("endocrine_resistance")).toObject();
    EXPECT_TRUE(er.value(QStringLiteral("adjuvant")).isNull());
    EXPECT_TRUE(er.value(QStringLiteral("first_line")).isNull());
    EXPECT_EQ(er.value(QStringLiteral("overall")).toString(), QStringLiteral("not_evaluable"));
    EXPECT_EQ(er.value(QStringLiteral("rule")).toString(), QStringLiteral("ER-E"));
    EXPECT_TRUE(er.value(QStringLiteral("flags")).toArray().isEmpty());
    EXPECT_FALSE(o.value(QStringLiteral("advanced_disease")).toBool());
    EXPECT_TRUE(o.value(QStringLiteral("relapse")).isNull());
    EXPECT_EQ(o.value(QStringLiteral("knowledge_version")).toString(), Knowledge::builtin().version());
    const QStringList statuses{QStringLiteral("option"), QStringLiteral("not_option"),
                               QStringLiteral("needs_information")};
    const QStringList criterion{QStringLiteral("met"), QStringLiteral("not_met"), QStringLiteral("unknown")};
    for (const auto& card : o.value(QStringLiteral("options")).toArray()) {
        EXPECT_TRUE(statuses.contains(card.toObject().value(QStringLiteral("status")).toString()));
        for (const auto& c : card.toObject().value(QStringLiteral("criteria")).toArray())
            EXPECT_TRUE(criterion.contains(c.toObject().value(QStringLiteral("status")).toString()));
    }
}

TEST(AssessmentJson, FlagsAreListedOnceWithADetailEach)
{
    Rx rx = optionPatient();
    rx.medication(QStringLiteral("atorvastatin"), d("2025-01-01"))
        .medication(QStringLiteral("metformin"), d("2025-01-01"));
    const QJsonObject o =
        rules::assessmentToJson(rx.assess(d("2025-10-01")), Language::english(), Knowledge::builtin());
    const QJsonObject card = o.value(QStringLiteral("options")).toArray()[1].toObject();
    EXPECT_EQ(card.value(QStringLiteral("flags")).toArray().toVariantList().count(QStringLiteral("DDI_UNCHECKED")), 1);
    int details = 0;
    for (const auto& d : card.value(QStringLiteral("flags_details")).toArray())
        if (d.toObject().value(QStringLiteral("code")).toString() == QLatin1String("DDI_UNCHECKED")) {
            ++details;
            EXPECT_FALSE(d.toObject().value(QStringLiteral("text")).toString().isEmpty());
            EXPECT_EQ(d.toObject()
                          .value(QStringLiteral("records"))
                          .toArray()[0]
                          .toObject()
                          .value(QStringLiteral("entity"))
                          .toString(),
                      QStringLiteral("medications"));
        }
    EXPECT_EQ(details, 2);
}
