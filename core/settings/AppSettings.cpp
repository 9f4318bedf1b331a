#include "core/settings/AppSettings.h"

#include "core/knowledge/Knowledge.h"
#include "core/rules/RuleContext.h"
#include "core/util/UserName.h"

#include <QSettings>

#include <algorithm>
#include <cmath>
#include <string_view>

namespace onco::settings {

static_assert(std::string_view(kUserDisplayName) == std::string_view(kUserNameSetting));

std::optional<Jurisdiction> storedJurisdiction()
{
    return fromCode<Jurisdiction>(QSettings().value(QLatin1String(kJurisdiction)).toString());
}

Jurisdiction jurisdiction()
{
    return storedJurisdiction().value_or(rules::kDefaultJurisdiction);
}

Jurisdiction chooseJurisdiction(std::optional<Jurisdiction> commandLine, std::optional<Jurisdiction> caseFile)
{
    return rules::chooseJurisdiction(commandLine, caseFile, storedJurisdiction());
}

analytics::MarkerSettings markerSettings(const Knowledge& knowledge)
{
    analytics::MarkerSettings s = analytics::MarkerSettings::fromKnowledge(knowledge);
    const QSettings stored;
    for (const MarkerInfo& m : knowledge.markers())
        if (const auto uln = storedMarkerUln(stored, m.analyte, knowledge))
            s.defaultUln[m.analyte] = *uln;
    if (const auto rise = storedRisePercent(stored))
        s.risePercent = *rise;
    return s;
}

void setJurisdiction(Jurisdiction value)
{
    QSettings().setValue(QLatin1String(kJurisdiction), toCode(value));
}

QString printLanguage()
{
    return QSettings().value(QLatin1String(kPrintLanguage)).toString();
}

void setPrintLanguage(const QString& code)
{
    QSettings().setValue(QLatin1String(kPrintLanguage), code);
}

QString hospitalName()
{
    return QSettings().value(QLatin1String(kHospitalName)).toString().trimmed();
}

void setHospitalName(const QString& name)
{
    QSettings().setValue(QLatin1String(kHospitalName), name.trimmed());
}

namespace {

QString ulnKey(const QString& analyte, const Knowledge& knowledge)
{
    const MarkerInfo* info = knowledge.marker(analyte);
    return QLatin1String(kMarkerUlnPrefix) + (info ? info->analyte : analyte.trimmed());
}

}  // namespace

std::optional<double> storedMarkerUln(const QSettings& from, const QString& analyte, const Knowledge& knowledge)
{
    bool ok = false;
    const double stored = from.value(ulnKey(analyte, knowledge)).toDouble(&ok);
    if (ok && std::isfinite(stored) && stored > 0)
        return stored;
    return std::nullopt;
}

std::optional<double> storedRisePercent(const QSettings& from)
{
    bool ok = false;
    const double rise = from.value(QLatin1String(kMarkerRisePercent)).toDouble(&ok);
    if (ok && rise > 0 && rise <= 1000)
        return rise;
    return std::nullopt;
}

std::optional<double> markerUln(const QString& analyte, const Knowledge& knowledge)
{
    if (const auto stored = storedMarkerUln(QSettings(), analyte, knowledge))
        return stored;
    if (const MarkerInfo* info = knowledge.marker(analyte); info && info->uln > 0)
        return info->uln;
    return std::nullopt;
}

void setMarkerUln(const QString& analyte, std::optional<double> uln, const Knowledge& knowledge)
{
    const MarkerInfo* info = knowledge.marker(analyte);
    const QString key = ulnKey(analyte, knowledge);
    QSettings s;
    if (!uln || !std::isfinite(*uln) || *uln <= 0 || (info && qFuzzyCompare(*uln, info->uln)))
        s.remove(key);
    else
        s.setValue(key, *uln);
}

int autoLockMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(QLatin1String(kAutoLockMinutes), kDefaultAutoLockMinutes).toInt(&ok);
    return ok && minutes >= 1 && minutes <= 240 ? minutes : kDefaultAutoLockMinutes;
}

void setAutoLockMinutes(int minutes)
{
    QSettings().setValue(QLatin1String(kAutoLockMinutes), std::clamp(minutes, 1, 240));
}

QString userDisplayName()
{
    return QSettings().value(QLatin1String(kUserDisplayName)).toString().trimmed();
}

void setUserDisplayName(const QString& name)
{
    QSettings s;
    if (name.trimmed().isEmpty())
        s.remove(QLatin1String(kUserDisplayName));
    else
        s.setValue(QLatin1String(kUserDisplayName), name.trimmed());
}

}  // namespace onco::settings
