#include "core/rules/RuleContext.h"

#include <QSettings>

namespace onco::rules {

std::optional<Jurisdiction> settingsJurisdiction()
{
    const QSettings settings;
    return fromCode<Jurisdiction>(settings.value(QLatin1String(kJurisdictionSettingsKey)).toString());
}

Jurisdiction chooseJurisdiction(std::optional<Jurisdiction> commandLine, std::optional<Jurisdiction> caseFile)
{
    if (commandLine)
        return *commandLine;
    if (caseFile)
        return *caseFile;
    return settingsJurisdiction().value_or(kDefaultJurisdiction);
}

}  // namespace onco::rules
