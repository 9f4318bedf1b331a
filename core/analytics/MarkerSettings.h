#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace onco {
class Knowledge;
}

namespace onco::analytics {

/**
 * The site's marker conventions (clinical-rules.md §6), passed in so the analytics stay pure. The UI fills it from
 * the knowledge data and the settings (`markers/uln/<analyte>`, `markers/rise_percent`).
 */
struct MarkerSettings
{
    /** Site default ULN per canonical analyte (TM-1); used only for a result that carries no ULN of its own. */
    QHash<QString, double> defaultUln;
    /** TM-4: the rise, in % above nadir, that counts. A local convention of the site, not a guideline figure. */
    double risePercent = 25.0;
    /** TM-5: no MARKER_RISE while the latest result is within this many days after a new line starts. */
    int newLineWindowDays = 60;

    /** The catalogue ULNs of the knowledge data, rise 25 %, window 60 days. */
    static MarkerSettings fromKnowledge(const Knowledge& knowledge);

    /** The site default ULN of an analyte (canonical code), if any. */
    std::optional<double> uln(const QString& analyte) const;
};

/** The catalogue code of an analyte (CA 15-3, CA153 … → CA15-3); a name the catalogue does not know, trimmed. */
QString canonicalAnalyte(const QString& analyte, const Knowledge& knowledge);

}  // namespace onco::analytics
