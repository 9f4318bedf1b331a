// Investigational agents and the readings of uncertain lines (clinical-rules.md §0, spec 2026.12.1): parsing, what
// each form counts as, ER-I, SERD-PRIOR and trigger T over the readings, SERD-SEQ's failure and precedence,
// ORAL_SERD_EXPOSURE, SERD-CDK with a possible CDK4/6 inhibitor, and the brand names.
#include "core/i18n/Language.h"
#include "core/rules/AssessmentJson.h"
#include "core/rules/Codes.h"
#include "core/rules/RuleFamilies.h"
#include "tests/core/rules/RuleTestSupport.h"

#include <QJsonObject>

using namespace onco;
using namespace onco::test;

namespace {

const QString kEla = QStringLiteral("elacestrant");
const QString kIml = QStringLiteral("imlunestrant");
const QString kSeq = QStringLiteral("SERD-SEQ");
const QString kPrior = QStringLiteral("SERD-PRIOR");

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QString explain(const Phrase& p, const Language& language = Language::english())
{
    return p.render(language, Knowledge::builtin());
}

/** De novo metastatic, ESR1 mutated and the other tests on file; no lines yet. */
Rx deNovo()
{
    Rx rx;
    rx.deNovo();
    rx.record().diagnosis->date = d("2024-01-10");
    rx.tested(d("2024-01-20"));
    return rx;
}

}  // namespace

TEST(Investigational, ParsesEveryFormInAnyLetterCase)
{
    struct Case
    {
        const char* text;
        unsigned classes;
        const char* label;
    };
    using A = InvestigationalAgent;
    const Case cases[] = {
        {"investigational", A::kAllClasses, ""},
        {"Investigational:SHR-Z0917 (blinded)", A::kAllClasses, "SHR-Z0917 (blinded)"},
        {"INVESTIGATIONAL[serd_oral|AI]", A::SerdOral | A::AI, ""},
        {"investigational[CDK46I]:  new CDK4/6  ", A::Cdk46i, "new CDK4/6"},
        {"investigational[AI|ai|Other]:x", A::AI | A::Other, "x"},
        {"  investigational[SERM|SERD_INJ|SERD_ORAL|CDK46I|OTHER|AI]:盲法", A::kAllClasses, "盲法"},
    };
    for (const Case& c : cases) {
        const InvestigationalParse p = parseInvestigational(s(c.text));
        ASSERT_TRUE(p.agent) << c.text;
        EXPECT_EQ(p.agent->classes, c.classes) << c.text;
        EXPECT_EQ(p.agent->label, s(c.label)) << c.text;
        EXPECT_TRUE(looksInvestigational(s(c.text)));
    }
    EXPECT_EQ(parseInvestigational(s("investigational[AI|SERD_ORAL]:T-1")).agent->text(),
              s("investigational[AI|SERD_ORAL]:T-1"));
    EXPECT_EQ(parseInvestigational(s("investigational")).agent->text(), s("investigational"));
}

TEST(Investigational, RefusesMalformedForms)
{
    using E = InvestigationalError;
    const std::pair<const char*, E> cases[] = {
        {"investigational[]", E::EmptyBrackets},    {"investigational[ ]:x", E::EmptyBrackets},
        {"investigational[SERD]", E::UnknownClass}, {"investigational[AI|]", E::UnknownClass},
        {"investigational:", E::EmptyLabel},        {"investigational:   ", E::EmptyLabel},
        {"investigational agent", E::Malformed},    {"investigational[AI", E::Malformed},
        {"investigational[AI]x", E::Malformed},
    };
    for (const auto& [text, error] : cases) {
        const InvestigationalParse p = parseInvestigational(s(text));
        EXPECT_FALSE(p.agent) << text;
        EXPECT_EQ(p.error, error) << text;
    }
    // 1–60 Unicode characters: sixty Han characters are fine, sixty-one are not.
    EXPECT_TRUE(parseInvestigational(QStringLiteral("investigational:") + QString(60, QChar(0x836F))).agent);
    EXPECT_EQ(parseInvestigational(QStringLiteral("investigational:") + QString(61, QChar(0x836F))).error,
              E::LabelTooLong);
    EXPECT_FALSE(looksInvestigational(QStringLiteral("letrozole")));
}

TEST(Investigational, WhatEachFormCountsAs)
{
    const Knowledge& k = Knowledge::builtin();
    const DrugTraits ai = k.traits(QStringLiteral("investigational[AI]"));
    EXPECT_EQ(ai.drugClass, DrugClass::AI);
    EXPECT_TRUE(ai.et);
    EXPECT_FALSE(ai.possiblyEt);
    const DrugTraits serdOrAi = k.traits(QStringLiteral("investigational[SERD_ORAL|AI]"));
    EXPECT_TRUE(serdOrAi.et);  // certainly ET
    EXPECT_TRUE(serdOrAi.possibleOralSerd);
    EXPECT_FALSE(serdOrAi.oralSerd);
    const DrugTraits oral = k.traits(QStringLiteral("investigational[SERD_ORAL]:X"));
    EXPECT_TRUE(oral.oralSerd);
    EXPECT_FALSE(oral.possibleOralSerd);
    const DrugTraits any = k.traits(QStringLiteral("investigational"));
    EXPECT_FALSE(any.et);
    EXPECT_TRUE(any.possiblyEt);
    EXPECT_TRUE(any.possibleOralSerd);
    EXPECT_TRUE(any.possibleCdk46i);
    const DrugTraits other = k.traits(QStringLiteral("investigational[OTHER]"));
    EXPECT_FALSE(other.et || other.possiblyEt || other.possibleOralSerd);
    EXPECT_FALSE(other.drugClass);
    EXPECT_TRUE(k.traits(QStringLiteral("investigational[CDK46I]")).cdk46i);
    EXPECT_FALSE(k.traits(QStringLiteral("investigational[]")).known());
    EXPECT_FALSE(k.traits(QStringLiteral("letrazole")).known());
}

TEST(Investigational, NamedInWordsInBothLanguages)
{
    const Knowledge& k = Knowledge::builtin();
    auto en = [&](const char* drug) { return drugName(s(drug), Language::english(), k); };
    auto zh = [&](const char* drug) { return drugName(s(drug), Language::chinese(), k); };
    EXPECT_EQ(en("investigational"), s("Investigational agent"));
    EXPECT_EQ(en("investigational:T-1"), s("Investigational agent: T-1"));
    EXPECT_EQ(en("investigational[CDK46I]"), s("Investigational agent (CDK4/6 inhibitor)"));
    EXPECT_EQ(en("investigational[SERD_ORAL|AI]:X"), s("Investigational agent (possibly AI or oral SERD): X"));
    EXPECT_EQ(en("investigational[SERM|AI|OTHER]"), s("Investigational agent (possibly AI, SERM or other drug)"));
    EXPECT_EQ(zh("investigational[SERD_ORAL|AI]:X"), s("研究药物（可能为AI或口服SERD）：X"));
    EXPECT_EQ(zh("investigational"), s("研究药物"));
    EXPECT_EQ(en("Veppanu"), s("vepdegestrant"));
}

TEST(Investigational, BrandNamesAndVepdegestrant)
{
    const Knowledge& k = Knowledge::builtin();
    EXPECT_EQ(k.version(), QStringLiteral("2026.12.1"));
    EXPECT_EQ(k.lastVerified(), d("2026-12-07"));
    for (const auto& [alias, name] : {std::pair{"Veppanu", "vepdegestrant"}, std::pair{"orserdu", "elacestrant"},
                                      std::pair{"INLURIYO", "imlunestrant"}}) {
        ASSERT_TRUE(k.drug(s(alias))) << alias;
        EXPECT_EQ(k.drug(s(alias))->name, s(name));
    }
    EXPECT_EQ(k.drug(QStringLiteral("vepdegestrant"))->drugClass, DrugClass::SerdOral);
    for (Jurisdiction j : {Jurisdiction::UsFda, Jurisdiction::EuEma, Jurisdiction::CnNmpa, Jurisdiction::Hk})
        for (const Label* l : k.labels(j))
            EXPECT_NE(l->drug, QStringLiteral("vepdegestrant"));  // no option card
}

TEST(Investigational, AnAgreeingReadingKeepsTheRuleAndAddsTheFlag)
{
    Rx rx = optionPatient();  // ER-M2 from line 1
    rx.advanced(d("2025-09-05"), {}, {QStringLiteral("investigational:OCT-9")});
    const auto a = rx.assess(d("2025-10-01"));
    EXPECT_EQ(rules::resistanceCode(a.resistance.overall), QStringLiteral("secondary"));
    EXPECT_EQ(a.resistance.rule, QStringLiteral("ER-M2"));
    EXPECT_EQ(a.resistance.firstLine.rule, QStringLiteral("ER-M2"));
    EXPECT_TRUE(resistanceFlags(a).contains(QStringLiteral("INVESTIGATIONAL_AGENT")));
    ASSERT_EQ(a.advancedLines.size(), 2);
    EXPECT_EQ(a.advancedLines[0].endocrine, std::optional<bool>(true));
    EXPECT_FALSE(a.advancedLines[1].endocrine.has_value());  // uncertain: null
    EXPECT_EQ(a.advancedLines[1].number, 2);
    EXPECT_EQ(criterionOf(a, kEla, kPrior), QStringLiteral("met"));  // met in both readings
}

TEST(Investigational, ASingleEtClassIsNotUncertain)
{
    Rx rx = deNovo();
    rx.advanced(d("2024-02-01"), d("2024-05-01"), {QStringLiteral("investigational[AI]:T")}, StopReason::Progression);
    const auto a = rx.assess(d("2024-06-01"));
    EXPECT_EQ(a.resistance.firstLine.rule, QStringLiteral("ER-M1"));
    EXPECT_FALSE(resistanceFlags(a).contains(QStringLiteral("INVESTIGATIONAL_AGENT")));
    EXPECT_EQ(a.advancedLines[0].endocrine, std::optional<bool>(true));
    EXPECT_EQ(criterionOf(a, kEla, kPrior), QStringLiteral("met"));
}

TEST(Investigational, OneUncertainLineThatDecidesTheClass)
{
    Rx rx = deNovo();
    rx.advanced(d("2024-02-01"), d("2024-05-01"), {QStringLiteral("investigational:T-7")}, StopReason::Progression);
    const auto a = rx.assess(d("2024-06-01"));
    EXPECT_EQ(rules::resistanceCode(a.resistance.firstLine.value), QStringLiteral("not_evaluable"));
    EXPECT_EQ(a.resistance.firstLine.rule, QStringLiteral("ER-I"));
    EXPECT_EQ(a.resistance.rule, QStringLiteral("ER-I"));
    EXPECT_EQ(rules::resistanceCode(a.resistance.adjuvant.value), QString());  // null in both readings (ER-A0)
    EXPECT_EQ(a.resistance.adjuvant.rule, QStringLiteral("ER-A0"));
    // The explanation names both values, in both languages.
    const QString en = explain(a.resistance.explanation);
    EXPECT_TRUE(en.contains(QStringLiteral("Primary endocrine resistance"))) << en.toStdString();
    EXPECT_TRUE(en.contains(QStringLiteral("Endocrine-naive"))) << en.toStdString();
    const QString zh = explain(a.resistance.explanation, Language::chinese());
    EXPECT_TRUE(zh.contains(s("原发性内分泌耐药"))) << zh.toStdString();
    EXPECT_TRUE(zh.contains(s("研究药物"))) << zh.toStdString();
    // SERD-PRIOR is met in one reading only; trigger T holds in it.
    EXPECT_EQ(criterionOf(a, kEla, kPrior), QStringLiteral("unknown"));
    EXPECT_EQ(statusOf(a, kEla), QStringLiteral("needs_information"));
    Rx untested = rx;
    untested.record().genomics.clear();
    EXPECT_TRUE(untested.assess(d("2024-06-01")).actionCodes().contains(QStringLiteral("ESR1_TEST_DUE")));
}

TEST(Investigational, TwoAndThreeUncertainLines)
{
    Rx rx = deNovo();
    rx.advanced(d("2024-02-01"), d("2024-05-01"), {QStringLiteral("investigational:A")}, StopReason::Progression)
        .advanced(d("2024-05-10"), d("2025-03-01"), {QStringLiteral("investigational:B")}, StopReason::Progression);
    auto a = rx.assess(d("2025-04-01"));
    EXPECT_EQ(a.resistance.rule, QStringLiteral("ER-I"));
    QString en = explain(a.resistance.explanation);
    EXPECT_TRUE(en.startsWith(QStringLiteral("2 lines"))) << en.toStdString();
    for (const char* value : {"Primary endocrine resistance", "Secondary endocrine resistance", "Endocrine-naive"})
        EXPECT_TRUE(en.contains(QLatin1String(value))) << value << " in " << en.toStdString();
    EXPECT_EQ(criterionOf(a, kEla, kPrior), QStringLiteral("unknown"));

    rx.advanced(d("2025-03-05"), {}, {QStringLiteral("investigational[OTHER|SERM]:C")});
    a = rx.assess(d("2025-04-01"));
    EXPECT_TRUE(explain(a.resistance.explanation).startsWith(QStringLiteral("3 lines")));
    EXPECT_EQ(a.advancedLines.size(), 3);
    // With an ET line that progressed, SERD-PRIOR is met in every reading.
    rx.advanced(d("2023-12-01"), d("2024-01-25"), {QStringLiteral("letrozole")}, StopReason::Progression);
    a = rx.assess(d("2025-04-01"));
    EXPECT_EQ(criterionOf(a, kEla, kPrior), QStringLiteral("met"));
    EXPECT_EQ(a.resistance.firstLine.rule, QStringLiteral("ER-M1"));  // line 1 is letrozole in every reading
}

TEST(Investigational, ManyUncertainLinesTakeTheSaferSide)
{
    Rx rx = deNovo();
    QDate start = d("2024-02-01");
    for (int i = 0; i <= rules::kMaxUncertainLines; ++i, start = start.addMonths(1))
        rx.advanced(start, start.addDays(20), {QStringLiteral("investigational[OTHER|AI]:T%1").arg(i)},
                    StopReason::Toxicity);
    const auto a = rx.assess(d("2025-06-01"));
    EXPECT_EQ(a.resistance.rule, QStringLiteral("ER-I"));
    EXPECT_EQ(criterionOf(a, kEla, kPrior), QStringLiteral("unknown"));
}

TEST(Investigational, SequencePrecedence)
{
    auto seqOf = [](const QStringList& failedLines, const QString& drug) {
        Rx rx = optionPatient();  // line 1 letrozole + palbociclib progressed 2025-09-01
        QDate start = d("2023-01-01");
        rx.record().therapies.clear();
        rx.adjuvant(d("2018-02-01"), d("2022-02-01"), {QStringLiteral("letrozole")});
        for (const QString& line : failedLines) {
            rx.advanced(start, start.addMonths(3), {line}, StopReason::Progression);
            start = start.addMonths(4);
        }
        const auto a = rx.assess(d("2025-10-01"));
        return std::pair{criterionOf(a, drug, QStringLiteral("SERD-SEQ")), flagsOf(a, drug)};
    };
    const QString ela = QStringLiteral("elacestrant");
    const QString inv = QStringLiteral("investigational");
    const QString serdOral = QStringLiteral("investigational[SERD_ORAL]:X");
    auto [status, flags] = seqOf({inv, QStringLiteral("vepdegestrant"), ela}, kEla);
    EXPECT_EQ(status, QStringLiteral("not_met"));
    std::tie(status, flags) = seqOf({inv, QStringLiteral("Veppanu")}, kEla);
    EXPECT_EQ(status, QStringLiteral("unknown"));
    EXPECT_TRUE(flags.contains(QStringLiteral("PRIOR_ORAL_SERD")));
    EXPECT_FALSE(flags.contains(QStringLiteral("PRIOR_INVESTIGATIONAL_AGENT")));
    std::tie(status, flags) = seqOf({serdOral}, kIml);  // exactly [SERD_ORAL] is another oral SERD
    EXPECT_TRUE(flags.contains(QStringLiteral("PRIOR_ORAL_SERD")));
    std::tie(status, flags) = seqOf({QStringLiteral("investigational[SERD_ORAL|AI]")}, kIml);
    EXPECT_EQ(status, QStringLiteral("unknown"));
    EXPECT_TRUE(flags.contains(QStringLiteral("PRIOR_INVESTIGATIONAL_AGENT")));
    std::tie(status, flags) = seqOf({QStringLiteral("investigational[CDK46I|OTHER]")}, kIml);
    EXPECT_EQ(status, QStringLiteral("met"));
}

TEST(Investigational, FailureAfterAnAdjuvantOralSerd)
{
    auto at = [](const char* relapse) {
        Rx rx;
        rx.adjuvant(d("2019-04-15"), d("2024-04-15"), {QStringLiteral("giredestrant")})
            .relapse(d(relapse))
            .advanced(d(relapse).addDays(15), {}, {QStringLiteral("letrozole"), QStringLiteral("dalpiciclib")})
            .tested(d(relapse).addDays(5));
        return rx.assess(d(relapse).addMonths(2));
    };
    auto a = at("2024-09-16");  // within 12 months of the end: failure
    EXPECT_EQ(criterionOf(a, kEla, kSeq), QStringLiteral("unknown"));
    EXPECT_TRUE(flagsOf(a, kEla).contains(QStringLiteral("PRIOR_ORAL_SERD")));
    EXPECT_FALSE(flagsOf(a, kEla).contains(QStringLiteral("ORAL_SERD_EXPOSURE")));
    EXPECT_EQ(a.resistance.rule, QStringLiteral("ER-A3"));
    a = at("2025-06-01");  // more than 12 months after: exposure without failure
    EXPECT_EQ(criterionOf(a, kEla, kSeq), QStringLiteral("met"));
    EXPECT_TRUE(flagsOf(a, kEla).contains(QStringLiteral("ORAL_SERD_EXPOSURE")));
    EXPECT_FALSE(flagsOf(a, kEla).contains(QStringLiteral("BOUNDARY_REVIEW")));
    a = at("2025-04-25");  // 10 days after the window: the window decided SERD-SEQ
    EXPECT_EQ(criterionOf(a, kEla, kSeq), QStringLiteral("met"));
    EXPECT_TRUE(flagsOf(a, kEla).contains(QStringLiteral("BOUNDARY_REVIEW")));
    a = at("2025-04-10");  // 5 days before it: failure, and the card says to review the dates
    EXPECT_EQ(criterionOf(a, kEla, kSeq), QStringLiteral("unknown"));
    EXPECT_TRUE(flagsOf(a, kEla).contains(QStringLiteral("BOUNDARY_REVIEW")));
}

TEST(Investigational, RecurrenceDuringAnAdvancedLineIsFailure)
{
    Rx rx = deNovo();
    rx.advanced(d("2024-02-01"), {}, {QStringLiteral("imlunestrant")});
    rx.relapse(d("2024-09-01"));  // a new distant recurrence while on it, no progression event
    const auto a = rx.assess(d("2024-10-01"));
    EXPECT_EQ(criterionOf(a, kIml, kSeq), QStringLiteral("not_met"));
    EXPECT_EQ(criterionOf(a, kEla, kSeq), QStringLiteral("unknown"));
}

TEST(Investigational, ExposureWithoutFailure)
{
    Rx rx = deNovo();
    rx.advanced(d("2024-02-01"), d("2024-04-01"), {QStringLiteral("imlunestrant")}, StopReason::Toxicity)
        .advanced(d("2024-04-10"), d("2025-02-01"), {QStringLiteral("letrozole"), QStringLiteral("abemaciclib")},
                  StopReason::Progression);
    auto a = rx.assess(d("2025-03-01"));
    EXPECT_EQ(criterionOf(a, kEla, kSeq), QStringLiteral("met"));  // a progression after it stopped: not failure
    EXPECT_TRUE(flagsOf(a, kEla).contains(QStringLiteral("ORAL_SERD_EXPOSURE")));
    EXPECT_TRUE(flagsOf(a, kIml).contains(QStringLiteral("ORAL_SERD_EXPOSURE")));  // its own ended line counts
    const auto* note = &a.option(kEla)->flags.back();
    for (const auto& n : a.option(kEla)->flags)
        if (n.code == QLatin1String("ORAL_SERD_EXPOSURE"))
            note = &n;
    const QString text = explain(note->text);
    EXPECT_TRUE(text.contains(QStringLiteral("toxicity"), Qt::CaseInsensitive)) << text.toStdString();

    Rx on = deNovo();  // on imlunestrant now: ALREADY_ON for its own card, exposure for the other
    on.advanced(d("2024-02-01"), {}, {QStringLiteral("imlunestrant")});
    a = on.assess(d("2025-03-01"));
    EXPECT_TRUE(flagsOf(a, kIml).contains(QStringLiteral("ALREADY_ON")));
    EXPECT_FALSE(flagsOf(a, kIml).contains(QStringLiteral("ORAL_SERD_EXPOSURE")));
    EXPECT_TRUE(flagsOf(a, kEla).contains(QStringLiteral("ORAL_SERD_EXPOSURE")));
}

TEST(Investigational, APossibleCdk46iMakesSerdCdkUnknown)
{
    Rx rx = deNovo();
    rx.advanced(d("2024-02-01"), d("2024-12-01"),
                {QStringLiteral("letrozole"), QStringLiteral("investigational[CDK46I|OTHER]:K")},
                StopReason::Progression);
    auto a = rx.assess(d("2025-01-10"), Jurisdiction::EuEma);
    EXPECT_EQ(criterionOf(a, kEla, QStringLiteral("SERD-CDK")), QStringLiteral("unknown"));
    a = rx.assess(d("2025-01-10"));
    EXPECT_FALSE(flagsOf(a, kEla).contains(QStringLiteral("NO_PRIOR_CDK46I")));
    EXPECT_FALSE(flagsOf(a, kEla).contains(QStringLiteral("EMERALD_POSTHOC_FAVORABLE")));
    rx.record().therapies[0].drugs[1] = QStringLiteral("investigational[CDK46I]:K");  // exactly a CDK46I
    EXPECT_EQ(criterionOf(rx.assess(d("2025-01-10"), Jurisdiction::EuEma), kEla, QStringLiteral("SERD-CDK")),
              QStringLiteral("met"));
}

TEST(Investigational, NeverTheDrugOfACardNorSupportive)
{
    Rx rx = deNovo();
    rx.advanced(d("2024-02-01"), {},
                {QStringLiteral("investigational[SERD_ORAL]:elacestrant"), QStringLiteral("goserelin")});
    const auto a = rx.assess(d("2024-06-01"));
    EXPECT_FALSE(flagsOf(a, kEla).contains(QStringLiteral("ALREADY_ON")));
    ASSERT_EQ(a.advancedLines.size(), 1);  // numbered: never supportive
    EXPECT_EQ(a.advancedLines[0].number, 1);
}

TEST(Investigational, BoundaryReviewOnTheCardOnlyWhenTheWindowDecided)
{
    // A possible oral SERD in adjuvant, relapse 9 days after its window; later elacestrant fails outright.
    Rx rx;
    rx.adjuvant(d("2015-01-01"), d("2020-01-01"), {QStringLiteral("investigational[SERD_ORAL|AI]")})
        .relapse(d("2021-01-10"))
        .advanced(d("2021-02-01"), d("2023-06-01"), {QStringLiteral("elacestrant")}, StopReason::Progression)
        .tested(d("2023-06-10"));
    auto a = rx.assess(d("2023-07-01"));
    EXPECT_EQ(criterionOf(a, kEla, kSeq), QStringLiteral("not_met"));
    EXPECT_FALSE(flagsOf(a, kEla).contains(QStringLiteral("BOUNDARY_REVIEW")));
    EXPECT_FALSE(flagsOf(a, kIml).contains(QStringLiteral("BOUNDARY_REVIEW")));  // PRIOR_ORAL_SERD decided it
    // Without the elacestrant line, the window decides: met, and the card says to review the dates.
    rx.record().therapies.removeLast();
    a = rx.assess(d("2023-07-01"));
    EXPECT_EQ(criterionOf(a, kIml, kSeq), QStringLiteral("met"));
    EXPECT_TRUE(flagsOf(a, kIml).contains(QStringLiteral("BOUNDARY_REVIEW")));
}

TEST(Investigational, SerdPriorUnknownNamesTheTrialLineThatWouldMeetIt)
{
    Rx rx;
    rx.neoadjuvant(d("2014-06-01"), d("2014-09-01"), {QStringLiteral("investigational[AI|OTHER]:NEO")})
        .adjuvant(d("2015-01-01"), d("2021-01-01"), {QStringLiteral("investigational[AI|OTHER]:ADJ")})
        .relapse(d("2020-06-01"))
        .tested(d("2020-06-10"));
    const auto a = rx.assess(d("2020-07-01"));
    ASSERT_EQ(criterionOf(a, kEla, kPrior), QStringLiteral("unknown"));
    const QString text = explain(a.option(kEla)->criterion(kPrior)->text);
    EXPECT_TRUE(text.contains(QStringLiteral("ADJ"))) << text.toStdString();
}

TEST(Deceased, NoCardsNoActionsAndTheJsonSaysSo)
{
    Rx rx = optionPatient();       // both oral SERDs are options on 2025-10-01
    rx.record().genomics.clear();  // and tests would be due
    DiseaseEvent death;
    death.type = EventType::Death;
    death.date = d("2025-09-20");
    rx.record().events << death;
    const auto a = rx.assess(d("2025-10-01"));
    EXPECT_EQ(a.deceased, d("2025-09-20"));
    EXPECT_TRUE(a.options.isEmpty());
    EXPECT_TRUE(a.actions.isEmpty());
    EXPECT_EQ(a.resistance.rule, QStringLiteral("ER-M2"));  // the history stays
    const QJsonObject json = rules::assessmentToJson(a, Language::english(), Knowledge::builtin());
    EXPECT_EQ(json.value(QStringLiteral("deceased")).toString(), QStringLiteral("2025-09-20"));
    // Assessed before the death: alive.
    const auto before = rx.assess(d("2025-09-15"));
    EXPECT_FALSE(before.deceased.isValid());
    EXPECT_EQ(before.options.size(), 2);
}
