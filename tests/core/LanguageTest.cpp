// Dates in the two program languages: explicit patterns, no weekday, the three-letter English months of
// "10 May 2025" (never the en_GB "Sept").
#include "core/i18n/Language.h"

#include "tests/support/TestSupport.h"

using namespace onco;

TEST(Language, EnglishDatesUseThreeLetterMonths)
{
    const Language& en = Language::english();
    EXPECT_EQ(en.date(QDate(2025, 5, 10)), QStringLiteral("10 May 2025"));
    EXPECT_EQ(en.date(QDate(2025, 9, 1)), QStringLiteral("1 Sep 2025"));
    EXPECT_EQ(en.month(QDate(2025, 9, 30)), QStringLiteral("Sep 2025"));
    const QStringList months{QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
                             QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"),
                             QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"),
                             QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    for (int m = 1; m <= 12; ++m) {
        EXPECT_EQ(en.shortMonth(m), months[m - 1]);
        EXPECT_EQ(en.date(QDate(2024, m, 29)), QStringLiteral("29 %1 2024").arg(months[m - 1]));
    }
    EXPECT_TRUE(en.shortMonth(13).isEmpty());
    EXPECT_TRUE(en.date(QDate()).isEmpty());
}

TEST(Language, ChineseDatesUseYearMonthDay)
{
    const Language& zh = Language::chinese();
    EXPECT_EQ(zh.date(QDate(2025, 9, 1)), QStringLiteral("2025年9月1日"));
    EXPECT_EQ(zh.month(QDate(2025, 9, 1)), QStringLiteral("2025年9月"));
    EXPECT_EQ(zh.shortMonth(9), QStringLiteral("9月"));
}

TEST(Language, EnglishNumbersKeepTheBritishLocale)
{
    EXPECT_EQ(Language::english().number(1234.5, 1), QStringLiteral("1,234.5"));
    EXPECT_EQ(Language::english().locale().territory(), QLocale::UnitedKingdom);
}

TEST(Language, LabValuesShowWhatWasEnteredWithoutTrailingZeros)
{
    for (const Language* language : {&Language::english(), &Language::chinese()}) {
        EXPECT_EQ(language->value(18.4), QStringLiteral("18.4"));
        EXPECT_EQ(language->value(25.0), QStringLiteral("25"));
        EXPECT_EQ(language->value(0.25), QStringLiteral("0.25"));
        EXPECT_EQ(language->value(3.456), QStringLiteral("3.46"));  // two decimals at most
        EXPECT_EQ(language->value(0.0), QStringLiteral("0"));
    }
}

// The figures of a bilingual printout: Chinese with the English of each plain label; a text with arguments stays
// Chinese (its arguments are Chinese values); the same text in full-width brackets is said once.
TEST(Language, BilingualAddsTheEnglishOfPlainLabels)
{
    const Language& both = Language::bilingual();
    EXPECT_TRUE(both.isChinese());
    EXPECT_TRUE(both.addsEnglish());
    EXPECT_FALSE(Language::chinese().addsEnglish());
    const QString zh = Language::chinese().translate("Timeline", "Events");
    ASSERT_NE(zh, QStringLiteral("Events"));
    EXPECT_EQ(both.translate("Timeline", "Events"), zh + QStringLiteral(" Events"));
    EXPECT_EQ(both.stacked("Timeline", "Events"), zh + QStringLiteral("\nEvents"));
    EXPECT_EQ(Language::english().stacked("Timeline", "Events"), QStringLiteral("Events"));
    EXPECT_EQ(both.translate("Timeline", "Sites: %1"), Language::chinese().translate("Timeline", "Sites: %1"));
    EXPECT_EQ(both.translate("Enums", "Female"),
              Language::chinese().translate("Enums", "Female") + QStringLiteral(" Female"));
    EXPECT_EQ(both.date(QDate(2025, 9, 1)), QStringLiteral("2025年9月1日"));
}
