#pragma once

#include "core/domain/Enums.h"
#include "core/util/AppSettings.h"

#include <QDate>

#include <optional>

namespace onco {
class Knowledge;
}

namespace onco::rules {

/** The QSettings key of the jurisdiction chosen in the settings (used when neither the command line nor the
 *  case file gives one). */
inline constexpr const char* kJurisdictionSettingsKey = settings::kJurisdiction;

/** The jurisdiction when nothing else chooses one. */
inline constexpr Jurisdiction kDefaultJurisdiction = Jurisdiction::UsFda;

/** What an assessment depends on besides the record: the evaluation date, the jurisdiction, the knowledge data. */
struct RuleContext
{
    QDate asOf;
    Jurisdiction jurisdiction = kDefaultJurisdiction;
    const Knowledge& knowledge;
};

/**
 * The jurisdiction to assess under: the command line's, else the case file's, else the settings'
 * (kJurisdictionSettingsKey, an invalid stored value is ignored), else US-FDA.
 */
Jurisdiction chooseJurisdiction(std::optional<Jurisdiction> commandLine, std::optional<Jurisdiction> caseFile);

/** The jurisdiction stored in the settings, if any. */
std::optional<Jurisdiction> settingsJurisdiction();

}  // namespace onco::rules
