#pragma once

#include "core/analytics/MarkerSettings.h"
#include "core/domain/Enums.h"

#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace onco {

class Knowledge;

/**
 * The program's settings shared by the window, printing and the command line, under fixed QSettings keys.
 * Reading never fails: a missing or unreadable value gives the default.
 */
namespace settings {

inline constexpr const char* kJurisdiction = "rules/jurisdiction";         ///< US-FDA, EU-EMA, CN-NMPA or HK
inline constexpr const char* kHospitalName = "print/hospitalName";         ///< printed in the summary header
inline constexpr const char* kMarkerUlnPrefix = "markers/uln/";            ///< + catalogue analyte code
inline constexpr const char* kMarkerRisePercent = "markers/rise_percent";  ///< TM-4's 25 %, site convention
inline constexpr const char* kUserDisplayName = "user/displayName";        ///< same key as kUserNameSetting
inline constexpr const char* kPrintLanguage = "print/language";  ///< last print language: zh_CN, en, bilingual
inline constexpr const char* kAutoLockMinutes = "security/autoLockMinutes";  ///< idle minutes before the lock
/** The window locks after this many idle minutes where the database has accounts (issue 12). */
inline constexpr int kDefaultAutoLockMinutes = 10;

/** The default jurisdiction: the stored one, else US-FDA (clinical-rules.md §4). */
Jurisdiction jurisdiction();
/** The jurisdiction stored in the settings, if any (an invalid stored value is ignored). */
std::optional<Jurisdiction> storedJurisdiction();
/** The jurisdiction to assess under: the command line's, else the case file's, else the settings', else US-FDA
 *  (rules::chooseJurisdiction with the stored default). */
Jurisdiction chooseJurisdiction(std::optional<Jurisdiction> commandLine, std::optional<Jurisdiction> caseFile);
/** The tumour-marker settings of the site: the catalogue's ULNs overridden by the site's, and the site's rise
 *  percentage (TM-1, TM-4). */
analytics::MarkerSettings markerSettings(const Knowledge& knowledge);
void setJurisdiction(Jurisdiction value);

QString hospitalName();
void setHospitalName(const QString& name);

/** The site's default ULN of a catalogue marker: the stored one, else the catalogue's (TM-1). */
std::optional<double> markerUln(const QString& analyte, const Knowledge& knowledge);
/** The ULN stored for a marker in `from` (a number > 0), if any: the one reading of `markers/uln/<analyte>`, used
 *  by markerUln() and by the marker chart's settings. */
std::optional<double> storedMarkerUln(const QSettings& from, const QString& analyte, const Knowledge& knowledge);
/** The rise threshold stored in `from` (> 0 and <= 1000 %), if any. */
std::optional<double> storedRisePercent(const QSettings& from);
/** Stores a site default; a value equal to the catalogue's (or none) removes the key. */
void setMarkerUln(const QString& analyte, std::optional<double> uln, const Knowledge& knowledge);

/** The print language chosen last in the window ("zh_CN", "en", "bilingual"; empty when none). */
QString printLanguage();
void setPrintLanguage(const QString& code);

/** Idle minutes before the window locks (1–240; default kDefaultAutoLockMinutes). */
int autoLockMinutes();
void setAutoLockMinutes(int minutes);

QString userDisplayName();
void setUserDisplayName(const QString& name);

}  // namespace settings

}  // namespace onco
