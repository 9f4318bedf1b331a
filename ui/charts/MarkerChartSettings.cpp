#include "ui/charts/MarkerChartSettings.h"

#include "core/knowledge/Knowledge.h"

#include <QSettings>

#include <cmath>

namespace onco {

analytics::MarkerSettings loadMarkerSettings(const Knowledge& knowledge, const QSettings& settings)
{
    analytics::MarkerSettings s = analytics::MarkerSettings::fromKnowledge(knowledge);
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

analytics::MarkerSettings loadMarkerSettings(const Knowledge& knowledge)
{
    return loadMarkerSettings(knowledge, QSettings());
}

}  // namespace onco
