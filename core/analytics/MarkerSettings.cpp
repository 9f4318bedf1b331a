#include "core/analytics/MarkerSettings.h"

#include "core/knowledge/Knowledge.h"

#include <QSettings>

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

MarkerSettings MarkerSettings::fromSiteSettings(const Knowledge& knowledge)
{
    MarkerSettings s = fromKnowledge(knowledge);
    const QSettings settings;
    for (const MarkerInfo& m : knowledge.markers()) {
        bool ok = false;
        const double uln = settings.value(QStringLiteral("markers/uln/") + m.analyte).toDouble(&ok);
        if (ok && uln > 0 && std::isfinite(uln))
            s.defaultUln[m.analyte] = uln;
    }
    bool ok = false;
    const double rise = settings.value(QStringLiteral("markers/rise_percent")).toDouble(&ok);
    if (ok && rise > 0 && rise <= 1000)
        s.risePercent = rise;
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
