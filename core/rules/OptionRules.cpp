// Oral SERD option cards (clinical-rules.md §4): the criteria SERD-ER, SERD-HER2, SERD-ADV, SERD-PRIOR, SERD-ESR1,
// SERD-POP, SERD-CDK, SERD-VC, SERD-HEP and SERD-SEQ, each naming the record that decided it; which criteria apply to
// a drug in a jurisdiction comes from the knowledge data (labels).
#include "core/rules/RuleFamilies.h"

#include <QCoreApplication>

namespace onco::rules {

namespace {

using Arg = Phrase::Arg;

Phrase percentPhrase(const std::optional<double>& percent)
{
    return percent ? Phrase{"Rules", QT_TRANSLATE_NOOP("Rules", "%1 %"), {*percent}}
                   : Phrase{"Rules", QT_TRANSLATE_NOOP("Rules", "percentage not recorded")};
}

QList<RecordRef> failureRecords(const LineFacts& l)
{
    QList<RecordRef> refs{l.ref};
    if (l.failureSource && !refs.contains(*l.failureSource))
        refs << *l.failureSource;
    return refs;
}

Criterion erCriterion(const Shared& s)
{
    const CurrentReceptors& r = s.receptors;
    Criterion c{QStringLiteral("SERD-ER"), CriterionStatus::Unknown, {}, {}};
    if (!r.erSource) {
        c.text = {"Rules", QT_TRANSLATE_NOOP("Rules", "ER not recorded.")};
        return c;
    }
    c.records << *r.erSource;
    const Arg where = nested(specimenPhrase(s.facts, *r.erSource));
    const Arg percent = nested(percentPhrase(r.erPercent));
    if (r.er == Polarity::Positive) {
        c.status = CriterionStatus::Met;
        c.text = {"Rules", QT_TRANSLATE_NOOP("Rules", "ER positive (%1; %2)."), {percent, where}};
    } else if (r.er == Polarity::Negative) {
        c.status = CriterionStatus::NotMet;
        c.text = {"Rules", QT_TRANSLATE_NOOP("Rules", "ER negative (%1; %2)."), {percent, where}};
    } else {
        c.text = {"Rules",
                  QT_TRANSLATE_NOOP("Rules", "ER unclear (status: %1; %2; %3)."),
                  {ContextLabel{"Enums", sourceLabel(r.erCategory)}, percent, where}};
    }
    return c;
}

Criterion her2Criterion(const Shared& s)
{
    const CurrentReceptors& r = s.receptors;
    Criterion c{QStringLiteral("SERD-HER2"), CriterionStatus::Unknown, {}, {}};
    if (!r.her2Source) {
        c.text = {"Rules", QT_TRANSLATE_NOOP("Rules", "HER2 not recorded.")};
        return c;
    }
    c.records << *r.her2Source;
    const Arg where = nested(specimenPhrase(s.facts, *r.her2Source));
    const Arg ihc = ContextLabel{"Enums", sourceLabel(r.her2Ihc)};
    const Arg result = r.her2Ish == Her2Ish::Unrecorded
                           ? nested({"Rules", QT_TRANSLATE_NOOP("Rules", "%1, ISH not recorded"), {ihc}})
                           : nested({"Rules",
                                     QT_TRANSLATE_NOOP("Rules", "%1, %2"),
                                     {ihc, ContextLabel{"Enums", sourceLabel(r.her2Ish)}}});
    switch (r.her2) {
    case Polarity::Negative:
        c.status = CriterionStatus::Met;
        c.text = {"Rules", QT_TRANSLATE_NOOP("Rules", "HER2-negative: %1 (%2)."), {result, where}};
        break;
    case Polarity::Positive:
        c.status = CriterionStatus::NotMet;
        c.text = {"Rules", QT_TRANSLATE_NOOP("Rules", "HER2-positive: %1 (%2)."), {result, where}};
        break;
    case Polarity::Unknown:
        c.text = r.her2IshNeeded
                     ? Phrase{"Rules", QT_TRANSLATE_NOOP("Rules", "HER2 IHC 2+ without ISH (%1): ISH needed."), {where}}
                     : Phrase{"Rules", QT_TRANSLATE_NOOP("Rules", "HER2 unclear: %1 (%2)."), {result, where}};
        break;
    }
    return c;
}

Criterion advancedCriterion(const Shared& s)
{
    return {QStringLiteral("SERD-ADV"), s.advanced.holds ? CriterionStatus::Met : CriterionStatus::NotMet,
            s.advanced.basis, s.advanced.records};
}

/** SERD-PRIOR in one reading (§4). */
Criterion priorInReading(const Reading& r, QList<Note>& flags)
{
    Criterion c{QStringLiteral("SERD-PRIOR"), CriterionStatus::Met, {}, {}};
    if (const LineFacts* l = r.prior.advancedPd) {
        c.records << l->ref;
        if (l->pdSource)
            c.records << *l->pdSource;
        c.text = {"Rules",
                  QT_TRANSLATE_NOOP("Rules", "Progression on %1 on endocrine therapy for advanced disease (%2, "
                                             "started %3)."),
                  {l->pd, DrugList{l->line.drugs}, l->line.start}};
    } else if (r.prior.adjuvantResistant) {
        c.records = r.resistance.adjuvant.records;
        c.text = {"Rules",
                  QT_TRANSLATE_NOOP("Rules", "Relapse on or within 12 months of adjuvant endocrine therapy (%1): the "
                                             "adjuvant therapy counts as the line of endocrine therapy."),
                  {r.resistance.adjuvant.rule}};
        flags.append({QStringLiteral("CONFIRM_LINE_COUNT"),
                      {"Rules", QT_TRANSLATE_NOOP("Rules", "Only adjuvant endocrine therapy has failed so far: confirm "
                                                           "that it counts as a line of endocrine therapy.")},
                      c.records});
    } else {
        c.status = CriterionStatus::NotMet;
        c.text = {"Rules", QT_TRANSLATE_NOOP("Rules", "No progression on endocrine therapy for advanced disease and "
                                                      "no relapse on or within 12 months of adjuvant endocrine "
                                                      "therapy.")};
    }
    return c;
}

/** SERD-PRIOR over the readings (§0): met when met in every reading, not_met in none, else unknown. */
Criterion priorCriterion(const Shared& s, QList<Note>& flags)
{
    const Readings& rs = s.readings;
    QList<Note> ignored;
    const Criterion base = priorInReading(rs.base(), ignored);
    const Reading* metIn = nullptr;
    bool allMet = rs.exhaustive;
    for (const Reading& r : rs.all) {
        QList<Note> readingFlags;
        const Criterion c = priorInReading(r, readingFlags);
        for (const Note& n : readingFlags) {  // the flags of all readings together (§0)
            bool seen = false;
            for (const Note& m : flags)
                seen = seen || (m.code == n.code && m.text == n.text);
            if (!seen)
                flags << n;
        }
        if (c.status == CriterionStatus::Met && !metIn)
            metIn = &r;
        allMet = allMet && c.status == CriterionStatus::Met;
    }
    if (allMet || (!metIn && rs.exhaustive))
        return base;
    Criterion c{QStringLiteral("SERD-PRIOR"), CriterionStatus::Unknown, {}, {}};
    // The trial line the reading that meets it reads as ET (the progressed one for (a)); else the first.
    const LineFacts* trial = &rs.base().facts.lines[rs.uncertain.front()];
    if (metIn && metIn->prior.advancedPd && metIn->prior.advancedPd->uncertain) {
        trial = metIn->prior.advancedPd;
    } else if (metIn) {
        for (int i : rs.uncertain)
            if (metIn->facts.lines[i].endocrine) {
                trial = &rs.base().facts.lines[i];
                break;
            }
    }
    c.records << trial->ref;
    c.text = {"Rules",
              QT_TRANSLATE_NOOP("Rules", "Met only if the trial drug of the line started %1 (%2) was endocrine "
                                         "therapy: unknown."),
              {trial->line.start, DrugList{trial->line.drugs}}};
    return c;
}

Criterion cdkCriterion(const Shared& s)
{
    const auto prior = s.facts.priorCdk46iLines();
    if (prior.isEmpty()) {
        // A trial drug that may have been a CDK4/6 inhibitor (§0) would meet it: unknown.
        if (const LineFacts* l = s.facts.priorPossibleCdk46iLine())
            return {QStringLiteral("SERD-CDK"),
                    CriterionStatus::Unknown,
                    {"Rules",
                     QT_TRANSLATE_NOOP("Rules", "No CDK4/6 inhibitor before the latest progression, unless the trial "
                                                "drug of the line started %1 (%2) was one: unknown."),
                     {l->line.start, DrugList{l->line.drugs}}},
                    {l->ref}};
        return {QStringLiteral("SERD-CDK"),
                CriterionStatus::NotMet,
                {"Rules", QT_TRANSLATE_NOOP("Rules", "No CDK4/6 inhibitor before the latest progression; this label "
                                                     "requires one.")},
                {}};
    }
    const LineFacts* l = prior.front();
    return {QStringLiteral("SERD-CDK"),
            CriterionStatus::Met,
            {"Rules",
             QT_TRANSLATE_NOOP("Rules", "Prior CDK4/6 inhibitor: %1 (%2, started %3)."),
             {DrugList{l->line.drugs}, ContextLabel{"Enums", sourceLabel(l->line.setting)}, l->line.start}},
            {l->ref}};
}

Criterion visceralCriterion(const Shared& s)
{
    RecordRef patient{RecordRef::Entity::Patient, -1, s.facts.patient.id, {}};
    if (s.facts.patient.visceralCrisis.value_or(false))
        return {QStringLiteral("SERD-VC"),
                CriterionStatus::NotMet,
                {"Rules", QT_TRANSLATE_NOOP("Rules", "Visceral crisis recorded: chemotherapy is preferred (ABC).")},
                {patient}};
    return {QStringLiteral("SERD-VC"),
            CriterionStatus::Met,
            {"Rules", QT_TRANSLATE_NOOP("Rules", "No visceral crisis recorded.")},
            {patient}};
}

Criterion hepaticCriterion(const Shared& s, QList<Note>& flags)
{
    RecordRef patient{RecordRef::Entity::Patient, -1, s.facts.patient.id, {}};
    Criterion c{QStringLiteral("SERD-HEP"), CriterionStatus::Met, {}, {patient}};
    switch (s.facts.patient.childPugh) {
    case ChildPugh::C:
        c.status = CriterionStatus::NotMet;
        c.text = {"Rules", QT_TRANSLATE_NOOP("Rules", "Child-Pugh C: avoid.")};
        break;
    case ChildPugh::B:
        c.text = {"Rules", QT_TRANSLATE_NOOP("Rules", "Child-Pugh B: reduced dose of 258 mg once daily.")};
        flags.append({QStringLiteral("DOSE_258MG"), c.text, {patient}});
        break;
    case ChildPugh::A:
        c.text = {"Rules", QT_TRANSLATE_NOOP("Rules", "Child-Pugh A: no dose change.")};
        break;
    case ChildPugh::Unrecorded:
        c.text = {"Rules", QT_TRANSLATE_NOOP("Rules", "Child-Pugh class not recorded (counts as no hepatic "
                                                      "impairment).")};
        break;
    }
    return c;
}

Criterion sequenceCriterion(const QString& drug, const Shared& s, QList<Note>& flags)
{
    // SERD-SEQ (§4): failure (§1) on a line with this drug, else with another oral SERD, else with a trial drug that
    // may have been an oral SERD.
    const LineFacts* other = nullptr;
    const LineFacts* possible = nullptr;
    for (const LineFacts& l : s.facts.lines) {
        if (l.failure.isNull())
            continue;
        if (l.contains(drug))
            return {QStringLiteral("SERD-SEQ"),
                    CriterionStatus::NotMet,
                    {"Rules",
                     QT_TRANSLATE_NOOP("Rules", "Failed on %1 on %2 (started %3)."),
                     {l.failure, DrugList{l.line.drugs}, l.line.start}},
                    failureRecords(l)};
        if (l.oralSerd && !other)
            other = &l;
        if (l.possibleOralSerd && !possible)
            possible = &l;
    }
    // Unknown: failure on another oral SERD, else on a trial drug that may have been one; the flag says which.
    auto unknown = [&](const LineFacts& l, const char* flag, const char* text) {
        Criterion c{QStringLiteral("SERD-SEQ"),
                    CriterionStatus::Unknown,
                    {"Rules", text, {l.failure, DrugList{l.line.drugs}, l.line.start}},
                    failureRecords(l)};
        flags.append({QLatin1String(flag), c.text, c.records});
        return c;
    };
    if (other)
        return unknown(*other, "PRIOR_ORAL_SERD",
                       QT_TRANSLATE_NOOP("Rules", "Failed on %1 on another oral SERD (%2, started %3): no data for one "
                                                  "oral SERD after another."));
    if (possible)
        return unknown(*possible, "PRIOR_INVESTIGATIONAL_AGENT",
                       QT_TRANSLATE_NOOP("Rules", "Failed on %1 on a trial drug that may have been an oral SERD (%2, "
                                                  "started %3): unknown."));
    return {QStringLiteral("SERD-SEQ"),
            CriterionStatus::Met,
            {"Rules", QT_TRANSLATE_NOOP("Rules", "No failure on an oral SERD.")},
            {}};
}

}  // namespace

PriorEndocrine priorEndocrine(const Facts& f, const EndocrineResistance& resistance)
{
    PriorEndocrine p;
    for (const LineFacts& l : f.lines)
        if (l.advanced() && l.endocrine && l.pd.isValid() && (!p.advancedPd || l.pd < p.advancedPd->pd))
            p.advancedPd = &l;
    const Resistance a = resistance.adjuvant.value;
    p.adjuvantResistant = a == Resistance::Primary || a == Resistance::Secondary;
    return p;
}

OptionStatus optionStatus(const QList<Criterion>& criteria)
{
    bool unknown = false;
    for (const Criterion& c : criteria) {
        if (c.status == CriterionStatus::NotMet)
            return OptionStatus::NotOption;
        unknown = unknown || c.status == CriterionStatus::Unknown;
    }
    return unknown ? OptionStatus::NeedsInformation : OptionStatus::Option;
}

OptionCard optionCard(const Label& label, const Shared& s)
{
    OptionCard card;
    card.drug = label.drug;
    for (const QString& id : label.criteria) {
        if (id == QLatin1String("SERD-ER")) {
            card.criteria << erCriterion(s);
        } else if (id == QLatin1String("SERD-HER2")) {
            card.criteria << her2Criterion(s);
        } else if (id == QLatin1String("SERD-ADV")) {
            card.criteria << advancedCriterion(s);
        } else if (id == QLatin1String("SERD-PRIOR")) {
            card.criteria << priorCriterion(s, card.flags);
        } else if (id == QLatin1String("SERD-ESR1")) {
            card.criteria << Criterion{id, s.esr1.status, s.esr1.text, s.esr1.records};
            card.flags << s.esr1.flags;
        } else if (id == QLatin1String("SERD-POP")) {
            const PopulationFinding p = populationFinding(s.facts, label.population);
            card.criteria << Criterion{id, p.status, p.text, p.records};
            card.flags << p.flags;
            card.actions << p.actions;
        } else if (id == QLatin1String("SERD-CDK")) {
            card.criteria << cdkCriterion(s);
        } else if (id == QLatin1String("SERD-VC")) {
            card.criteria << visceralCriterion(s);
        } else if (id == QLatin1String("SERD-HEP")) {
            card.criteria << hepaticCriterion(s, card.flags);
        } else if (id == QLatin1String("SERD-SEQ")) {
            card.criteria << sequenceCriterion(label.drug, s, card.flags);
        } else {
            // A criterion the knowledge data names but this program does not implement: never silently met.
            card.criteria << Criterion{id,
                                       CriterionStatus::Unknown,
                                       {"Rules",
                                        QT_TRANSLATE_NOOP("Rules", "This program cannot evaluate the "
                                                                   "criterion %1: check it by hand."),
                                        {id}},
                                       {}};
        }
    }
    card.status = optionStatus(card.criteria);
    addOptionFlags(card, label, s);
    return card;
}

}  // namespace onco::rules
