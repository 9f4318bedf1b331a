#include "core/clinical/Definitions.h"

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
    const QString s = stage.trimmed().toUpper();
    return s.startsWith(QLatin1String("IV")) || s.startsWith(QChar(0x2163));
}

bool isDeNovoMetastatic(const Diagnosis& diagnosis)
{
    return diagnosis.deNovoMetastatic.value_or(isStageFour(diagnosis.stage));
}

bool isProgressionEvent(const DiseaseEvent& e)
{
    return e.type == EventType::Progression && e.evidence != Evidence::TumorMarker;
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
