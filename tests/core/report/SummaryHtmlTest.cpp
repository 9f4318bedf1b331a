#include "core/report/SummaryHtml.h"

#include "core/report/HtmlText.h"
#include "core/report/SummaryLayout.h"
#include "core/settings/AppSettings.h"
#include "tests/core/report/ReportTestData.h"
#include "tests/support/TestSupport.h"

#include <QRegularExpression>

using namespace onco;
using namespace onco::report;

namespace {

QString htmlOf(const SummaryData& d, PrintLanguage language)
{
    return summaryHtml(d, PrintText(language, Knowledge::builtin()));
}

/** The visible text of the HTML (tags and the style sheet removed, entities decoded). */
QString visible(const QString& html)
{
    QString text = html;
    text.remove(
        QRegularExpression(QStringLiteral("<style>.*</style>"), QRegularExpression::DotMatchesEverythingOption));
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

void expectAll(const QString& text, const QStringList& terms)
{
    for (const QString& term : terms)
        EXPECT_TRUE(text.contains(term)) << term.toStdString();
}

}  // namespace

TEST(SummaryHtml, ChineseSummaryOfTheFoshanPatient)
{
    const QString text = visible(htmlOf(test::summaryOf(test::demoRecord(0)), PrintLanguage::Chinese));
    expectAll(text, {QStringLiteral("阿依古丽"),
                     QStringLiteral("Aigul Nurlankyzy"),
                     QStringLiteral("DEMO-0001"),
                     QStringLiteral("MZ-DEMO-0001"),
                     QStringLiteral("ZY-DEMO-0001"),
                     QStringLiteral("绝经前"),
                     QStringLiteral("1990年2月14日"),
                     QStringLiteral("36"),
                     QStringLiteral("浸润性导管癌"),
                     QStringLiteral("左侧"),
                     QStringLiteral("T2 N1 M0"),
                     QStringLiteral("IIB"),
                     QStringLiteral("90%"),
                     QStringLiteral("IHC 1+"),
                     QStringLiteral("未做 ISH"),
                     QStringLiteral("30%"),
                     QStringLiteral("2022年4月6日"),
                     QStringLiteral("远处转移"),
                     QStringLiteral("肺、骨"),
                     QStringLiteral("影像学"),
                     QStringLiteral("表柔比星 + 环磷酰胺 + 多西他赛"),
                     QStringLiteral("戈舍瑞林 + 来曲唑"),
                     QStringLiteral("艾拉司群 + 达尔西利 + 戈舍瑞林"),
                     QStringLiteral("毒性"),
                     QStringLiteral("疾病稳定"),
                     QStringLiteral("进行中"),
                     QStringLiteral("ESR1"),
                     QStringLiteral("p.D538G"),
                     QStringLiteral("突变"),
                     QStringLiteral("血浆（ctDNA）"),
                     QStringLiteral("3.8%"),
                     QStringLiteral("CA 15-3"),
                     QStringLiteral("2026年9月8日"),
                     QStringLiteral("美国（FDA）")});
    // No English label or value leaks into the Chinese summary.
    for (const char* english : {"Lines of therapy", "Premenopausal", "Toxicity", "Stable disease", "ongoing", "Mutated",
                                "Positive", "Diagnosis", "Genetic results", "elacestrant", "letrozole"})
        EXPECT_FALSE(text.contains(QLatin1String(english), Qt::CaseInsensitive)) << english;
}

TEST(SummaryHtml, EnglishSummaryOfTheFoshanPatient)
{
    const QString text = visible(htmlOf(test::summaryOf(test::demoRecord(0)), PrintLanguage::English));
    expectAll(text, {QStringLiteral("Aigul Nurlankyzy"), QStringLiteral("DEMO-0001"), QStringLiteral("Premenopausal"),
                     QStringLiteral("14 Feb 1990"), QStringLiteral("invasive ductal carcinoma"),
                     QStringLiteral("12 May 2025"), QStringLiteral("goserelin + letrozole"),
                     QStringLiteral("elacestrant + dalpiciclib + goserelin"), QStringLiteral("Toxicity"),
                     QStringLiteral("grade 3 hand-foot syndrome"), QStringLiteral("ongoing"), QStringLiteral("ESR1"),
                     QStringLiteral("Plasma (ctDNA)"), QStringLiteral("Lines of therapy"),
                     QStringLiteral("United States (FDA)")});
    EXPECT_FALSE(text.contains(QStringLiteral("艾拉司群")));
    EXPECT_FALSE(text.contains(QStringLiteral("绝经")));
}

TEST(SummaryHtml, BilingualSummaryHasBothLanguages)
{
    const QString text = visible(htmlOf(test::summaryOf(test::demoRecord(0)), PrintLanguage::Bilingual));
    expectAll(text, {QStringLiteral("治疗线"), QStringLiteral("Lines of therapy"), QStringLiteral("艾拉司群"),
                     QStringLiteral("elacestrant"), QStringLiteral("绝经前"), QStringLiteral("Premenopausal"),
                     QStringLiteral("2025-05-12"), QStringLiteral("肺、骨"), QStringLiteral("Lung, Bone")});
}

TEST(SummaryHtml, LinesAreNumberedAmongAdvancedNonSupportiveLines)
{
    PatientRecord r = test::demoRecord(0);
    TherapyLine bone;
    bone.start = QDate(2022, 4, 10);
    bone.setting = Setting::Advanced;
    bone.drugs = {QStringLiteral("zoledronic acid")};
    r.therapies << bone;
    r.therapies[3].lineNumberOverride = 4;  // elacestrant line, derived number 3
    const QString text = visible(htmlOf(test::summaryOf(r), PrintLanguage::English));
    const QStringList rows = text.split(QLatin1Char('\n'));
    auto rowOf = [&](const QString& drugs) {
        for (const QString& row : rows)
            if (row.contains(drugs))
                return row;
        return QString();
    };
    EXPECT_TRUE(rowOf(QStringLiteral("epirubicin")).startsWith(QStringLiteral("Adjuvant")));
    EXPECT_TRUE(rowOf(QStringLiteral("zoledronic acid")).startsWith(QStringLiteral("Supportive")));
    EXPECT_TRUE(rowOf(QStringLiteral("docetaxel + capecitabine")).startsWith(QStringLiteral("1")));
    EXPECT_TRUE(rowOf(QStringLiteral("goserelin + letrozole")).startsWith(QStringLiteral("2")));
    EXPECT_TRUE(rowOf(QStringLiteral("elacestrant")).startsWith(QStringLiteral("3 (clinician: 4)")));
}

TEST(SummaryHtml, FigureSlotsAreSizedFromTheLayout)
{
    const QString html = htmlOf(test::summaryOf(test::demoRecord(0)), PrintLanguage::English);
    EXPECT_TRUE(html.contains(QStringLiteral("src=\"onco-figure:timeline\" width=\"703\"")));
    EXPECT_TRUE(html.contains(QStringLiteral("src=\"onco-figure:markers\"")));
    PatientRecord bare;
    bare.patient.mrn = QStringLiteral("X-1");
    const SummaryData d = test::summaryOf(bare);
    EXPECT_FALSE(showsTimeline(d));
    EXPECT_FALSE(showsMarkerChart(d));
    const QString text = visible(htmlOf(d, PrintLanguage::English));
    EXPECT_FALSE(text.contains(QStringLiteral("onco-figure")));
    expectAll(text, {QStringLiteral("No diagnosis recorded."), QStringLiteral("No tumour marker results."),
                     QStringLiteral("No genetic results recorded."), QStringLiteral("No lines of therapy recorded.")});
}

TEST(SummaryHtml, EnteredTextIsEscaped)
{
    PatientRecord r = test::demoRecord(0);
    r.events[0].note = QStringLiteral("<b>bold</b> & <img src=x>");
    const QString html = htmlOf(test::summaryOf(r), PrintLanguage::English);
    EXPECT_FALSE(html.contains(QStringLiteral("<img src=x>")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;img src=x&gt;")));
}

TEST(SummaryHtml, WithoutRulesTheAssessmentSaysSo)
{
    const QString text = visible(htmlOf(test::summaryOf(test::demoRecord(0)), PrintLanguage::English));
    EXPECT_TRUE(text.contains(QStringLiteral("No assessment is available")));
    EXPECT_TRUE(text.contains(QStringLiteral("Knowledge data ") + Knowledge::builtin().version()));
}

TEST(SummaryHtml, AssessmentSectionPrintsCodesMarksAndPhrasesInThePrintLanguage)
{
    // Phrases of an existing context stand in for the rules' texts.
    const AssessmentSource source = [](const PatientRecord&, const QDate& asOf, std::optional<Jurisdiction>,
                                       const Knowledge& k) -> std::optional<AssessmentSection> {
        AssessmentSection a;
        a.asOf = asOf;
        a.jurisdiction = Jurisdiction::CnNmpa;
        a.knowledgeVersion = k.version();
        a.resistance << AssessmentLine{QStringLiteral("ER-A2"), Phrase{"Enums", "Progression", {}},
                                       Phrase{"Enums", "Distant", {}}, AssessmentLine::Mark::None};
        OptionCardSection card;
        card.drug = QStringLiteral("elacestrant");
        card.status = Phrase{"Enums", "Positive", {}};
        card.tone = OptionCardSection::Tone::Option;
        card.criteria << AssessmentLine{QStringLiteral("SERD-ESR1"),
                                        {},
                                        Phrase{"Enums", "Mutated", {}},
                                        AssessmentLine::Mark::Met}
                      << AssessmentLine{QStringLiteral("SERD-POP"),
                                        {},
                                        Phrase{"Enums", "Unknown", {}},
                                        AssessmentLine::Mark::Unknown};
        card.flags << AssessmentLine{QStringLiteral("OFF_LABEL_OFS"), {}, Phrase{"Enums", "Other", {}}, {}};
        a.options << card;
        OptionCardSection second = card;
        second.drug = QStringLiteral("imlunestrant");
        second.tone = OptionCardSection::Tone::NotOption;
        second.criteria[0].mark = AssessmentLine::Mark::NotMet;
        a.options << second;
        a.actions << AssessmentLine{QStringLiteral("PIK3CA_TEST_DUE"), {}, Phrase{"Enums", "Tissue", {}}, {}};
        return a;
    };
    const SummaryData d = test::summaryOf(test::demoRecord(0), source);
    const QString zh = visible(htmlOf(d, PrintLanguage::Chinese));
    expectAll(zh,
              {QStringLiteral("疾病进展 远处转移 [ER-A2]"), QStringLiteral("艾拉司群"), QStringLiteral("imlunestrant"),
               QStringLiteral("✓ 突变 [SERD-ESR1]"), QStringLiteral("? 未知 [SERD-POP]"),
               QStringLiteral("✗ 突变 [SERD-ESR1]"), QStringLiteral("中国内地（NMPA）")});
    // Flag and action codes are printed in words only; rule IDs stay beside their sentences (issue 14).
    EXPECT_FALSE(zh.contains(QStringLiteral("OFF_LABEL_OFS")));
    EXPECT_FALSE(zh.contains(QStringLiteral("PIK3CA_TEST_DUE")));
    EXPECT_FALSE(zh.contains(QStringLiteral("No assessment")));
    const QString en = visible(htmlOf(d, PrintLanguage::English));
    expectAll(en, {QStringLiteral("Elacestrant — Positive"), QStringLiteral("Imlunestrant — Positive"),
                   QStringLiteral("✓ Mutated [SERD-ESR1]")});
    const QString both = visible(htmlOf(d, PrintLanguage::Bilingual));
    expectAll(both, {QStringLiteral("突变 [SERD-ESR1]"), QStringLiteral("Mutated"),
                     QStringLiteral("Progression Distant"), QStringLiteral("Mainland China (NMPA)")});
}

TEST(SummaryHtml, PageFurnitureInEachLanguage)
{
    const test::SettingGuard hospital(settings::kHospitalName, QStringLiteral("佛山市第一人民医院"));
    SummaryData d = test::summaryOf(test::demoRecord(0));
    d.printedBy = QStringLiteral("dr.chen");
    const PageFurniture zh = pageFurniture(d, PrintText(PrintLanguage::Chinese, Knowledge::builtin()));
    EXPECT_EQ(zh.hospital, QStringLiteral("佛山市第一人民医院"));
    EXPECT_EQ(zh.title, QStringLiteral("患者摘要"));
    EXPECT_TRUE(zh.patient.startsWith(QStringLiteral("阿依古丽 · Aigul Nurlankyzy")));
    EXPECT_TRUE(zh.patient.contains(QStringLiteral("DEMO-0001")));
    EXPECT_TRUE(zh.printed.contains(QStringLiteral("2026年11月21日")));
    EXPECT_TRUE(zh.printed.contains(QStringLiteral("dr.chen")));
    EXPECT_EQ(zh.pageLabel(1, 2), QStringLiteral("第 1 页，共 2 页"));
    const PageFurniture en = pageFurniture(d, PrintText(PrintLanguage::English, Knowledge::builtin()));
    EXPECT_TRUE(en.patient.startsWith(QStringLiteral("Aigul Nurlankyzy · 阿依古丽")));
    EXPECT_EQ(en.pageLabel(2, 2), QStringLiteral("Page 2 of 2"));
    EXPECT_EQ(en.disclaimer, QStringLiteral("For clinical review — not a prescription."));
    const PageFurniture both = pageFurniture(d, PrintText(PrintLanguage::Bilingual, Knowledge::builtin()));
    EXPECT_EQ(both.pageLabel(1, 2), QStringLiteral("第 1 页，共 2 页 Page 1 of 2"));
    EXPECT_EQ(both.title, QStringLiteral("患者摘要 Patient summary"));
    // The as-of date shows only when it differs from the print date.
    EXPECT_FALSE(en.printed.contains(QStringLiteral("As of")));
    d.asOf = QDate(2025, 6, 15);
    EXPECT_TRUE(pageFurniture(d, PrintText(PrintLanguage::English, Knowledge::builtin()))
                    .printed.contains(QStringLiteral("As of 15 Jun 2025")));
}

namespace {

/** An assessment with a card whose flag has a sentence, an unknown criterion and a due action (phrases of existing
 *  contexts stand in for the rules' texts). */
AssessmentSource verdictSource(QDate deceased = {})
{
    return [deceased](const PatientRecord&, const QDate& asOf, std::optional<Jurisdiction>,
                      const Knowledge& k) -> std::optional<AssessmentSection> {
        AssessmentSection a;
        a.asOf = asOf;
        a.knowledgeVersion = k.version();
        a.deceased = deceased;
        a.overall = Phrase{"Enums", "Progression", {}};
        a.overallRule = QStringLiteral("ER-M2");
        OptionCardSection card;
        card.drug = QStringLiteral("elacestrant");
        card.status = Phrase{"Enums", "Positive", {}};
        card.tone = OptionCardSection::Tone::Option;
        card.criteria << AssessmentLine{QStringLiteral("SERD-POP"), Phrase{"Enums", "Other", {}},
                                        Phrase{"Enums", "Unknown", {}}, AssessmentLine::Mark::Unknown};
        card.flags << AssessmentLine{
            QStringLiteral("CYP3A4_STRONG_INDUCER"), Phrase{"Enums", "Bone", {}}, Phrase{"Enums", "Liver", {}}, {}};
        a.options << card;
        a.actions << AssessmentLine{QStringLiteral("PIK3CA_TEST_DUE"), Phrase{"Enums", "Tissue", {}}, {}, {}};
        return a;
    };
}

}  // namespace

// The verdict (resistance class, each SERD's status, what is not known, the due actions) comes right under the
// identity block, before the diagnosis (issue 14: on page 1).
TEST(SummaryHtml, VerdictComesUnderTheIdentityBlock)
{
    const QString en = visible(htmlOf(test::summaryOf(test::demoRecord(0), verdictSource()), PrintLanguage::English));
    const qsizetype verdict = en.indexOf(QStringLiteral("Verdict"));
    ASSERT_GE(verdict, 0);
    EXPECT_GT(verdict, en.indexOf(QStringLiteral("Menopausal status")));
    EXPECT_LT(verdict, en.indexOf(QStringLiteral("Diagnosis and receptors")));
    const QString block = en.mid(verdict, en.indexOf(QStringLiteral("Diagnosis and receptors")) - verdict);
    expectAll(block, {QStringLiteral("Endocrine resistance"), QStringLiteral("Progression [ER-M2]"),
                      QStringLiteral("Elacestrant"), QStringLiteral("Positive"), QStringLiteral("? Other [SERD-POP]"),
                      QStringLiteral("Due actions"), QStringLiteral("Tissue")});
    EXPECT_FALSE(block.contains(QStringLiteral("Deceased")));

    // A deceased patient: the date, and no actions.
    const QString dead =
        visible(htmlOf(test::summaryOf(test::demoRecord(0), verdictSource(QDate(2026, 3, 1))), PrintLanguage::English));
    const qsizetype at = dead.indexOf(QStringLiteral("Verdict"));
    const QString deadBlock = dead.mid(at, dead.indexOf(QStringLiteral("Diagnosis and receptors")) - at);
    expectAll(deadBlock, {QStringLiteral("Deceased"), QStringLiteral("1 Mar 2026")});
    EXPECT_TRUE(dead.contains(QStringLiteral("(died aged 36)"))) << dead.toStdString();  // born 14 Feb 1990
    EXPECT_FALSE(deadBlock.contains(QStringLiteral("Due actions")));

    // No assessment, no verdict.
    EXPECT_FALSE(visible(htmlOf(test::summaryOf(test::demoRecord(0), {}), PrintLanguage::English))
                     .contains(QStringLiteral("Verdict")));
}

// A card's flags print their sentence after their words, as the window shows them (issue 14), in both languages.
TEST(SummaryHtml, FlagsPrintTheirSentences)
{
    const SummaryData d = test::summaryOf(test::demoRecord(0), verdictSource());
    expectAll(visible(htmlOf(d, PrintLanguage::English)), {QStringLiteral("▸ Bone Liver")});
    expectAll(visible(htmlOf(d, PrintLanguage::Chinese)), {QStringLiteral("▸ 骨 肝")});
    expectAll(visible(htmlOf(d, PrintLanguage::Bilingual)), {QStringLiteral("▸ 骨 肝"), QStringLiteral("Bone Liver")});
}

// However small a long summary is set, no text of the body is below the minimum point size.
TEST(SummaryHtml, NoTextBelowTheMinimumPointSize)
{
    const SummaryData d = test::summaryOf(test::demoRecord(0));
    for (double scale : {1.0, 0.82, 0.5}) {
        const QString html = summaryHtml(d, PrintText(PrintLanguage::Bilingual, Knowledge::builtin()), scale);
        static const QRegularExpression size(QStringLiteral("font-size:\\s*([0-9.]+)pt"));
        int sizes = 0;
        for (auto it = size.globalMatch(html); it.hasNext(); ++sizes)
            EXPECT_GE(it.next().captured(1).toDouble(), report::layout::kMinPrintPointSize) << scale;
        EXPECT_GT(sizes, 3);
    }
}

// The lines of therapy are a table kept whole; the other tables may break between rows.
TEST(SummaryHtml, TheLinesTableIsKeptWhole)
{
    const QString html = htmlOf(test::summaryOf(test::demoRecord(0)), PrintLanguage::English);
    const qsizetype lines = html.indexOf(QStringLiteral("Lines of therapy"));
    const qsizetype table = html.indexOf(QStringLiteral("<table"), lines);
    EXPECT_TRUE(html.mid(table, 60).contains(QLatin1String(report::html::kKeepWholeClass)));
    EXPECT_EQ(html.count(QLatin1String(report::html::kKeepWholeClass)), 1);
}

// A card printed in Chinese for a drug without a verified Chinese name says so; in English it does not.
TEST(SummaryHtml, AnUnverifiedChineseNameIsSaidSo)
{
    const AssessmentSource source = [](const PatientRecord&, const QDate& asOf, std::optional<Jurisdiction>,
                                       const Knowledge& k) -> std::optional<AssessmentSection> {
        AssessmentSection a;
        a.asOf = asOf;
        a.knowledgeVersion = k.version();
        for (const char* drug : {"elacestrant", "imlunestrant"}) {
            OptionCardSection card;
            card.drug = QString::fromLatin1(drug);
            card.status = Phrase{"Enums", "Positive", {}};
            a.options << card;
        }
        return a;
    };
    const SummaryData d = test::summaryOf(test::demoRecord(0), source);
    const QString zh = visible(htmlOf(d, PrintLanguage::Chinese));
    EXPECT_EQ(zh.count(QStringLiteral("中文通用名未核实")), 1);
    EXPECT_EQ(visible(htmlOf(d, PrintLanguage::English)).count(QStringLiteral("not verified")), 0);
}
