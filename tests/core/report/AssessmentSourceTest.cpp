// The printed summary's assessment comes from the rules engine: every line a Phrase (both languages), with rule IDs
// and codes, the criteria marked as the rules decided them.
#include "core/report/AssessmentSection.h"
#include "core/report/SummaryHtml.h"
#include "core/rules/Assess.h"
#include "tests/core/report/ReportTestData.h"
#include "tests/support/TestSupport.h"

using namespace onco;
using namespace onco::report;

namespace {

const QDate kAsOf(2026, 11, 21);

const AssessmentLine* withCode(const QList<AssessmentLine>& lines, const QString& code)
{
    for (const AssessmentLine& l : lines)
        if (l.code == code)
            return &l;
    return nullptr;
}

}  // namespace

TEST(AssessmentSource, IsConnectedToTheRules)
{
    const AssessmentSource source = defaultAssessmentSource();
    ASSERT_TRUE(source);
    const auto section = source(test::demoRecord(0), kAsOf, Jurisdiction::EuEma, Knowledge::builtin());
    ASSERT_TRUE(section.has_value());
    EXPECT_EQ(section->jurisdiction, Jurisdiction::EuEma);
    EXPECT_EQ(section->asOf, kAsOf);
    EXPECT_EQ(section->knowledgeVersion, Knowledge::builtin().version());
}

TEST(AssessmentSource, MapsEveryPartOfTheAssessment)
{
    const PatientRecord record = test::demoRecord(0);  // DEMO-0001, on elacestrant after ESR1 D538G
    const rules::Assessment a = rules::assess(record, {kAsOf, Jurisdiction::UsFda, Knowledge::builtin()});
    const AssessmentSection s = toAssessmentSection(a);

    ASSERT_FALSE(s.resistance.isEmpty());
    EXPECT_EQ(s.resistance.front().code, a.resistance.rule);
    EXPECT_TRUE(s.resistance.front().code.startsWith(QStringLiteral("ER-")));
    EXPECT_EQ(s.resistance.front().text, a.resistance.explanation);
    const PrintText en(PrintLanguage::English, Knowledge::builtin());
    const PrintText zh(PrintLanguage::Chinese, Knowledge::builtin());
    EXPECT_TRUE(en.phrase(s.resistance.front().label).primary.startsWith(QStringLiteral("Overall: ")));
    EXPECT_TRUE(zh.phrase(s.resistance.front().label).primary.contains(QStringLiteral("内分泌")))
        << zh.phrase(s.resistance.front().label).primary.toStdString();

    ASSERT_EQ(s.options.size(), a.options.size());
    const OptionCardSection& ela = s.options.front();
    EXPECT_EQ(ela.drug, QStringLiteral("elacestrant"));
    // She is taking it (ALREADY_ON): printed as "Taking (since …)" in a neutral tone, as in the window.
    EXPECT_EQ(ela.tone, OptionCardSection::Tone::Neutral);
    EXPECT_TRUE(en.phrase(ela.status).primary.startsWith(QStringLiteral("Taking (since ")))
        << en.phrase(ela.status).primary.toStdString();
    EXPECT_TRUE(zh.phrase(ela.status).primary.startsWith(QStringLiteral("正在使用")));
    EXPECT_EQ(ela.criteria.size(), a.options.front().criteria.size());
    const AssessmentLine* esr1 = withCode(ela.criteria, QStringLiteral("SERD-ESR1"));
    ASSERT_TRUE(esr1);
    EXPECT_EQ(esr1->mark, AssessmentLine::Mark::Met);
    EXPECT_EQ(en.phrase(esr1->label).primary, QStringLiteral("ESR1 mutation"));
    EXPECT_TRUE(withCode(ela.flags, QStringLiteral("ALREADY_ON")));
    EXPECT_EQ(en.phrase(ela.approval).primary, QStringLiteral("approved 27 Jan 2023"))
        << en.phrase(ela.approval).primary.toStdString();

    EXPECT_EQ(s.actions.size(), a.actions.size());
    for (int i = 0; i < s.actions.size(); ++i) {
        EXPECT_EQ(s.actions[i].code, a.actions[i].code);
        EXPECT_FALSE(en.phrase(s.actions[i].label).primary.isEmpty()) << s.actions[i].code.toStdString();
    }
    EXPECT_EQ(s.info.size(), a.info.size());
    EXPECT_EQ(s.receptorFlags.size(), a.receptorFlags.size());
}

TEST(AssessmentSource, ApprovalFollowsTheJurisdiction)
{
    const PatientRecord record = test::demoRecord(0);
    const auto cn = toAssessmentSection(rules::assess(record, {kAsOf, Jurisdiction::CnNmpa, Knowledge::builtin()}));
    const PrintText en(PrintLanguage::English, Knowledge::builtin());
    ASSERT_FALSE(cn.options.isEmpty());
    // No NMPA approval of elacestrant in the knowledge data (clinical-rules.md §4.3).
    EXPECT_EQ(en.phrase(cn.options.front().approval).primary, QStringLiteral("not approved on the assessment date"));
    EXPECT_TRUE(withCode(cn.options.front().flags, QStringLiteral("NOT_APPROVED_IN_JURISDICTION")));
}

TEST(AssessmentSource, ThePrintedSectionHasRuleIdsInBothLanguages)
{
    const SummaryData d = test::summaryOf(test::demoRecord(0), defaultAssessmentSource());
    ASSERT_TRUE(d.assessment.has_value());
    const QString zh = summaryHtml(d, PrintText(PrintLanguage::Chinese, Knowledge::builtin()));
    const QString both = summaryHtml(d, PrintText(PrintLanguage::Bilingual, Knowledge::builtin()));
    for (const QString& html : {zh, both}) {
        EXPECT_TRUE(html.contains(QStringLiteral("[SERD-ESR1]")));
        EXPECT_TRUE(html.contains(QStringLiteral("内分泌耐药")));
        EXPECT_FALSE(html.contains(QStringLiteral("not part of this version")));
    }
    EXPECT_TRUE(both.contains(QStringLiteral("Overall: ")));
}
