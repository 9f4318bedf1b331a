#include "ui/charts/MarkerChartSettings.h"

#include "core/knowledge/Knowledge.h"
#include "core/settings/AppSettings.h"

#include <QSettings>

namespace onco {

analytics::MarkerSettings loadMarkerSettings(const Knowledge& knowledge, const QSettings& settings)
{
    // The same reading as the settings dialog and the marker entry dialog (core/util/AppSettings).
    analytics::MarkerSettings s = analytics::MarkerSettings::fromKnowledge(knowledge);
    for (const MarkerInfo& m : knowledge.markers())
        if (const auto uln = settings::storedMarkerUln(settings, m.analyte, knowledge))
            s.defaultUln[m.analyte] = *uln;
    if (const auto rise = settings::storedRisePercent(settings))
        s.risePercent = *rise;
    return s;
}

analytics::MarkerSettings loadMarkerSettings(const Knowledge& knowledge)
{
    return loadMarkerSettings(knowledge, QSettings());
}

}  // namespace onco
