// Option flags (clinical-rules.md §4.3): informational, computed whatever the option's status, never changing it.
// DDI_CYP3A4, DDI_UNCHECKED, NO_PRIOR_CDK46I, CDK46I_ADJUVANT_ONLY, ER_LOW, CURRENT_LINE_NOT_PROGRESSED,
// APPROVAL_UNVERIFIED, EMERALD_POSTHOC_FAVORABLE, ALREADY_ON, NOT_APPROVED_IN_JURISDICTION.
#include "core/rules/RuleFamilies.h"

#include <QCoreApplication>

#include <cstdlib>

namespace onco::rules {

namespace {

const char* effectWord(CypEffect e)
{
    switch (e) {
    case CypEffect::StrongInhibitor:
        return QT_TRANSLATE_NOOP("Rules", "strong CYP3A4 inhibitor");
    case CypEffect::ModerateInhibitor:
        return QT_TRANSLATE_NOOP("Rules", "moderate CYP3A4 inhibitor");
    case CypEffect::StrongInducer:
        return QT_TRANSLATE_NOOP("Rules", "strong CYP3A4 inducer");
    case CypEffect::ModerateInducer:
        break;
    }
    return QT_TRANSLATE_NOOP("Rules", "moderate CYP3A4 inducer");
}

/** DDI_CYP3A4 / DDI_UNCHECKED for each concomitant medication active on as_of. */
void interactionFlags(OptionCard& card, const Shared& s)
{
    const Knowledge& k = *s.facts.knowledge;
    const DdiText* ddi = k.ddi(card.drug, s.facts.jurisdiction);
    for (const auto& m : s.facts.medications) {
        if (!m.value.isActiveOn(s.facts.asOf))
            continue;
        const auto matches = k.matchCyp3a4(m.value.name);
        if (matches.isEmpty()) {
            card.flags.append({QStringLiteral("DDI_UNCHECKED"),
                               {"Rules",
                                QT_TRANSLATE_NOOP("Rules", "%1 is not on the CYP3A4 list: interaction not checked."),
                                {m.value.name}},
                               {m.ref}});
            continue;
        }
        const CypEntry* e = matches.front();
        if (ddi)
            card.flags.append({QStringLiteral("DDI_CYP3A4"),
                               {"Rules",
                                QT_TRANSLATE_NOOP("Rules", "%1 (%2, %3) is taken now. %4"),
                                {m.value.name, Localized{e->name, e->zh}, ContextLabel{"Rules", effectWord(e->effect)},
                                 Localized{ddi->en, ddi->zh}}},
                               {m.ref}});
        else
            card.flags.append({QStringLiteral("DDI_UNCHECKED"),
                               {"Rules",
                                QT_TRANSLATE_NOOP("Rules", "%1 (%2, %3) is taken now; the knowledge data holds no "
                                                           "interaction data for %4: check the label."),
                                {m.value.name, Localized{e->name, e->zh}, ContextLabel{"Rules", effectWord(e->effect)},
                                 DrugName{card.drug}}},
                               {m.ref}});
    }
}

/**
 * An advanced non-supportive line without this drug, active on as_of, started after the latest progression, no PD.
 * A line started on the day of the progression counts as after it (the progression belongs to the old line, §1).
 */
/** CURRENT_LINE_NOT_PROGRESSED (§4, clarified 2026-12-04): a latest progression exists, and an advanced
 *  non-supportive line without the drug is active on as_of, started on or after it, and has no PD yet. */
const LineFacts* currentLineNotProgressed(const QString& drug, const Facts& f)
{
    if (!f.latestProgression)
        return nullptr;
    for (const LineFacts& l : f.lines)
        if (l.advanced() && !l.supportive && !l.contains(drug) && l.activeOn(f.asOf) && l.pd.isNull() &&
            l.line.start >= f.latestProgression->date)
            return &l;
    return nullptr;
}

/** EMERALD_POSTHOC_FAVORABLE's line: a prior advanced ET + CDK4/6 inhibitor line (started strictly before the latest
 *  progression) that lasted >= 12 months (to as_of when ongoing). The current line never counts. */
const LineFacts* longCdkLine(const Facts& f)
{
    if (!f.latestProgression)
        return nullptr;
    for (const LineFacts& l : f.lines) {
        const QDate until = l.line.end.isValid() ? l.line.end : f.asOf;
        if (l.advanced() && l.endocrine && l.cdk46i && l.line.start < f.latestProgression->date &&
            until >= l.line.start.addMonths(12))
            return &l;
    }
    return nullptr;
}

/** ORAL_SERD_EXPOSURE (§4.3): SERD-SEQ met, but a line with an oral SERD or a possible one is ongoing or ended
 *  without failure; for the card's own drug only an ended line counts (an active one is ALREADY_ON). */
void exposureFlag(OptionCard& card, const Facts& f)
{
    const Criterion* seq = card.criterion(QStringLiteral("SERD-SEQ"));
    if (!seq || seq->status != CriterionStatus::Met)
        return;
    for (const LineFacts& l : f.lines) {
        if (!(l.oralSerd || l.possibleOralSerd) || l.failure.isValid())
            continue;
        const bool active = l.activeOn(f.asOf);
        if (l.contains(card.drug) && active)
            continue;
        const Phrase text =
            active ? Phrase{"Rules",
                            QT_TRANSLATE_NOOP("Rules", "%1 since %2, ongoing: no data for one oral SERD after another; "
                                                       "failure on it would make SERD-SEQ unknown."),
                            {DrugList{l.line.drugs}, l.line.start}}
                   : Phrase{"Rules",
                            QT_TRANSLATE_NOOP("Rules", "%1 from %2 to %3, stopped: %4, without failure: no data for "
                                                       "one oral SERD after another, nor for re-treatment."),
                            {DrugList{l.line.drugs}, l.line.start, l.line.end,
                             ContextLabel{"Enums", sourceLabel(l.line.stopReason)}}};
        card.flags.append({QStringLiteral("ORAL_SERD_EXPOSURE"), text, {l.ref}});
        return;
    }
}

/** BOUNDARY_REVIEW on the card (§0): the relapse lies within ±30 days of the end of the adjuvant failure window
 *  (period end + 12 months) and that comparison decided SERD-SEQ: the line that gave it its failure by the window
 *  alone, or, when SERD-SEQ is met, a line with an oral SERD (or a possible one) that escaped failure by it. */
void sequenceBoundaryFlag(OptionCard& card, const Facts& f)
{
    const Criterion* seq = card.criterion(QStringLiteral("SERD-SEQ"));
    if (!f.relapse || !seq)
        return;
    const bool met = seq->status == CriterionStatus::Met;
    for (const LineFacts& l : f.lines) {
        if (!(l.oralSerd || l.possibleOralSerd) || !l.adjuvantWindowEnd.isValid() ||
            !withinBoundary(f.relapse->date, l.adjuvantWindowEnd))
            continue;
        const bool decided =
            met ? l.failure.isNull() : l.failedOnlyByWindow && !seq->records.isEmpty() && seq->records.front() == l.ref;
        if (!decided)
            continue;
        const int days = int(std::abs(f.relapse->date.daysTo(l.adjuvantWindowEnd)));
        const char* text =
            days == 0 ? QT_TRANSLATE_NOOP("Rules", "SERD-SEQ: the relapse on %1 falls on the last day of the 12 months "
                                                   "after the adjuvant endocrine therapy with %4 ended; review the "
                                                   "dates.")
            : days == 1
                ? QT_TRANSLATE_NOOP("Rules", "SERD-SEQ: the relapse on %1 is 1 day from %3, the end of the 12 months "
                                             "after the adjuvant endocrine therapy with %4 ended; review the dates.")
                : QT_TRANSLATE_NOOP("Rules", "SERD-SEQ: the relapse on %1 is %2 days from %3, the end of the 12 "
                                             "months after the adjuvant endocrine therapy with %4 ended; review the "
                                             "dates.");
        card.flags.append({QStringLiteral("BOUNDARY_REVIEW"),
                           {"Rules", text, {f.relapse->date, days, l.adjuvantWindowEnd, DrugList{l.line.drugs}}},
                           {l.ref, *f.relapse}});
        return;
    }
}

}  // namespace

void addOptionFlags(OptionCard& card, const Label& label, const Shared& s)
{
    const Facts& f = s.facts;
    const Knowledge& k = *f.knowledge;
    interactionFlags(card, s);

    const auto prior = f.priorCdk46iLines();
    if (label.flags.contains(QLatin1String("NO_PRIOR_CDK46I")) && prior.isEmpty() && !f.priorPossibleCdk46iLine())
        card.flags.append({QStringLiteral("NO_PRIOR_CDK46I"),
                           {"Rules", QT_TRANSLATE_NOOP("Rules", "No CDK4/6 inhibitor before the latest progression "
                                                                "(EMERALD required one).")},
                           {}});
    if (label.flags.contains(QLatin1String("CDK46I_ADJUVANT_ONLY")) && !prior.isEmpty()) {
        bool adjuvantOnly = true;
        QList<RecordRef> refs;
        for (const LineFacts* l : prior) {
            adjuvantOnly = adjuvantOnly && l->adjuvantOrNeoadjuvant();
            refs << l->ref;
        }
        if (adjuvantOnly)
            card.flags.append({QStringLiteral("CDK46I_ADJUVANT_ONLY"),
                               {"Rules", QT_TRANSLATE_NOOP("Rules", "Every prior CDK4/6 inhibitor was given as "
                                                                    "(neo)adjuvant therapy.")},
                               refs});
    }
    if (isErLow(s.receptors))
        card.flags.append({QStringLiteral("ER_LOW"),
                           {"Rules",
                            QT_TRANSLATE_NOOP("Rules", "ER %1 %: the benefit of endocrine therapy is uncertain at "
                                                       "ER-low."),
                            {*s.receptors.erPercent}},
                           {*s.receptors.erSource}});
    if (const LineFacts* l = currentLineNotProgressed(card.drug, f))
        card.flags.append({QStringLiteral("CURRENT_LINE_NOT_PROGRESSED"),
                           {"Rules",
                            QT_TRANSLATE_NOOP("Rules", "The current line (%1, since %2) has not progressed: an option "
                                                       "for the next change of therapy, not now."),
                            {DrugList{l->line.drugs}, l->line.start}},
                           {l->ref}});

    const Approval* approval = k.approval(card.drug, f.jurisdiction);
    if (approval) {
        card.approved = approval->approved;
        card.approvalDate = approval->date;
        card.approvalVerified = approval->verified;
        card.approvalSource = approval->source;
        card.approvalLastVerified = approval->lastVerified;
    }
    if (approval && approval->approved && !approval->verified)
        card.flags.append({QStringLiteral("APPROVAL_UNVERIFIED"),
                           {"Rules",
                            QT_TRANSLATE_NOOP("Rules", "The approval in this jurisdiction is not verified from a "
                                                       "primary source (source: %1)."),
                            {approval->source}},
                           {}});
    if (label.flags.contains(QLatin1String("EMERALD_POSTHOC_FAVORABLE")) && s.esr1.status == CriterionStatus::Met) {
        if (const LineFacts* l = longCdkLine(f))
            card.flags.append({QStringLiteral("EMERALD_POSTHOC_FAVORABLE"),
                               {"Rules",
                                QT_TRANSLATE_NOOP("Rules", "The advanced line %1 (endocrine therapy and a CDK4/6 "
                                                           "inhibitor) lasted 12 months or more (from %2); post hoc, "
                                                           "never decisive."),
                                {DrugList{l->line.drugs}, l->line.start}},
                               {l->ref}});
    }
    for (const LineFacts& l : f.lines) {
        if (l.contains(card.drug) && l.activeOn(f.asOf)) {
            card.flags.append(
                {QStringLiteral("ALREADY_ON"),
                 {"Rules", QT_TRANSLATE_NOOP("Rules", "Already on %1 since %2."), {DrugName{card.drug}, l.line.start}},
                 {l.ref}});
            break;
        }
    }
    exposureFlag(card, f);
    sequenceBoundaryFlag(card, f);
    if (!approval || !approval->approvedOn(f.asOf)) {
        const QDate verified = approval && approval->lastVerified.isValid() ? approval->lastVerified : k.lastVerified();
        card.flags.append({QStringLiteral("NOT_APPROVED_IN_JURISDICTION"),
                           {"Rules",
                            QT_TRANSLATE_NOOP("Rules", "Not approved in %1 on %2 according to the knowledge data "
                                                       "(last verified %3)."),
                            {ContextLabel{"Enums", sourceLabel(f.jurisdiction)}, f.asOf, verified}},
                           {}});
    }
    for (const EvidenceItem& e : k.evidence())
        if (e.drug == card.drug &&
            (e.shownWith.isEmpty() || card.hasFlag(e.shownWith) || card.actions.contains(e.shownWith)))
            card.evidence << e.id;
}

}  // namespace onco::rules
