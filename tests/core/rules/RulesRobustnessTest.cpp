// Structured mutations of the public vignettes (dates shifted, enumerations and drugs swapped, records removed or
// duplicated): every document the parser accepts is assessed on random dates and jurisdictions without a crash and
// with a consistent result, and a sample goes through import -> load -> assess with the same outcome.
#include "core/caseformat/CaseCodec.h"
#include "core/i18n/Language.h"
#include "core/rules/Assess.h"
#include "core/rules/AssessmentJson.h"
#include "core/rules/Codes.h"
#include "core/rules/RuleFamilies.h"
#include "tests/core/rules/VignetteChecker.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace onco;

namespace {

const QDate kToday(2026, 11, 21);

class Mutator
{
public:
    explicit Mutator(quint32 seed)
        : m_rng(seed)
    {}

    int below(int n) { return int(m_rng.bounded(quint32(std::max(1, n)))); }

    QJsonValue mutateValue(const QString& key, const QJsonValue& v)
    {
        static const QStringList enumValues{QStringLiteral("positive"),
                                            QStringLiteral("negative"),
                                            QStringLiteral("unknown"),
                                            QStringLiteral("2+"),
                                            QStringLiteral("0"),
                                            QStringLiteral("3+"),
                                            QStringLiteral("not_done"),
                                            QStringLiteral("progression"),
                                            QStringLiteral("recurrence"),
                                            QStringLiteral("distant"),
                                            QStringLiteral("local"),
                                            QStringLiteral("tumor_marker"),
                                            QStringLiteral("advanced"),
                                            QStringLiteral("adjuvant"),
                                            QStringLiteral("neoadjuvant"),
                                            QStringLiteral("toxicity"),
                                            QStringLiteral("patient_choice"),
                                            QStringLiteral("completed"),
                                            QStringLiteral("mutated"),
                                            QStringLiteral("not_detected"),
                                            QStringLiteral("indeterminate"),
                                            QStringLiteral("tissue"),
                                            QStringLiteral("plasma"),
                                            QStringLiteral("germline"),
                                            QStringLiteral("premenopausal"),
                                            QStringLiteral("postmenopausal"),
                                            QStringLiteral("male"),
                                            QStringLiteral("C"),
                                            QStringLiteral("B"),
                                            QStringLiteral("EU-EMA")};
        static const QStringList variants{QStringLiteral("p.Y537S"), QStringLiteral("p.Glu380Gln"),
                                          QStringLiteral("p.S118P"), QStringLiteral("c.1613A>G"), QString()};
        const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
        if (date.isValid())
            return date.addDays(below(1600) - 800).toString(Qt::ISODate);
        if (key == QLatin1String("drugs")) {
            const auto& drugs = Knowledge::builtin().drugs();
            QJsonArray a = v.toArray();
            a.append(drugs[below(int(drugs.size()))].name);
            if (a.size() > 1 && below(2))
                a.removeAt(0);
            return a;
        }
        if (key == QLatin1String("variant"))
            return variants[below(int(variants.size()))];
        if (v.isBool())
            return !v.toBool();
        if (v.isDouble())
            return double(below(101));
        if (v.isString())
            return enumValues[below(int(enumValues.size()))];
        return v;
    }

    /** One random edit somewhere in the document. */
    void mutate(QJsonObject& o, int depth = 0)
    {
        if (o.isEmpty())
            return;
        const QStringList keys = o.keys();
        const QString key = keys[below(int(keys.size()))];
        QJsonValue v = o.value(key);
        if (key == QLatin1String("format") || key == QLatin1String("mrn"))
            return;
        if (v.isArray() && key != QLatin1String("drugs") && key != QLatin1String("sites")) {
            QJsonArray a = v.toArray();
            if (a.isEmpty())
                return;
            const int i = below(int(a.size()));
            switch (below(3)) {
            case 0:
                a.removeAt(i);
                break;
            case 1:
                a.append(a[i]);
                break;
            default: {
                QJsonObject item = a[i].toObject();
                mutate(item, depth + 1);
                a[i] = item;
            }
            }
            o.insert(key, a);
        } else if (v.isObject() && depth < 3) {
            QJsonObject inner = v.toObject();
            mutate(inner, depth + 1);
            o.insert(key, inner);
        } else if (below(8) == 0 && depth > 0) {
            o.remove(key);
        } else {
            o.insert(key, mutateValue(key, v));
        }
    }

private:
    QRandomGenerator m_rng;
};

/** What must hold for every assessment, whatever the record. */
void checkInvariants(const rules::Assessment& a)
{
    static const QStringList actionOrder{QStringLiteral("ESR1_TEST_DUE"),   QStringLiteral("ESR1_RETEST_DUE"),
                                         QStringLiteral("PIK3CA_TEST_DUE"), QStringLiteral("GERMLINE_BRCA_TEST_DUE"),
                                         QStringLiteral("HER2_ISH_NEEDED"), QStringLiteral("CONFIRM_MENOPAUSAL_STATUS"),
                                         QStringLiteral("CONSIDER_OFS")};
    ASSERT_EQ(a.options.size(), 2);
    for (const auto& card : a.options) {
        EXPECT_EQ(card.status, rules::optionStatus(card.criteria));
        for (const auto& c : card.criteria)
            EXPECT_FALSE(c.text.isEmpty()) << c.id.toStdString();
        for (const auto& f : card.flags)
            EXPECT_TRUE(rules::allCodes().contains(f.code)) << f.code.toStdString();
        // Never an option without advanced disease, ER positive and HER2 negative.
        if (card.status == rules::OptionStatus::Option) {
            EXPECT_TRUE(a.advancedDisease);
            EXPECT_EQ(a.receptors.er, rules::Polarity::Positive);
            EXPECT_EQ(a.receptors.her2, rules::Polarity::Negative);
        }
    }
    int last = -1;
    for (const QString& code : a.actionCodes()) {
        const int at = int(actionOrder.indexOf(code));
        EXPECT_GT(at, last) << code.toStdString();
        last = at;
    }
    if (a.receptors.er == rules::Polarity::Negative) {
        EXPECT_EQ(a.resistance.overall, rules::Resistance::NotApplicable);
    }
    EXPECT_FALSE(a.resistance.rule.isEmpty());
}

}  // namespace

TEST(RulesRobustness, MutatedVignettesAssessImportAndReassessConsistently)
{
    const QStringList ids = test::vignetteIds();
    const CaseCodec codec(Knowledge::builtin(), kToday);
    test::TempDatabase db;
    Mutator m(20261121);
    int accepted = 0;
    int imported = 0;
    for (int i = 0; i < 3000; ++i) {
        QJsonObject doc =
            QJsonDocument::fromJson(test::readFile(test::dataPath(
                                        QStringLiteral("vignettes/%1.case.json").arg(ids[m.below(int(ids.size()))]))))
                .object();
        const int edits = 1 + m.below(4);
        for (int e = 0; e < edits; ++e)
            m.mutate(doc);
        QList<CaseError> errors;
        const auto file = codec.parse(QJsonDocument(doc).toJson(), errors);
        if (!file)
            continue;
        ++accepted;
        const QDate asOf = QDate(2015, 1, 1).addDays(m.below(4300));
        const auto jurisdiction = Jurisdiction(m.below(4));
        const rules::RuleContext context{asOf, jurisdiction, Knowledge::builtin()};
        const rules::Assessment a = rules::assess(file->record, context);
        checkInvariants(a);
        const Language& language = m.below(2) ? Language::english() : Language::chinese();
        EXPECT_FALSE(rules::assessmentToJson(a, language, Knowledge::builtin()).isEmpty());
        if (i % 15 != 0)
            continue;
        // The import path: stored, loaded back and assessed again gives the same codes and statuses.
        PatientRecord record = file->record;
        record.patient.mrn = QStringLiteral("MUT-%1").arg(i);
        const auto id = db.service().importRecord(record, false);
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        ++imported;
        const auto loaded = db.service().loadPatient(id.value());
        ASSERT_TRUE(loaded.ok());
        const rules::Assessment b = rules::assess(loaded.value(), context);
        EXPECT_EQ(a.resistance.overall, b.resistance.overall);
        EXPECT_EQ(a.resistance.rule, b.resistance.rule);
        EXPECT_EQ(a.actionCodes(), b.actionCodes());
        for (int k = 0; k < a.options.size(); ++k) {
            EXPECT_EQ(a.options[k].status, b.options[k].status);
            EXPECT_EQ(rules::codesOf(a.options[k].flags), rules::codesOf(b.options[k].flags));
        }
    }
    EXPECT_GT(accepted, 1000);  // the mutations keep most documents valid, so the rules see odd records
    EXPECT_GT(imported, 50);
}
