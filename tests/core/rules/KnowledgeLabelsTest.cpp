// The rules' knowledge data: labels per drug and jurisdiction, CYP3A4 texts, evidence sentences, approvals (§7).
#include "core/knowledge/Knowledge.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace onco;

TEST(KnowledgeLabels, EveryJurisdictionHasBothOralSerdLabels)
{
    const Knowledge& k = Knowledge::builtin();
    for (Jurisdiction j : {Jurisdiction::UsFda, Jurisdiction::EuEma, Jurisdiction::CnNmpa, Jurisdiction::Hk}) {
        const auto labels = k.labels(j);
        ASSERT_EQ(labels.size(), 2);
        EXPECT_EQ(labels[0]->drug, QStringLiteral("elacestrant"));
        EXPECT_EQ(labels[1]->drug, QStringLiteral("imlunestrant"));
        EXPECT_EQ(labels[0]->population, LabelPopulation::PostmenopausalWomenAndMen);
        EXPECT_EQ(labels[1]->population, LabelPopulation::Adults);
        EXPECT_EQ(labels[0]->criteria.contains(QStringLiteral("SERD-CDK")),
                  j == Jurisdiction::EuEma || j == Jurisdiction::Hk);
        EXPECT_TRUE(labels[0]->criteria.contains(QStringLiteral("SERD-HEP")));
        EXPECT_FALSE(labels[1]->criteria.contains(QStringLiteral("SERD-HEP")));
        EXPECT_EQ(labels[0]->flags.contains(QStringLiteral("NO_PRIOR_CDK46I")), j == Jurisdiction::UsFda);
        EXPECT_NE(k.ddi(QStringLiteral("elacestrant"), j), nullptr);
        EXPECT_EQ(k.ddi(QStringLiteral("imlunestrant"), j), nullptr);  // not held yet: DDI_UNCHECKED
        for (const QString& drug : {QStringLiteral("elacestrant"), QStringLiteral("imlunestrant")}) {
            const Approval* a = k.approval(drug, j);
            ASSERT_NE(a, nullptr);
            EXPECT_EQ(a->lastVerified, QDate(2026, 12, 7));
            EXPECT_FALSE(a->source.isEmpty());
        }
    }
}

TEST(KnowledgeLabels, ApprovalsOfTheSpec)
{
    const Knowledge& k = Knowledge::builtin();
    auto approval = [&](const char* drug, Jurisdiction j) { return k.approval(QLatin1String(drug), j); };
    EXPECT_EQ(approval("elacestrant", Jurisdiction::UsFda)->date, QDate(2023, 1, 27));
    EXPECT_EQ(approval("elacestrant", Jurisdiction::EuEma)->date, QDate(2023, 9, 15));
    EXPECT_TRUE(approval("elacestrant", Jurisdiction::Hk)->approvedOn(QDate(2000, 1, 1)));  // listed, date unverified
    EXPECT_FALSE(approval("elacestrant", Jurisdiction::Hk)->verified);
    EXPECT_FALSE(approval("elacestrant", Jurisdiction::CnNmpa)->approved);
    EXPECT_EQ(approval("imlunestrant", Jurisdiction::UsFda)->date, QDate(2025, 9, 25));
    EXPECT_EQ(approval("imlunestrant", Jurisdiction::EuEma)->date, QDate(2026, 1, 9));
    EXPECT_EQ(approval("imlunestrant", Jurisdiction::CnNmpa)->date, QDate(2026, 6, 22));
    EXPECT_FALSE(approval("imlunestrant", Jurisdiction::CnNmpa)->verified);
    EXPECT_FALSE(approval("imlunestrant", Jurisdiction::Hk)->approved);
}

TEST(KnowledgeLabels, CypTextsAndEvidenceAreBilingualWithSources)
{
    const Knowledge& k = Knowledge::builtin();
    EXPECT_TRUE(k.ddi(QStringLiteral("elacestrant"), Jurisdiction::UsFda)->en.contains(QStringLiteral("avoid")));
    EXPECT_TRUE(k.ddi(QStringLiteral("elacestrant"), Jurisdiction::EuEma)->zh.contains(QStringLiteral("86 mg")));
    QStringList ids;
    for (const EvidenceItem& e : k.evidence()) {
        ids << e.id;
        EXPECT_FALSE(e.zh.isEmpty()) << e.id.toStdString();
        ASSERT_FALSE(e.sources.isEmpty()) << e.id.toStdString();
        for (const QString& s : e.sources) {
            EXPECT_TRUE(e.en.contains(QLatin1Char('[') + s + QLatin1Char(']')) || e.en.contains(s))
                << e.id.toStdString();
            EXPECT_TRUE(e.zh.contains(s)) << e.id.toStdString();
        }
    }
    for (const char* id :
         {"EMERALD_ESR1M", "EMERALD_ESR1WT", "EMERALD_POSTHOC", "EMBER3_ESR1M", "EMBER3_ESR1WT", "SERENA6"})
        EXPECT_TRUE(ids.contains(QLatin1String(id))) << id;
    // The figures of the spec and the evidence file.
    auto text = [&](const char* id) {
        for (const EvidenceItem& e : k.evidence())
            if (e.id == QLatin1String(id))
                return e.en;
        return QString();
    };
    EXPECT_TRUE(text("EMERALD_ESR1M").contains(QStringLiteral("HR 0.55")));
    EXPECT_TRUE(text("EMERALD_ESR1WT").contains(QStringLiteral("HR 0.86")));
    EXPECT_TRUE(text("EMBER3_ESR1M").contains(QStringLiteral("HR 0.62")));
    EXPECT_TRUE(text("EMBER3_ESR1WT").contains(QStringLiteral("HR 1.00")));
}

TEST(KnowledgeLabels, ALabelWithAnUnknownDrugOrPopulationIsRefused)
{
    QJsonObject root =
        QJsonDocument::fromJson(test::readFile(QStringLiteral(ONCO_SOURCE_DIR "/resources/knowledge/knowledge.json")))
            .object();
    ASSERT_TRUE(Knowledge::fromJson(QJsonDocument(root).toJson()).ok());
    QJsonArray labels = root.value(QStringLiteral("labels")).toArray();
    QJsonObject first = labels[0].toObject();
    first.insert(QStringLiteral("population"), QStringLiteral("children"));
    labels[0] = first;
    root.insert(QStringLiteral("labels"), labels);
    const auto loaded = Knowledge::fromJson(QJsonDocument(root).toJson());
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("label")));
}
