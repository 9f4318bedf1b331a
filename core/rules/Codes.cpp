#include "core/rules/Codes.h"

#include <QCoreApplication>

namespace onco::rules {

namespace {

struct Described
{
    const char* code;
    const char* text;  ///< QT_TRANSLATE_NOOP("Rules", …)
};

// Flags, actions and info (clinical-rules.md §2–§5), in plain words.
constexpr Described kCodes[] = {
    {"BOUNDARY_REVIEW",
     QT_TRANSLATE_NOOP("Rules", "A deciding date is within 30 days of a threshold: check the dates")},
    {"AMBIGUOUS_EARLY_STOP",
     QT_TRANSLATE_NOOP("Rules", "Adjuvant endocrine therapy stopped early: the resistance class is uncertain")},
    {"CDK46I_ERA_CAVEAT",
     QT_TRANSLATE_NOOP("Rules", "The 6-month threshold was made for endocrine therapy without a CDK4/6 inhibitor")},
    {"RECEPTOR_DISCORDANCE", QT_TRANSLATE_NOOP("Rules", "ER or HER2 of a later biopsy differs from the diagnosis")},
    {"ER_LOW", QT_TRANSLATE_NOOP("Rules", "ER-low (1–10 %): benefit of endocrine therapy uncertain")},
    {"CONFIRM_LINE_COUNT",
     QT_TRANSLATE_NOOP("Rules", "Only adjuvant endocrine therapy failed: confirm it counts as a line")},
    {"OFF_LABEL_OFS", QT_TRANSLATE_NOOP("Rules", "Off-label before menopause, with ovarian function suppression")},
    {"DOSE_258MG", QT_TRANSLATE_NOOP("Rules", "Child-Pugh B: reduced dose 258 mg once daily")},
    {"PRIOR_ORAL_SERD", QT_TRANSLATE_NOOP("Rules", "Progressed on another oral SERD: no data for a second one")},
    {"PRIOR_INVESTIGATIONAL_AGENT",
     QT_TRANSLATE_NOOP("Rules", "Failed on a trial drug that may have been an oral SERD")},
    {"ORAL_SERD_EXPOSURE",
     QT_TRANSLATE_NOOP("Rules", "Oral SERD given before without failure: no data for another or for re-treatment")},
    {"INVESTIGATIONAL_AGENT",
     QT_TRANSLATE_NOOP("Rules", "A trial drug may or may not be endocrine therapy: read both ways")},
    {"ESR1_VARIANT_NOT_RECORDED", QT_TRANSLATE_NOOP("Rules", "ESR1 mutation without the variant: record it")},
    {"ESR1_VARIANT_REVIEW", QT_TRANSLATE_NOOP("Rules", "ESR1 result needs review (variant or indeterminate result)")},
    {"ESR1_DISCORDANT", QT_TRANSLATE_NOOP("Rules", "ESR1 not detected now but mutated before: review")},
    {"ESR1_WILD_TYPE", QT_TRANSLATE_NOOP("Rules", "No ESR1 mutation: no oral SERD benefit shown")},
    {"ESR1_TISSUE_ONLY", QT_TRANSLATE_NOOP("Rules", "ESR1 tested in tissue only: plasma ctDNA is more sensitive")},
    {"DDI_CYP3A4", QT_TRANSLATE_NOOP("Rules", "Interaction: a CYP3A4 inhibitor or inducer is taken")},
    {"DDI_UNCHECKED", QT_TRANSLATE_NOOP("Rules", "A current medicine could not be checked for interactions")},
    {"NO_PRIOR_CDK46I", QT_TRANSLATE_NOOP("Rules", "No prior CDK4/6 inhibitor (the trial required one)")},
    {"CDK46I_ADJUVANT_ONLY", QT_TRANSLATE_NOOP("Rules", "CDK4/6 inhibitor given only as (neo)adjuvant therapy")},
    {"CURRENT_LINE_NOT_PROGRESSED",
     QT_TRANSLATE_NOOP("Rules", "Current line not progressed: for the next change of therapy")},
    {"APPROVAL_UNVERIFIED", QT_TRANSLATE_NOOP("Rules", "Approval not verified from a primary source")},
    {"EMERALD_POSTHOC_FAVORABLE",
     QT_TRANSLATE_NOOP("Rules", "12 months or more on a CDK4/6 inhibitor: favourable in a post hoc analysis")},
    {"ALREADY_ON", QT_TRANSLATE_NOOP("Rules", "Already taking this drug")},
    {"NOT_APPROVED_IN_JURISDICTION", QT_TRANSLATE_NOOP("Rules", "Not approved in the selected jurisdiction")},
    {"ESR1_TEST_DUE", QT_TRANSLATE_NOOP("Rules", "ESR1 test due (plasma ctDNA preferred)")},
    {"ESR1_RETEST_DUE", QT_TRANSLATE_NOOP("Rules", "ESR1 re-test due since the latest progression")},
    {"PIK3CA_TEST_DUE", QT_TRANSLATE_NOOP("Rules", "PIK3CA test due")},
    {"GERMLINE_BRCA_TEST_DUE", QT_TRANSLATE_NOOP("Rules", "Germline BRCA1/2 test due")},
    {"HER2_ISH_NEEDED", QT_TRANSLATE_NOOP("Rules", "HER2 IHC 2+: ISH needed")},
    {"CONFIRM_MENOPAUSAL_STATUS", QT_TRANSLATE_NOOP("Rules", "Confirm the menopausal status")},
    {"CONSIDER_OFS", QT_TRANSLATE_NOOP("Rules", "Consider ovarian function suppression")},
    {"SERENA6_EVIDENCE",
     QT_TRANSLATE_NOOP("Rules", "ESR1 mutation in ctDNA on first-line AI + CDK4/6 inhibitor (SERENA-6)")},
    {"PD_MARKER_ONLY",
     QT_TRANSLATE_NOOP("Rules", "Progression recorded on tumour markers alone: not counted as progression")},
};

// Rule IDs (clinical-rules.md), in a few words.
constexpr Described kRules[] = {
    {"ADV-1", QT_TRANSLATE_NOOP("Rules", "Advanced disease")},
    {"ER-A0", QT_TRANSLATE_NOOP("Rules", "De novo metastatic: no adjuvant class")},
    {"ER-A1", QT_TRANSLATE_NOOP("Rules", "Relapse in the first 24 months of adjuvant endocrine therapy")},
    {"ER-A2", QT_TRANSLATE_NOOP("Rules", "Relapse on adjuvant endocrine therapy after 24 months")},
    {"ER-A3", QT_TRANSLATE_NOOP("Rules", "Relapse within 12 months after adjuvant endocrine therapy")},
    {"ER-A4", QT_TRANSLATE_NOOP("Rules", "Relapse more than 12 months after adjuvant endocrine therapy")},
    {"ER-A5", QT_TRANSLATE_NOOP("Rules", "Relapse without prior adjuvant endocrine therapy")},
    {"ER-M0", QT_TRANSLATE_NOOP("Rules", "No progression on the first endocrine line for advanced disease")},
    {"ER-M1", QT_TRANSLATE_NOOP("Rules", "Progression within 6 months of the first endocrine line")},
    {"ER-M2", QT_TRANSLATE_NOOP("Rules", "Progression after 6 months or more of the first endocrine line")},
    {"ER-N", QT_TRANSLATE_NOOP("Rules", "ER-negative disease: not applicable")},
    {"ER-E", QT_TRANSLATE_NOOP("Rules", "Not evaluable yet")},
    {"ER-I", QT_TRANSLATE_NOOP("Rules", "A trial drug decides the class: not evaluable")},
    {"ER-X1", QT_TRANSLATE_NOOP("Rules", "Early stop of adjuvant endocrine therapy")},
    {"ER-X2", QT_TRANSLATE_NOOP("Rules", "CDK4/6 inhibitor in the first endocrine line")},
    {"RCPT-1", QT_TRANSLATE_NOOP("Rules", "Receptors from the latest specimen")},
    {"SERD-ER", QT_TRANSLATE_NOOP("Rules", "ER positive")},
    {"SERD-HER2", QT_TRANSLATE_NOOP("Rules", "HER2-negative")},
    {"SERD-ADV", QT_TRANSLATE_NOOP("Rules", "Advanced disease")},
    {"SERD-PRIOR", QT_TRANSLATE_NOOP("Rules", "Progression after at least one line of endocrine therapy")},
    {"SERD-ESR1", QT_TRANSLATE_NOOP("Rules", "ESR1 mutation")},
    {"SERD-POP", QT_TRANSLATE_NOOP("Rules", "Population of the label")},
    {"SERD-CDK", QT_TRANSLATE_NOOP("Rules", "Prior CDK4/6 inhibitor")},
    {"SERD-VC", QT_TRANSLATE_NOOP("Rules", "No visceral crisis")},
    {"SERD-HEP", QT_TRANSLATE_NOOP("Rules", "Hepatic function")},
    {"SERD-SEQ", QT_TRANSLATE_NOOP("Rules", "Not failed on an oral SERD")},
    {"SERD-INFO-1", QT_TRANSLATE_NOOP("Rules", "SERENA-6 situation")},
    {"ESR1-1", QT_TRANSLATE_NOOP("Rules", "ESR1 test")},
    {"ESR1-2", QT_TRANSLATE_NOOP("Rules", "ESR1 re-test")},
    {"PIK3-1", QT_TRANSLATE_NOOP("Rules", "PIK3CA test")},
    {"BRCA-1", QT_TRANSLATE_NOOP("Rules", "Germline BRCA test")},
    {"HER2-1", QT_TRANSLATE_NOOP("Rules", "HER2 ISH")},
    {"MENO-1", QT_TRANSLATE_NOOP("Rules", "Menopausal status")},
    {"MENO-2", QT_TRANSLATE_NOOP("Rules", "Ovarian function suppression")},
    {"TM-6", QT_TRANSLATE_NOOP("Rules", "A marker rise is not a progression")},
};

template <std::size_t N> Phrase find(const Described (&table)[N], const QString& code)
{
    for (const Described& d : table)
        if (code == QLatin1String(d.code))
            return {"Rules", d.text};
    return {};
}

template <std::size_t N> QStringList keys(const Described (&table)[N])
{
    QStringList out;
    for (const Described& d : table)
        out << QLatin1String(d.code);
    return out;
}

}  // namespace

QString resistanceCode(Resistance value)
{
    switch (value) {
    case Resistance::None:
        return {};
    case Resistance::Primary:
        return QStringLiteral("primary");
    case Resistance::Secondary:
        return QStringLiteral("secondary");
    case Resistance::Sensitive:
        return QStringLiteral("sensitive");
    case Resistance::Naive:
        return QStringLiteral("naive");
    case Resistance::NoProgression:
        return QStringLiteral("no_progression");
    case Resistance::NotEvaluable:
        return QStringLiteral("not_evaluable");
    case Resistance::NotApplicable:
        return QStringLiteral("not_applicable");
    }
    return {};
}

QString criterionStatusCode(CriterionStatus status)
{
    switch (status) {
    case CriterionStatus::Met:
        return QStringLiteral("met");
    case CriterionStatus::NotMet:
        return QStringLiteral("not_met");
    case CriterionStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString optionStatusCode(OptionStatus status)
{
    switch (status) {
    case OptionStatus::Option:
        return QStringLiteral("option");
    case OptionStatus::NotOption:
        return QStringLiteral("not_option");
    case OptionStatus::NeedsInformation:
        break;
    }
    return QStringLiteral("needs_information");
}

QString polarityCode(Polarity value)
{
    return value == Polarity::Positive   ? QStringLiteral("positive")
           : value == Polarity::Negative ? QStringLiteral("negative")
                                         : QStringLiteral("unknown");
}

QString her2CategoryCode(Her2Category value)
{
    switch (value) {
    case Her2Category::Zero:
        return QStringLiteral("zero");
    case Her2Category::Ultralow:
        return QStringLiteral("ultralow");
    case Her2Category::Low:
        return QStringLiteral("low");
    case Her2Category::Positive:
        return QStringLiteral("positive");
    case Her2Category::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString esr1StateCode(Esr1State value)
{
    switch (value) {
    case Esr1State::None:
        return QStringLiteral("none");
    case Esr1State::Mutated:
        return QStringLiteral("mutated");
    case Esr1State::Review:
        return QStringLiteral("review");
    case Esr1State::NotDetected:
        return QStringLiteral("not_detected");
    case Esr1State::Discordant:
        return QStringLiteral("discordant");
    case Esr1State::NotCurrent:
        return QStringLiteral("not_current");
    case Esr1State::Indeterminate:
        break;
    }
    return QStringLiteral("indeterminate");
}

std::optional<Esr1State> esr1StateFromCode(const QString& code)
{
    for (auto v : {Esr1State::None, Esr1State::Mutated, Esr1State::Review, Esr1State::NotDetected,
                   Esr1State::Discordant, Esr1State::NotCurrent, Esr1State::Indeterminate})
        if (esr1StateCode(v) == code)
            return v;
    return std::nullopt;
}

std::optional<OptionStatus> optionStatusFromCode(const QString& code)
{
    for (auto v : {OptionStatus::Option, OptionStatus::NotOption, OptionStatus::NeedsInformation})
        if (optionStatusCode(v) == code)
            return v;
    return std::nullopt;
}

std::optional<Resistance> resistanceFromCode(const QString& code)
{
    for (auto v : {Resistance::None, Resistance::Primary, Resistance::Secondary, Resistance::Sensitive,
                   Resistance::Naive, Resistance::NoProgression, Resistance::NotEvaluable, Resistance::NotApplicable})
        if (resistanceCode(v) == code)
            return v;
    return std::nullopt;
}

QString entityCode(RecordRef::Entity entity)
{
    switch (entity) {
    case RecordRef::Entity::Patient:
        return QStringLiteral("patient");
    case RecordRef::Entity::Diagnosis:
        return QStringLiteral("diagnosis");
    case RecordRef::Entity::Biopsy:
        return QStringLiteral("biopsies");
    case RecordRef::Entity::Event:
        return QStringLiteral("events");
    case RecordRef::Entity::Therapy:
        return QStringLiteral("therapies");
    case RecordRef::Entity::Genomic:
        return QStringLiteral("genomics");
    case RecordRef::Entity::Medication:
        return QStringLiteral("medications");
    }
    return {};
}

Phrase describeCode(const QString& code)
{
    return find(kCodes, code);
}

Phrase describeRule(const QString& ruleId)
{
    return find(kRules, ruleId);
}

Phrase describeResistance(Resistance value)
{
    switch (value) {
    case Resistance::None:
        return {"Rules", QT_TRANSLATE_NOOP("Rules", "None")};
    case Resistance::Primary:
        return {"Rules", QT_TRANSLATE_NOOP("Rules", "Primary endocrine resistance")};
    case Resistance::Secondary:
        return {"Rules", QT_TRANSLATE_NOOP("Rules", "Secondary endocrine resistance")};
    case Resistance::Sensitive:
        return {"Rules", QT_TRANSLATE_NOOP("Rules", "Endocrine-sensitive")};
    case Resistance::Naive:
        return {"Rules", QT_TRANSLATE_NOOP("Rules", "Endocrine-naive")};
    case Resistance::NoProgression:
        return {"Rules", QT_TRANSLATE_NOOP("Rules", "No progression yet")};
    case Resistance::NotEvaluable:
        return {"Rules", QT_TRANSLATE_NOOP("Rules", "Not evaluable yet")};
    case Resistance::NotApplicable:
        return {"Rules", QT_TRANSLATE_NOOP("Rules", "Not applicable (ER-negative)")};
    }
    return {};
}

Phrase describeOptionStatus(OptionStatus status)
{
    switch (status) {
    case OptionStatus::Option:
        return {"Rules", QT_TRANSLATE_NOOP("Rules", "Option")};
    case OptionStatus::NotOption:
        return {"Rules", QT_TRANSLATE_NOOP("Rules", "Not an option")};
    case OptionStatus::NeedsInformation:
        break;
    }
    return {"Rules", QT_TRANSLATE_NOOP("Rules", "Needs information")};
}

QDate takingSince(const OptionCard& card)
{
    for (const Note& n : card.flags)
        if (n.code == QLatin1String("ALREADY_ON"))
            for (const auto& arg : n.text.args)
                if (const auto* date = std::get_if<QDate>(&arg))
                    return *date;
    return {};
}

Phrase describeCardStatus(const OptionCard& card)
{
    if (card.status == OptionStatus::Option && card.hasFlag(QStringLiteral("ALREADY_ON"))) {
        const QDate since = takingSince(card);
        if (since.isValid())
            return {"Rules", QT_TRANSLATE_NOOP("Rules", "Taking (since %1)"), {since}};
        return {"Rules", QT_TRANSLATE_NOOP("Rules", "Taking")};
    }
    if (card.status == OptionStatus::Option && card.hasFlag(QStringLiteral("CURRENT_LINE_NOT_PROGRESSED")))
        return {"Rules", QT_TRANSLATE_NOOP("Rules", "Option at the next change")};
    return describeOptionStatus(card.status);
}

Phrase describeCriterionStatus(CriterionStatus status)
{
    switch (status) {
    case CriterionStatus::Met:
        return {"Rules", QT_TRANSLATE_NOOP("Rules", "Met")};
    case CriterionStatus::NotMet:
        return {"Rules", QT_TRANSLATE_NOOP("Rules", "Not met")};
    case CriterionStatus::Unknown:
        break;
    }
    return {"Rules", QT_TRANSLATE_NOOP("Rules", "Unknown")};
}

QStringList allCodes()
{
    return keys(kCodes);
}

QStringList allRuleIds()
{
    return keys(kRules);
}

QStringList labelCriterionIds()
{
    return {QStringLiteral("SERD-ER"),    QStringLiteral("SERD-HER2"), QStringLiteral("SERD-ADV"),
            QStringLiteral("SERD-PRIOR"), QStringLiteral("SERD-ESR1"), QStringLiteral("SERD-POP"),
            QStringLiteral("SERD-CDK"),   QStringLiteral("SERD-VC"),   QStringLiteral("SERD-HEP"),
            QStringLiteral("SERD-SEQ")};
}

QStringList labelFlagCodes()
{
    return {QStringLiteral("NO_PRIOR_CDK46I"), QStringLiteral("CDK46I_ADJUVANT_ONLY"),
            QStringLiteral("EMERALD_POSTHOC_FAVORABLE")};
}

}  // namespace onco::rules
