// The seam of the rules integration: the only place the printed summary gets its assessment from.
#include "core/report/AssessmentSection.h"
#include "core/rules/Assess.h"
#include "core/rules/Codes.h"
#include "core/settings/AppSettings.h"

#include <QCoreApplication>

namespace onco::report {

namespace {

Phrase labelled(const char* source, const Phrase& value)
{
    return Phrase{"Summary", source, {nested(value)}};
}

/** A flag, action or info note: its code, its plain-words description as the lead, and why it applies here. */
AssessmentLine noteLine(const rules::Note& note)
{
    return {note.code, rules::describeCode(note.code), note.text, AssessmentLine::Mark::None};
}

QList<AssessmentLine> noteLines(const QList<rules::Note>& notes)
{
    QList<AssessmentLine> lines;
    for (const rules::Note& n : notes)
        lines << noteLine(n);
    return lines;
}

AssessmentLine::Mark markOf(rules::CriterionStatus status)
{
    switch (status) {
    case rules::CriterionStatus::Met:
        return AssessmentLine::Mark::Met;
    case rules::CriterionStatus::NotMet:
        return AssessmentLine::Mark::NotMet;
    case rules::CriterionStatus::Unknown:
        break;
    }
    return AssessmentLine::Mark::Unknown;
}

OptionCardSection::Tone toneOf(rules::OptionStatus status)
{
    switch (status) {
    case rules::OptionStatus::Option:
        return OptionCardSection::Tone::Option;
    case rules::OptionStatus::NotOption:
        return OptionCardSection::Tone::NotOption;
    case rules::OptionStatus::NeedsInformation:
        break;
    }
    return OptionCardSection::Tone::NeedsInformation;
}

/** The approval in the assessment's jurisdiction (named once, above the cards) as the knowledge data gives it; the
 *  flags say what follows from it. */
Phrase approvalOf(const rules::OptionCard& card, const QDate& asOf)
{
    if (!card.approved || (card.approvalDate.isValid() && card.approvalDate > asOf))
        return {"Summary", QT_TRANSLATE_NOOP("Summary", "not approved on the assessment date"), {}};
    if (!card.approvalDate.isValid())
        return {"Summary", QT_TRANSLATE_NOOP("Summary", "approved (date not recorded)"), {}};
    if (!card.approvalVerified)
        return {"Summary",
                QT_TRANSLATE_NOOP("Summary", "approved %1 (not verified from a primary source)"),
                {card.approvalDate}};
    return {"Summary", QT_TRANSLATE_NOOP("Summary", "approved %1"), {card.approvalDate}};
}

OptionCardSection card(const rules::OptionCard& c, const QDate& asOf)
{
    OptionCardSection out;
    out.drug = c.drug;
    out.status = rules::describeCardStatus(c);  // "Taking (since …)", "Option at the next change" as in the window
    out.tone = c.hasFlag(QStringLiteral("ALREADY_ON")) ? OptionCardSection::Tone::Neutral : toneOf(c.status);
    out.approval = approvalOf(c, asOf);
    for (const rules::Criterion& criterion : c.criteria)
        out.criteria << AssessmentLine{criterion.id, rules::describeRule(criterion.id), criterion.text,
                                       markOf(criterion.status)};
    out.flags = noteLines(c.flags);
    return out;
}

/** One endocrine-resistance attribute (adjuvant, first line); nothing when no rule applies to it. The attribute that
 *  decided the overall class says why once, in the overall line: here its rule ID only. */
void addAttribute(QList<AssessmentLine>& lines, const char* label, const rules::ResistanceAttribute& attribute,
                  const rules::EndocrineResistance& overall)
{
    if (attribute.rule.isEmpty() && attribute.value == rules::Resistance::None)
        return;
    const bool decided = attribute.rule == overall.rule && attribute.explanation == overall.explanation;
    lines << AssessmentLine{attribute.rule, labelled(label, rules::describeResistance(attribute.value)),
                            decided ? Phrase{} : attribute.explanation, AssessmentLine::Mark::None};
}

}  // namespace

AssessmentSection toAssessmentSection(const rules::Assessment& a)
{
    AssessmentSection s;
    s.asOf = a.asOf;
    s.jurisdiction = a.jurisdiction;
    s.knowledgeVersion = a.knowledgeVersion;
    s.deceased = a.deceased;
    const rules::EndocrineResistance& r = a.resistance;
    s.overall = rules::describeResistance(r.overall);
    s.overallRule = r.rule;
    s.resistance << AssessmentLine{
        r.rule, labelled(QT_TRANSLATE_NOOP("Summary", "Overall: %1"), rules::describeResistance(r.overall)),
        r.explanation, AssessmentLine::Mark::None};
    addAttribute(s.resistance, QT_TRANSLATE_NOOP("Summary", "Adjuvant: %1"), r.adjuvant, r);
    addAttribute(s.resistance, QT_TRANSLATE_NOOP("Summary", "First advanced endocrine line: %1"), r.firstLine, r);
    s.resistance << noteLines(r.flags);  // with their sentences, as the window shows them
    s.receptorFlags = noteLines(a.receptorFlags);
    for (const rules::OptionCard& c : a.options)
        s.options << card(c, a.asOf);
    s.actions = noteLines(a.actions);
    s.info = noteLines(a.info);
    return s;
}

AssessmentSource defaultAssessmentSource()
{
    return [](const PatientRecord& record, const QDate& asOf, std::optional<Jurisdiction> jurisdiction,
              const Knowledge& knowledge) -> std::optional<AssessmentSection> {
        const rules::RuleContext context{asOf, settings::chooseJurisdiction(jurisdiction, std::nullopt), knowledge};
        return toAssessmentSection(rules::assess(record, context));
    };
}

}  // namespace onco::report
