#include "core/clinical/TherapyCourse.h"

#include "core/clinical/Definitions.h"

#include <algorithm>

namespace onco::clinical {

QList<LineInfo> describeLines(const PatientRecord& record, const Knowledge& knowledge, const QDate& asOf)
{
    QList<LineInfo> lines;
    for (int i = 0; i < record.therapies.size(); ++i) {
        const TherapyLine& t = record.therapies.at(i);
        if (!t.start.isValid() || (asOf.isValid() && t.start > asOf))
            continue;
        LineInfo info;
        info.recordIndex = i;
        info.line = t;
        if (asOf.isValid() && t.end.isValid() && t.end > asOf) {  // §0: end not yet known on asOf
            info.line.end = QDate();
            info.line.stopReason = StopReason::Unrecorded;
        }
        info.supportive = isSupportiveLine(t, knowledge);
        for (const QString& name : t.drugs) {
            const DrugTraits traits = knowledge.traits(name);
            info.investigational = info.investigational || traits.investigational();
            if (traits.drugClass && !info.classes.contains(*traits.drugClass))
                info.classes.append(*traits.drugClass);
        }
        lines.append(info);
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const LineInfo& a, const LineInfo& b) { return a.line.start < b.line.start; });
    QList<TherapyLine> ordered;
    for (const LineInfo& info : lines)
        ordered.append(info.line);
    const QList<std::optional<int>> numbers = clinical::advancedLineNumbers(ordered, knowledge);
    for (int i = 0; i < lines.size(); ++i) {
        LineInfo& info = lines[i];
        info.advancedNumber = numbers[i];
        if (numbers[i] && info.line.lineNumberOverride && *info.line.lineNumberOverride != *numbers[i])
            info.overrideNumber = info.line.lineNumberOverride;
    }
    return lines;
}

std::optional<LineInfo> currentLine(const QList<LineInfo>& lines, const QDate& day)
{
    const LineInfo* active = nullptr;
    const LineInfo* latest = nullptr;
    for (const LineInfo& info : lines) {
        if (info.supportive || !info.line.start.isValid() || info.line.start > day)
            continue;
        if (!latest || info.line.start >= latest->line.start)
            latest = &info;
        if (info.line.isActiveOn(day) && (!active || info.line.start >= active->line.start))
            active = &info;
    }
    if (active)
        return *active;
    if (latest)
        return *latest;
    return std::nullopt;
}

}  // namespace onco::clinical
