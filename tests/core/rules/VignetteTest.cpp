// Every public vignette (tests/data/vignettes) through the library: case file -> assess() -> assessment JSON ->
// checked against VNN.expected.json.
#include "core/caseformat/CaseCodec.h"
#include "core/i18n/Language.h"
#include "core/rules/Assess.h"
#include "core/rules/AssessmentJson.h"
#include "tests/core/rules/VignetteChecker.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace onco;

namespace {

QJsonObject readJson(const QString& path)
{
    return QJsonDocument::fromJson(test::readFile(path)).object();
}

QJsonObject assessVignette(const QString& id, const Language& language = Language::english())
{
    QList<CaseError> errors;
    const auto file =
        CaseCodec(Knowledge::builtin(), QDate(2026, 11, 21))
            .parse(test::readFile(test::dataPath(QStringLiteral("vignettes/%1.case.json").arg(id))), errors);
    EXPECT_TRUE(file.has_value()) << (errors.isEmpty() ? "" : errors.front().toString().toStdString());
    if (!file)
        return {};
    const rules::RuleContext context{file->asOf, file->jurisdiction.value_or(Jurisdiction::UsFda),
                                     Knowledge::builtin()};
    return rules::assessmentToJson(rules::assess(file->record, context), language, Knowledge::builtin());
}

class Vignette : public ::testing::TestWithParam<QString>
{};

}  // namespace

TEST(Vignettes, AllArePresent)
{
    EXPECT_GE(test::vignetteIds().size(), 26);
}

TEST_P(Vignette, LibraryAssessmentMatchesExpected)
{
    const QString id = GetParam();
    const QJsonObject expected = readJson(test::dataPath(QStringLiteral("vignettes/%1.expected.json").arg(id)));
    ASSERT_FALSE(expected.isEmpty());
    const QStringList problems = test::checkVignette(expected, assessVignette(id));
    EXPECT_TRUE(problems.isEmpty()) << id.toStdString() << ":\n  "
                                    << problems.join(QStringLiteral("\n  ")).toStdString();
}

TEST_P(Vignette, ChineseAssessmentHasTheSameCodes)
{
    const QString id = GetParam();
    const QJsonObject en = assessVignette(id);
    const QJsonObject zh = assessVignette(id, Language::chinese());
    for (const char* key : {"advanced_disease", "endocrine_resistance", "actions", "info", "receptor_flags"}) {
        if (QLatin1String(key) == QLatin1String("endocrine_resistance")) {
            for (const char* k : {"overall", "adjuvant", "first_line", "rule", "flags"})
                EXPECT_EQ(en.value(QLatin1String(key)).toObject().value(QLatin1String(k)),
                          zh.value(QLatin1String(key)).toObject().value(QLatin1String(k)));
        } else {
            EXPECT_EQ(en.value(QLatin1String(key)), zh.value(QLatin1String(key))) << key;
        }
    }
    // Every text is in Chinese: at least one CJK character in each sentence the rules wrote.
    auto chinese = [](const QJsonValue& v) {
        const QString s = v.toString();
        return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
    };
    EXPECT_TRUE(
        chinese(zh.value(QStringLiteral("endocrine_resistance")).toObject().value(QStringLiteral("explanation"))));
    EXPECT_TRUE(chinese(zh.value(QStringLiteral("advanced_disease_text"))));
    for (const auto& card : zh.value(QStringLiteral("options")).toArray())
        for (const auto& c : card.toObject().value(QStringLiteral("criteria")).toArray())
            EXPECT_TRUE(chinese(c.toObject().value(QStringLiteral("text"))))
                << c.toObject().value(QStringLiteral("text")).toString().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Public, Vignette, ::testing::ValuesIn(test::vignetteIds()),
                         [](const auto& p) { return p.param.toStdString(); });

// The checker itself must catch each kind of difference, or the vignette tests could never fail.
TEST(VignetteChecker, ReportsEveryKindOfDifference)
{
    const QJsonObject expected = readJson(test::dataPath(QStringLiteral("vignettes/V01.expected.json")));
    const QJsonObject good = assessVignette(QStringLiteral("V01"));
    ASSERT_TRUE(test::checkVignette(expected, good).isEmpty());

    QJsonObject bad = good;
    bad.insert(QStringLiteral("advanced_disease"), false);
    EXPECT_EQ(test::checkVignette(expected, bad).size(), 1);

    bad = good;
    QJsonObject er = bad.value(QStringLiteral("endocrine_resistance")).toObject();
    er.insert(QStringLiteral("first_line"), QJsonValue::Null);
    er.insert(QStringLiteral("flags"), QJsonArray{QStringLiteral("BOUNDARY_REVIEW")});
    bad.insert(QStringLiteral("endocrine_resistance"), er);
    EXPECT_EQ(test::checkVignette(expected, bad).size(), 2);

    bad = good;
    QJsonArray options = bad.value(QStringLiteral("options")).toArray();
    QJsonObject card = options[0].toObject();
    card.insert(QStringLiteral("status"), QStringLiteral("option"));
    QJsonArray criteria = card.value(QStringLiteral("criteria")).toArray();
    QJsonObject c = criteria[0].toObject();
    c.insert(QStringLiteral("status"), QStringLiteral("unknown"));  // SERD-ER of V01 is not named: not checked
    criteria[0] = c;
    criteria.removeAt(4);  // SERD-ESR1
    card.insert(QStringLiteral("criteria"), criteria);
    options[0] = card;
    bad.insert(QStringLiteral("options"), options);
    EXPECT_EQ(test::checkVignette(expected, bad).size(), 2);

    bad = good;
    bad.insert(QStringLiteral("actions"), QJsonArray{QStringLiteral("ESR1_RETEST_DUE")});
    EXPECT_EQ(test::checkVignette(expected, bad).size(), 4);  // three missing, one forbidden
}
