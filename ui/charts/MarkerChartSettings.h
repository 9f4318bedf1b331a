#pragma once

#include "core/analytics/MarkerSettings.h"

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace onco {

class Knowledge;

/**
 * The site's marker conventions from the settings, over the knowledge data's defaults:
 * `markers/uln/<analyte>` (a number > 0, e.g. `markers/uln/CA15-3 = 30`) replaces the catalogue ULN used for results
 * that carry none; `markers/rise_percent` (> 0 and <= 1000) replaces the 25 % of TM-4. Other values are ignored.
 */
analytics::MarkerSettings loadMarkerSettings(const Knowledge& knowledge, const QSettings& settings);
/** The same from the application's default QSettings. */
analytics::MarkerSettings loadMarkerSettings(const Knowledge& knowledge);

}  // namespace onco
