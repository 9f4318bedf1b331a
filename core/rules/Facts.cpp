// The snapshot of a record on as_of (clinical-rules.md §0): records dated after as_of are ignored; a line or
// medication that ends after as_of is ongoing on as_of, its end and stop reason not yet known.
#include "core/rules/Facts.h"

#include "core/clinical/Definitions.h"
#include "core/knowledge/Knowledge.h"
#include "core/util/Dates.h"

#include <algorithm>

namespace onco::rules {

namespace {

template <typename T>
QList<Item<T>> upTo(const QList<T>& list, RecordRef::Entity entity, const QDate& asOf, QDate T::*dateField)
{
    QList<Item<T>> out;
    for (int i = 0; i < list.size(); ++i) {
        const T& value = list[i];
        const QDate date = value.*dateField;
        if (date.isValid() && date > asOf)
            continue;
        out.append({{entity, i, value.id, date}, value});
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.ref.date < b.ref.date; });
    return out;
}

LineFacts classify(const TherapyLine& original, int index, const Facts& f)
{
    LineFacts l;
    l.ref = {RecordRef::Entity::Therapy, index, original.id, original.start};
    l.line = original;
    if (l.line.end.isValid() && l.line.end > f.asOf) {
        l.line.end = QDate();
        l.line.stopReason = StopReason::Unrecorded;
    }
    bool onlyAiCdkOfs = true;
    bool possiblyEt = false;
    for (const QString& name : l.line.drugs) {
        // An unknown drug counts as a non-endocrine one; an investigational agent by its classes (§0).
        const DrugTraits t = f.knowledge->traits(name);
        const std::optional<DrugClass> c = t.drugClass;
        l.endocrine = l.endocrine || t.et;
        l.cdk46i = l.cdk46i || t.cdk46i;
        l.ai = l.ai || c == DrugClass::AI;
        l.ofs = l.ofs || (t.drug && c == DrugClass::Ofs);
        l.investigational = l.investigational || t.investigational();
        l.oralSerd = l.oralSerd || t.oralSerd;
        l.possibleOralSerd = l.possibleOralSerd || t.possibleOralSerd;
        l.possibleCdk46i = l.possibleCdk46i || t.possibleCdk46i;
        possiblyEt = possiblyEt || t.possiblyEt;
        // Supportive drugs (OFS, bone-modifying agents: §0) do not change what a line is.
        onlyAiCdkOfs = onlyAiCdkOfs && c &&
                       (c == DrugClass::AI || c == DrugClass::Cdk46i || c == DrugClass::Ofs || c == DrugClass::Bone);
    }
    l.uncertain = possiblyEt && !l.endocrine;
    l.supportive = clinical::isSupportiveLine(l.line, *f.knowledge);
    l.onlyAiCdkOfs = onlyAiCdkOfs;
    return l;
}

}  // namespace

Facts buildFacts(const PatientRecord& record, const RuleContext& context)
{
    Facts f;
    f.asOf = context.asOf;
    f.jurisdiction = context.jurisdiction;
    f.knowledge = &context.knowledge;
    f.patient = record.patient;
    const QDate oophorectomyDate = record.patient.bilateralOophorectomyDate;
    f.oophorectomy = record.patient.bilateralOophorectomy.value_or(false) &&
                     !(oophorectomyDate.isValid() && oophorectomyDate > f.asOf);
    f.age = dates::ageOn(record.patient.birthDate, f.asOf);
    if (record.diagnosis && !(record.diagnosis->date.isValid() && record.diagnosis->date > f.asOf))
        f.diagnosis = Item<Diagnosis>{{RecordRef::Entity::Diagnosis, -1, record.diagnosis->id, record.diagnosis->date},
                                      *record.diagnosis};
    f.biopsies = upTo(record.biopsies, RecordRef::Entity::Biopsy, f.asOf, &Biopsy::date);
    f.events = upTo(record.events, RecordRef::Entity::Event, f.asOf, &DiseaseEvent::date);
    f.genomics = upTo(record.genomics, RecordRef::Entity::Genomic, f.asOf, &GeneticResult::date);
    f.medications = upTo(record.medications, RecordRef::Entity::Medication, f.asOf, &Medication::start);
    for (auto& m : f.medications)
        if (m.value.end.isValid() && m.value.end > f.asOf)
            m.value.end = QDate();
    for (int i = 0; i < record.therapies.size(); ++i)
        if (!(record.therapies[i].start.isValid() && record.therapies[i].start > f.asOf))
            f.lines << classify(record.therapies[i], i, f);
    std::stable_sort(f.lines.begin(), f.lines.end(),
                     [](const LineFacts& a, const LineFacts& b) { return a.line.start < b.line.start; });
    findEvents(f);
    findFailures(f);
    return f;
}

QList<const LineFacts*> Facts::priorCdk46iLines() const
{
    QList<const LineFacts*> out;
    if (!latestProgression)
        return out;
    for (const LineFacts& l : lines)
        if (l.cdk46i && l.line.start < latestProgression->date)
            out << &l;
    return out;
}

const LineFacts* Facts::priorPossibleCdk46iLine() const
{
    if (!latestProgression)
        return nullptr;
    for (const LineFacts& l : lines)
        if (l.possibleCdk46i && l.line.start < latestProgression->date)
            return &l;
    return nullptr;
}

const LineFacts* Facts::firstAdvancedEtLine() const
{
    for (const LineFacts& l : lines)
        if (l.advanced() && l.endocrine)
            return &l;
    return nullptr;
}

QList<int> Facts::uncertainLines() const
{
    QList<int> out;
    for (int i = 0; i < lines.size(); ++i)
        if (lines[i].uncertain)
            out << i;
    return out;
}

QList<const Item<GeneticResult>*> Facts::somatic(const QString& gene) const
{
    QList<const Item<GeneticResult>*> out;
    for (const auto& g : genomics)
        if (!g.value.isGermline() && g.value.gene.compare(gene, Qt::CaseInsensitive) == 0)
            out << &g;
    return out;
}

}  // namespace onco::rules
