// assess(): runs the rule families in order over one snapshot of the record.
#include "core/rules/Assess.h"

#include "core/knowledge/Knowledge.h"
#include "core/rules/RuleFamilies.h"

namespace onco::rules {

Assessment assess(const PatientRecord& record, const RuleContext& context)
{
    const Knowledge& k = context.knowledge;
    const Facts f = buildFacts(record, context);
    Assessment a;
    a.mrn = record.patient.mrn;
    a.asOf = context.asOf;
    a.jurisdiction = context.jurisdiction;
    a.knowledgeVersion = k.version();
    a.knowledgeLastVerified = k.lastVerified();

    const AdvancedDisease advanced = advancedDisease(f);
    a.advancedDisease = advanced.holds;
    a.advancedBasis = advanced.basis;
    a.advancedRecords = advanced.records;
    a.relapse = f.relapse ? f.relapse->date : QDate();
    a.latestProgression = f.latestProgression ? f.latestProgression->date : QDate();
    a.advancedLines = numberAdvancedLines(f);
    a.receptors = currentReceptors(f);
    a.receptorFlags = receptorFlags(f, a.receptors);
    // §2, SERD-PRIOR and trigger T are evaluated in every reading of the uncertain lines (§0); the rest reads `f`,
    // where no uncertain line counts as ET.
    const Readings readings = readingsOf(f, a.receptors);
    a.resistance = mergedResistance(readings);

    const Esr1Finding esr1 = esr1Finding(f);
    a.esr1 = esr1.state;
    a.esr1Date = esr1.latestDate;
    const Shared shared{f, a.receptors, a.resistance, advanced, readings, esr1};
    for (const Label* label : k.labels(context.jurisdiction))
        a.options << optionCard(*label, shared);
    a.actions = testingActions(shared, a.options);
    a.info = infoNotes(f);

    if (f.death) {
        // A deceased patient has no options and nothing due (the spec is silent: the safer reading, issue 14).
        a.deceased = f.death->date;
        a.deathRecord = f.death;
        a.options.clear();
        a.actions.clear();
        a.info.clear();
    }
    const QStringList actions = a.actionCodes();
    const QStringList info = a.infoCodes();
    for (const EvidenceItem& e : k.evidence())
        if (!e.shownWith.isEmpty() && (actions.contains(e.shownWith) || info.contains(e.shownWith)) &&
            (e.drug.isEmpty() || !a.option(e.drug)))
            a.evidence << e.id;
    return a;
}

bool OptionCard::hasFlag(const QString& code) const
{
    for (const Note& n : flags)
        if (n.code == code)
            return true;
    return false;
}

const Criterion* OptionCard::criterion(const QString& id) const
{
    for (const Criterion& c : criteria)
        if (c.id == id)
            return &c;
    return nullptr;
}

const AdvancedLine* Assessment::currentLine() const
{
    const AdvancedLine* current = nullptr;
    for (const AdvancedLine& l : advancedLines)
        if (l.start <= asOf && (l.end.isNull() || asOf <= l.end))
            current = &l;  // numbered in start order: the last active one started last
    return current;
}

const OptionCard* Assessment::option(const QString& drug) const
{
    for (const OptionCard& c : options)
        if (c.drug == drug)
            return &c;
    return nullptr;
}

QStringList codesOf(const QList<Note>& notes)
{
    QStringList codes;
    for (const Note& n : notes)
        if (!codes.contains(n.code))
            codes << n.code;
    return codes;
}

QStringList Assessment::actionCodes() const
{
    return codesOf(actions);
}

QStringList Assessment::infoCodes() const
{
    return codesOf(info);
}

}  // namespace onco::rules
