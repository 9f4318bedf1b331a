#include "core/clinical/Definitions.h"

#include "core/clinical/Stage.h"
#include "core/knowledge/Knowledge.h"

#include <algorithm>
#include <numeric>

namespace onco::clinical {

bool isSupportiveLine(const TherapyLine& line, const Knowledge& knowledge)
{
    if (line.drugs.isEmpty())
        return false;
    return std::all_of(line.drugs.begin(), line.drugs.end(), [&](const QString& name) {
        const Drug* drug = knowledge.drug(name);
        return drug && (drug->drugClass == DrugClass::Ofs || drug->drugClass == DrugClass::Bone);
    });
}

bool isStageFour(const QString& stage)
{
    // IV, IVA–IVC, 4, "Stage IV", IV期, full-width or Roman-numeral forms (ADV-1).
    return normalizeStage(stage) == QLatin1String("IV");
}

bool isDistantMetastasisAtDiagnosis(const QString& tnmM)
{
    const QString m = tnmM.normalized(QString::NormalizationForm_KC).trimmed().toUpper();
    return m == QLatin1String("M1") || m == QLatin1String("CM1") || m == QLatin1String("PM1");
}

bool isDeNovoMetastatic(const Diagnosis& diagnosis)
{
    // A false flag never overrides stage IV or M1 (ADV-1).
    return diagnosis.deNovoMetastatic.value_or(false) || isStageFour(diagnosis.stage) ||
           isDistantMetastasisAtDiagnosis(diagnosis.tnmM);
}

bool isProgressionEvent(const DiseaseEvent& e)
{
    return e.type == EventType::Progression && e.evidence != Evidence::TumorMarker;
}

QDate deathDate(const QList<DiseaseEvent>& events, const QDate& asOf)
{
    QDate death;
    for (const DiseaseEvent& e : events)
        if (e.type == EventType::Death && e.date.isValid() && (asOf.isNull() || e.date <= asOf) &&
            (death.isNull() || e.date < death))
            death = e.date;
    return death;
}

bool isAdvancedRecurrence(const DiseaseEvent& e)
{
    return e.type == EventType::Recurrence &&
           (e.extent == Extent::Distant || e.extent == Extent::LocallyAdvancedUnresectable);
}

QList<std::optional<int>> advancedLineNumbers(const QList<TherapyLine>& lines, const Knowledge& knowledge)
{
    QList<int> order(lines.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return lines[a].start < lines[b].start; });
    QList<std::optional<int>> numbers(lines.size());
    int next = 1;
    for (int i : order)
        if (lines[i].setting == Setting::Advanced && !isSupportiveLine(lines[i], knowledge))
            numbers[i] = next++;
    return numbers;
}

}  // namespace onco::clinical
