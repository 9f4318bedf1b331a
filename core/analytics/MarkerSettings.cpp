#include "core/analytics/MarkerSettings.h"

#include "core/knowledge/Knowledge.h"

#include <cmath>

namespace onco::analytics {

MarkerSettings MarkerSettings::fromKnowledge(const Knowledge& knowledge)
{
    MarkerSettings s;
    for (const MarkerInfo& m : knowledge.markers())
        if (m.uln > 0)
            s.defaultUln.insert(m.analyte, m.uln);
    return s;
}

std::optional<double> MarkerSettings::uln(const QString& analyte) const
{
    const auto it = defaultUln.constFind(analyte);
    if (it == defaultUln.constEnd())
        return std::nullopt;
    return *it;
}

QString canonicalAnalyte(const QString& analyte, const Knowledge& knowledge)
{
    if (const MarkerInfo* m = knowledge.marker(analyte))
        return m->analyte;
    return analyte.trimmed();
}

}  // namespace onco::analytics
