// The option criteria SERD-ER … SERD-SEQ, which apply per drug and jurisdiction, and the option status (§4).
#include "core/rules/Codes.h"
#include "core/rules/RuleFamilies.h"
#include "tests/core/rules/RuleTestSupport.h"

using namespace onco;
using namespace onco::test;

namespace {

const QString kEla = QStringLiteral("elacestrant");
const QString kIml = QStringLiteral("imlunestrant");
const QDate kAsOf = d("2025-10-01");

QStringList criteriaIds(const rules::Assessment& a, const QString& drug)
{
    QStringList ids;
    for (const auto& c : a.option(drug)->criteria)
        ids << c.id;
    return ids;
}

}  // namespace

TEST(OptionRules, TheOptionPatientIsAnOptionForBoth)
{
    const auto a = optionPatient().assess(kAsOf);
    EXPECT_EQ(statusOf(a, kEla), QStringLiteral("option"));
    EXPECT_EQ(statusOf(a, kIml), QStringLiteral("option"));
    for (const auto& card : a.options)
        for (const auto& c : card.criteria) {
            EXPECT_EQ(c.status, rules::CriterionStatus::Met) << c.id.toStdString();
            EXPECT_FALSE(c.text.isEmpty()) << c.id.toStdString();
        }
    EXPECT_TRUE(a.actionCodes().isEmpty());
}

TEST(OptionRules, CriteriaPerDrugAndJurisdiction)
{
    const QStringList common{QStringLiteral("SERD-ER"),    QStringLiteral("SERD-HER2"), QStringLiteral("SERD-ADV"),
                             QStringLiteral("SERD-PRIOR"), QStringLiteral("SERD-ESR1"), QStringLiteral("SERD-POP")};
    for (Jurisdiction j : {Jurisdiction::UsFda, Jurisdiction::EuEma, Jurisdiction::CnNmpa, Jurisdiction::Hk}) {
        const auto a = optionPatient().assess(kAsOf, j);
        ASSERT_EQ(a.options.size(), 2);
        EXPECT_EQ(a.options[0].drug, kEla);
        EXPECT_EQ(a.options[1].drug, kIml);
        const bool cdk = j == Jurisdiction::EuEma || j == Jurisdiction::Hk;
        const QStringList ela =
            common + (cdk ? QStringList{QStringLiteral("SERD-CDK")} : QStringList()) +
            QStringList{QStringLiteral("SERD-VC"), QStringLiteral("SERD-HEP"), QStringLiteral("SERD-SEQ")};
        const QStringList iml = common + QStringList{QStringLiteral("SERD-VC"), QStringLiteral("SERD-SEQ")};
        EXPECT_EQ(criteriaIds(a, kEla), ela) << toCode(j).toStdString();
        EXPECT_EQ(criteriaIds(a, kIml), iml);
    }
}

TEST(OptionRules, StatusFromTheCriteria)
{
    using rules::CriterionStatus;
    auto status = [](std::initializer_list<CriterionStatus> list) {
        QList<rules::Criterion> criteria;
        for (CriterionStatus s : list)
            criteria << rules::Criterion{QStringLiteral("X"), s, {}, {}};
        return rules::optionStatusCode(rules::optionStatus(criteria));
    };
    EXPECT_EQ(status({CriterionStatus::Met, CriterionStatus::Met}), QStringLiteral("option"));
    EXPECT_EQ(status({CriterionStatus::Met, CriterionStatus::Unknown}), QStringLiteral("needs_information"));
    EXPECT_EQ(status({CriterionStatus::Unknown, CriterionStatus::NotMet}), QStringLiteral("not_option"));
}

TEST(OptionRules, ErHer2AndAdvanced)
{
    Rx rx = optionPatient();
    rx.biopsy(d("2025-09-05"), receptors("negative", 0, "0"));
    auto a = rx.assess(kAsOf);
    EXPECT_EQ(criterionOf(a, kEla, QStringLiteral("SERD-ER")), QStringLiteral("not_met"));
    EXPECT_EQ(a.option(kEla)->criterion(QStringLiteral("SERD-ER"))->records.front().entity,
              rules::RecordRef::Entity::Biopsy);
    rx = optionPatient();
    rx.biopsy(d("2025-09-05"), receptors("unknown", -1, "3+"));
    a = rx.assess(kAsOf);
    EXPECT_EQ(criterionOf(a, kEla, QStringLiteral("SERD-ER")), QStringLiteral("unknown"));
    EXPECT_EQ(criterionOf(a, kEla, QStringLiteral("SERD-HER2")), QStringLiteral("not_met"));
    EXPECT_EQ(statusOf(a, kEla), QStringLiteral("not_option"));
    rx = optionPatient();
    rx.receptors(receptors("positive", 90, "2+"));
    a = rx.assess(kAsOf);
    EXPECT_EQ(criterionOf(a, kEla, QStringLiteral("SERD-HER2")), QStringLiteral("unknown"));
    EXPECT_EQ(statusOf(a, kEla), QStringLiteral("needs_information"));
    Rx early;
    early.adjuvant(d("2024-01-01"), {}, {QStringLiteral("letrozole")}).tested(d("2025-01-01"));
    a = early.assess(kAsOf);
    EXPECT_EQ(criterionOf(a, kEla, QStringLiteral("SERD-ADV")), QStringLiteral("not_met"));
    EXPECT_EQ(criterionOf(a, kEla, QStringLiteral("SERD-PRIOR")), QStringLiteral("not_met"));
}

TEST(OptionRules, PriorEndocrineTherapyAOrB)
{
    // (a) PD on an advanced ET line: no CONFIRM_LINE_COUNT.
    auto a = optionPatient().assess(kAsOf);
    EXPECT_EQ(criterionOf(a, kEla, QStringLiteral("SERD-PRIOR")), QStringLiteral("met"));
    EXPECT_FALSE(flagsOf(a, kEla).contains(QStringLiteral("CONFIRM_LINE_COUNT")));
    // (b) only: adjuvant secondary, no PD on the advanced line yet.
    Rx b;
    b.adjuvant(d("2016-01-01"), d("2021-01-01"), {QStringLiteral("letrozole")})
        .relapse(d("2021-06-01"))
        .advanced(d("2021-06-10"), {}, {QStringLiteral("fulvestrant")})
        .tested(d("2021-06-05"));
    a = b.assess(kAsOf);
    EXPECT_EQ(criterionOf(a, kEla, QStringLiteral("SERD-PRIOR")), QStringLiteral("met"));
    EXPECT_TRUE(flagsOf(a, kEla).contains(QStringLiteral("CONFIRM_LINE_COUNT")));
    EXPECT_TRUE(flagsOf(a, kIml).contains(QStringLiteral("CONFIRM_LINE_COUNT")));
    // Neither: sensitive relapse, PD only on chemotherapy.
    Rx none;
    none.adjuvant(d("2010-01-01"), d("2015-01-01"), {QStringLiteral("letrozole")})
        .relapse(d("2021-06-01"))
        .advanced(d("2021-06-10"), d("2022-01-01"), {QStringLiteral("capecitabine")}, StopReason::Progression)
        .tested(d("2022-01-05"));
    a = none.assess(kAsOf);
    EXPECT_EQ(criterionOf(a, kEla, QStringLiteral("SERD-PRIOR")), QStringLiteral("not_met"));
    EXPECT_EQ(statusOf(a, kEla), QStringLiteral("not_option"));
}

TEST(OptionRules, PriorCdk46iUnderEuAndHk)
{
    auto a = optionPatient().assess(kAsOf, Jurisdiction::EuEma);
    EXPECT_EQ(criterionOf(a, kEla, QStringLiteral("SERD-CDK")), QStringLiteral("met"));
    Rx rx;
    rx.adjuvant(d("2018-02-01"), d("2022-02-01"), {QStringLiteral("letrozole")})
        .relapse(d("2024-06-01"))
        .advanced(d("2024-06-15"), d("2025-09-01"), {QStringLiteral("fulvestrant")}, StopReason::Progression)
        .tested(d("2025-09-10"));
    for (Jurisdiction j : {Jurisdiction::EuEma, Jurisdiction::Hk}) {
        a = rx.assess(kAsOf, j);
        EXPECT_EQ(criterionOf(a, kEla, QStringLiteral("SERD-CDK")), QStringLiteral("not_met"));
        EXPECT_EQ(statusOf(a, kEla), QStringLiteral("not_option"));
        EXPECT_EQ(statusOf(a, kIml), QStringLiteral("option"));
    }
    a = rx.assess(kAsOf, Jurisdiction::UsFda);
    EXPECT_EQ(statusOf(a, kEla), QStringLiteral("option"));
    EXPECT_EQ(criterionOf(a, kEla, QStringLiteral("SERD-CDK")), QStringLiteral("(absent)"));
}

TEST(OptionRules, VisceralCrisisAndHepaticFunction)
{
    Rx rx = optionPatient();
    rx.visceralCrisis();
    auto a = rx.assess(kAsOf);
    EXPECT_EQ(criterionOf(a, kEla, QStringLiteral("SERD-VC")), QStringLiteral("not_met"));
    EXPECT_EQ(criterionOf(a, kIml, QStringLiteral("SERD-VC")), QStringLiteral("not_met"));
    rx = optionPatient();
    rx.record().patient.visceralCrisis.reset();  // absent = no crisis recorded
    EXPECT_EQ(criterionOf(rx.assess(kAsOf), kEla, QStringLiteral("SERD-VC")), QStringLiteral("met"));

    struct Case
    {
        ChildPugh cp;
        const char* status;
        bool dose;
    };
    for (const Case& c : {Case{ChildPugh::A, "met", false}, Case{ChildPugh::Unrecorded, "met", false},
                          Case{ChildPugh::B, "met", true}, Case{ChildPugh::C, "not_met", false}}) {
        rx = optionPatient();
        rx.childPugh(c.cp);
        a = rx.assess(kAsOf);
        EXPECT_EQ(criterionOf(a, kEla, QStringLiteral("SERD-HEP")), QLatin1String(c.status));
        EXPECT_EQ(flagsOf(a, kEla).contains(QStringLiteral("DOSE_258MG")), c.dose);
        EXPECT_EQ(criterionOf(a, kIml, QStringLiteral("SERD-HEP")), QStringLiteral("(absent)"));
        EXPECT_FALSE(flagsOf(a, kIml).contains(QStringLiteral("DOSE_258MG")));
    }
}

TEST(OptionRules, SequenceOfOralSerds)
{
    Rx rx = optionPatient();
    rx.advanced(d("2025-09-05"), d("2025-09-25"), {QStringLiteral("elacestrant")}, StopReason::Progression);
    auto a = rx.assess(kAsOf);
    EXPECT_EQ(criterionOf(a, kEla, QStringLiteral("SERD-SEQ")), QStringLiteral("not_met"));
    EXPECT_EQ(criterionOf(a, kIml, QStringLiteral("SERD-SEQ")), QStringLiteral("unknown"));
    EXPECT_TRUE(flagsOf(a, kIml).contains(QStringLiteral("PRIOR_ORAL_SERD")));
    EXPECT_FALSE(flagsOf(a, kEla).contains(QStringLiteral("PRIOR_ORAL_SERD")));
    // Camizestrant counts as another oral SERD; no PD on it: met.
    rx = optionPatient();
    rx.advanced(d("2025-09-05"), {}, {QStringLiteral("camizestrant")});
    a = rx.assess(kAsOf);
    EXPECT_EQ(criterionOf(a, kEla, QStringLiteral("SERD-SEQ")), QStringLiteral("met"));
    rx.record().therapies.last().end = d("2025-09-30");
    rx.record().therapies.last().stopReason = StopReason::Progression;
    a = rx.assess(kAsOf);
    EXPECT_EQ(criterionOf(a, kEla, QStringLiteral("SERD-SEQ")), QStringLiteral("unknown"));
    EXPECT_EQ(criterionOf(a, kIml, QStringLiteral("SERD-SEQ")), QStringLiteral("unknown"));
}

TEST(OptionRules, EveryCriterionNamesTheRecordThatDecidedIt)
{
    Rx rx = optionPatient();
    rx.biopsy(d("2024-06-02"), receptors("positive", 60, "0"));
    const auto a = rx.assess(kAsOf);
    const auto* card = a.option(kEla);
    EXPECT_EQ(card->criterion(QStringLiteral("SERD-ER"))->records.front().index, 0);
    EXPECT_EQ(card->criterion(QStringLiteral("SERD-ADV"))->records.front().entity, rules::RecordRef::Entity::Event);
    EXPECT_EQ(card->criterion(QStringLiteral("SERD-PRIOR"))->records.front().entity, rules::RecordRef::Entity::Therapy);
    EXPECT_EQ(card->criterion(QStringLiteral("SERD-ESR1"))->records.front().entity, rules::RecordRef::Entity::Genomic);
    EXPECT_EQ(card->criterion(QStringLiteral("SERD-POP"))->records.front().entity, rules::RecordRef::Entity::Patient);
}
