#include "core/knowledge/Knowledge.h"

#include "tests/support/TestSupport.h"

using namespace onco;

TEST(Knowledge, BuiltinVersionAndCatalogue)
{
    const Knowledge& k = Knowledge::builtin();
    EXPECT_EQ(k.version(), QStringLiteral("2026.12.1"));
    EXPECT_EQ(k.lastVerified(), QDate(2026, 12, 7));
    const Drug* d = k.drug(QStringLiteral("ELACESTRANT"));
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->drugClass, DrugClass::SerdOral);
    EXPECT_EQ(d->zh, QStringLiteral("艾拉司群"));
    EXPECT_EQ(k.drug(QStringLiteral("阿霉素"))->name, QStringLiteral("doxorubicin"));
    EXPECT_EQ(k.drug(QStringLiteral("imlunestrant"))->displayName(QStringLiteral("zh_CN")),
              QStringLiteral("imlunestrant"));
    EXPECT_EQ(k.drug(QStringLiteral("goserelin"))->isEndocrine(), false);
    EXPECT_EQ(k.drug(QStringLiteral("fulvestrant"))->isEndocrine(), true);
}

TEST(Knowledge, EveryClassOfTheSpecIsRepresented)
{
    const Knowledge& k = Knowledge::builtin();
    const QStringList expected{QStringLiteral("letrozole"),
                               QStringLiteral("toremifene"),
                               QStringLiteral("giredestrant"),
                               QStringLiteral("dalpiciclib"),
                               QStringLiteral("triptorelin"),
                               QStringLiteral("utidelone"),
                               QStringLiteral("trastuzumab emtansine"),
                               QStringLiteral("sacituzumab govitecan"),
                               QStringLiteral("talazoparib"),
                               QStringLiteral("inavolisib"),
                               QStringLiteral("capivasertib"),
                               QStringLiteral("megestrol"),
                               QStringLiteral("denosumab")};
    for (const auto& name : expected)
        EXPECT_NE(k.drug(name), nullptr) << name.toStdString();
}

TEST(Knowledge, Cyp3a4MatchingByTokenWholeNameOrChinese)
{
    const Knowledge& k = Knowledge::builtin();
    auto names = [&](const QString& med) {
        QStringList out;
        for (const auto* e : k.matchCyp3a4(med))
            out << e->name;
        return out;
    };
    EXPECT_EQ(names(QStringLiteral("lopinavir/ritonavir")), QStringList{QStringLiteral("ritonavir")});
    EXPECT_EQ(names(QStringLiteral("克拉霉素片")), QStringList{QStringLiteral("clarithromycin")});
    EXPECT_EQ(names(QStringLiteral("Rifampin 600 mg")), QStringList{QStringLiteral("rifampicin")});
    EXPECT_EQ(names(QStringLiteral("grapefruit juice")), QStringList{QStringLiteral("grapefruit juice")});
    EXPECT_TRUE(names(QStringLiteral("atorvastatin")).isEmpty());
    EXPECT_TRUE(names(QStringLiteral("clarithromycinX")).isEmpty());
    // Spellings of catalogue entries (issue 14): punctuation, apostrophes straight or curly, case, full width.
    const QStringList wort{QStringLiteral("St John's wort")};
    for (const char* spelling : {"St. John's Wort", "St John’s wort", "ST JOHNS WORT", "St Johns Wort extract 300 mg",
                                 "ｓｔ． ｊｏｈｎ’ｓ ｗｏｒｔ", "圣约翰草胶囊", "Hypericum (St. John's wort)"})
        EXPECT_EQ(names(QString::fromUtf8(spelling)), wort) << spelling;
    EXPECT_EQ(names(QStringLiteral("ＲＩＦＡＭＰＩＣＩＮ")), QStringList{QStringLiteral("rifampicin")});
    EXPECT_EQ(names(QStringLiteral("Itraconazole, 200 mg")), QStringList{QStringLiteral("itraconazole")});
    EXPECT_TRUE(names(QStringLiteral("Johnson's baby oil")).isEmpty());
    // Brand and other names, Chinese included (issue 14: the catalogue's aliases).
    const std::pair<const char*, const char*> aliases[] = {{"Paxlovid", "ritonavir"},
                                                           {"帕克洛维", "ritonavir"},
                                                           {"贯叶连翘提取物", "St John's wort"},
                                                           {"Hypericum perforatum", "St John's wort"},
                                                           {"地尔硫卓缓释片", "diltiazem"},
                                                           {"Tegretol 200 mg", "carbamazepine"},
                                                           {"得理多", "carbamazepine"},
                                                           {"苯妥英钠片", "phenytoin"},
                                                           {"大扶康", "fluconazole"},
                                                           {"斯皮仁诺", "itraconazole"},
                                                           {"威凡", "voriconazole"},
                                                           {"西柚", "grapefruit juice"}};
    for (const auto& [spelling, entry] : aliases)
        EXPECT_EQ(names(QString::fromUtf8(spelling)), QStringList{QString::fromUtf8(entry)}) << spelling;
    // Every entry of the list has at least one other name to be found by, and no name points at two entries.
    QStringList seen;
    for (const auto& entry : Knowledge::builtin().cyp3a4()) {
        EXPECT_FALSE(entry.aliases.isEmpty() && entry.name != QLatin1String("erythromycin"))
            << entry.name.toStdString();
        for (const QString& alias : entry.aliases) {
            EXPECT_FALSE(seen.contains(alias.toLower())) << alias.toStdString();
            seen << alias.toLower();
        }
    }
    EXPECT_TRUE(names(QStringLiteral("wort")).isEmpty());
}

TEST(Knowledge, MarkersByAlias)
{
    const Knowledge& k = Knowledge::builtin();
    ASSERT_NE(k.marker(QStringLiteral("ca 15-3")), nullptr);
    EXPECT_EQ(k.marker(QStringLiteral("CA 15.3"))->analyte, QStringLiteral("CA15-3"));
    EXPECT_EQ(k.marker(QStringLiteral("CEA"))->uln, 5.0);
    EXPECT_EQ(k.marker(QStringLiteral("CA27-29"))->uln, 38.0);
    EXPECT_EQ(k.marker(QStringLiteral("AFP")), nullptr);
}

TEST(Knowledge, ApprovalsPerJurisdiction)
{
    const Knowledge& k = Knowledge::builtin();
    const Approval* fda = k.approval(QStringLiteral("elacestrant"), Jurisdiction::UsFda);
    ASSERT_NE(fda, nullptr);
    EXPECT_TRUE(fda->approved);
    EXPECT_EQ(fda->date, QDate(2023, 1, 27));
    EXPECT_FALSE(k.approval(QStringLiteral("elacestrant"), Jurisdiction::CnNmpa)->approved);
    EXPECT_FALSE(k.approval(QStringLiteral("imlunestrant"), Jurisdiction::CnNmpa)->verified);
}

TEST(Knowledge, RejectsMalformedDocuments)
{
    EXPECT_FALSE(Knowledge::fromJson("{").ok());
    EXPECT_FALSE(Knowledge::fromJson(R"({"format":"other"})").ok());
    EXPECT_FALSE(
        Knowledge::fromJson(
            R"({"format":"oncocase-knowledge/1","version":"x","last_verified":"2026-01-01","drugs":[{"name":"a","class":"NOPE"}]})")
            .ok());
}

TEST(Knowledge, SuggestionsNeverTurnOneOralSerdIntoAnother)
{
    const Knowledge& k = Knowledge::builtin();
    EXPECT_EQ(k.suggestDrug(QStringLiteral("letrazole")), QStringLiteral("letrozole"));
    EXPECT_EQ(k.suggestDrug(QStringLiteral("elacestrnt")), QStringLiteral("elacestrant"));  // one letter: a slip
    // Chinese names: 卡米司群 (camizestrant in Chinese) is one character pair away from 艾拉司群 (elacestrant).
    EXPECT_TRUE(k.suggestDrug(QStringLiteral("卡米司群")).isEmpty());
    EXPECT_TRUE(k.suggestDrug(QStringLiteral("来曲挫")).isEmpty());
    // Another -estrant the catalogue does not hold is never made into a known oral SERD.
    EXPECT_TRUE(k.suggestDrug(QStringLiteral("palazestrant")).isEmpty());
    EXPECT_TRUE(k.suggestDrug(QStringLiteral("rintodestrant")).isEmpty());
}
