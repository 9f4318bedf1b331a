#include "core/report/PrintLanguage.h"

#include "core/i18n/Language.h"
#include "core/knowledge/Knowledge.h"
#include "tests/support/TestSupport.h"

using namespace onco;
using namespace onco::report;

TEST(PrintLanguage, CodesRoundTripAndBadCodesAreRefused)
{
    for (PrintLanguage l : allPrintLanguages())
        EXPECT_EQ(printLanguageFromCode(printLanguageCode(l)), l);
    EXPECT_EQ(printLanguageFromCode(QStringLiteral("zh")), PrintLanguage::Chinese);
    EXPECT_EQ(printLanguageFromCode(QStringLiteral("zh-CN")), PrintLanguage::Chinese);
    EXPECT_EQ(printLanguageFromCode(QStringLiteral("EN")), PrintLanguage::English);
    EXPECT_EQ(printLanguageFromCode(QStringLiteral(" Bilingual ")), PrintLanguage::Bilingual);
    EXPECT_FALSE(printLanguageFromCode(QStringLiteral("fr")));
    EXPECT_FALSE(printLanguageFromCode(QString()));
}

TEST(PrintLanguage, LabelsAndValuesFollowThePrintLanguageNotTheUi)
{
    const PrintText zh(PrintLanguage::Chinese, Knowledge::builtin());
    const PrintText en(PrintLanguage::English, Knowledge::builtin());
    const PrintText both(PrintLanguage::Bilingual, Knowledge::builtin());
    EXPECT_EQ(zh.label("Sex").primary, QStringLiteral("性别"));
    EXPECT_TRUE(zh.label("Sex").secondary.isEmpty());
    EXPECT_EQ(en.label("Sex").primary, QStringLiteral("Sex"));
    EXPECT_EQ(both.label("Sex").primary, QStringLiteral("性别"));
    EXPECT_EQ(both.label("Sex").secondary, QStringLiteral("Sex"));
    EXPECT_EQ(zh.value(MenopausalStatus::Premenopausal).primary, QStringLiteral("绝经前"));
    EXPECT_EQ(both.value(MenopausalStatus::Premenopausal).secondary, QStringLiteral("Premenopausal"));
    EXPECT_EQ(en.value(StopReason::Toxicity).joined(), QStringLiteral("Toxicity"));
}

TEST(PrintLanguage, DrugNamesComeFromTheCatalogue)
{
    const PrintText zh(PrintLanguage::Chinese, Knowledge::builtin());
    const PrintText both(PrintLanguage::Bilingual, Knowledge::builtin());
    EXPECT_EQ(zh.drug(QStringLiteral("elacestrant")).primary, QStringLiteral("艾拉司群"));
    EXPECT_EQ(zh.drugs({QStringLiteral("goserelin"), QStringLiteral("letrozole")}).primary,
              QStringLiteral("戈舍瑞林 + 来曲唑"));
    // imlunestrant keeps its English name, once.
    EXPECT_EQ(both.drug(QStringLiteral("imlunestrant")).joined(), QStringLiteral("imlunestrant"));
    EXPECT_EQ(both.drug(QStringLiteral("elacestrant")).joined(), QStringLiteral("艾拉司群 elacestrant"));
    // A name outside the catalogue is printed as given.
    EXPECT_EQ(zh.drug(QStringLiteral("trial drug X")).primary, QStringLiteral("trial drug X"));
}

TEST(PrintLanguage, DatesUseExplicitPatternsWithoutWeekday)
{
    const QDate d(2025, 5, 10);
    EXPECT_EQ(PrintText(PrintLanguage::Chinese, Knowledge::builtin()).date(d), QStringLiteral("2025年5月10日"));
    EXPECT_EQ(PrintText(PrintLanguage::English, Knowledge::builtin()).date(d), QStringLiteral("10 May 2025"));
    EXPECT_EQ(PrintText(PrintLanguage::Bilingual, Knowledge::builtin()).date(d), QStringLiteral("2025-05-10"));
    EXPECT_TRUE(PrintText(PrintLanguage::English, Knowledge::builtin()).date(QDate()).isEmpty());
}

TEST(PrintLanguage, PhrasesRenderInBothLanguagesWhenBilingual)
{
    const Phrase phrase{"Enums", "Progression", {}};
    const PrintString s = PrintText(PrintLanguage::Bilingual, Knowledge::builtin()).phrase(phrase);
    EXPECT_EQ(s.primary, QStringLiteral("疾病进展"));
    EXPECT_EQ(s.secondary, QStringLiteral("Progression"));
    EXPECT_TRUE(PrintText(PrintLanguage::English, Knowledge::builtin()).phrase(Phrase{}).isEmpty());
}
