#include "core/domain/Pinyin.h"

#include "tests/support/TestSupport.h"

using namespace onco;

TEST(Pinyin, ChineseNames)
{
    EXPECT_EQ(pinyin::fromHan(QStringLiteral("张伟")), QStringLiteral("zhang wei"));
    EXPECT_EQ(pinyin::initials(QStringLiteral("zhang wei")), QStringLiteral("zw"));
    EXPECT_EQ(pinyin::fromHan(QStringLiteral("阿依古丽")), QStringLiteral("a yi gu li"));
    // Surname readings (Han-Latin/Names).
    EXPECT_EQ(pinyin::fromHan(QStringLiteral("曾强")), QStringLiteral("zeng qiang"));
}

TEST(Pinyin, LatinPassesThroughLowerCased)
{
    EXPECT_EQ(pinyin::fromHan(QStringLiteral("Aigul  Nurlankyzy")), QStringLiteral("aigul nurlankyzy"));
    EXPECT_EQ(pinyin::fromHan(QString()), QString());
}
