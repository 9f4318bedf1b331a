#pragma once

#include "core/domain/Enums.h"

#include <QString>

#include <optional>

namespace onco {

class Knowledge;

/**
 * The program's settings shared by the window, printing and the command line, under fixed QSettings keys.
 * Reading never fails: a missing or unreadable value gives the default.
 */
namespace settings {

inline constexpr const char* kJurisdiction = "rules/jurisdiction";   ///< US-FDA, EU-EMA, CN-NMPA or HK
inline constexpr const char* kHospitalName = "print/hospitalName";   ///< printed in the summary header
inline constexpr const char* kMarkerUlnPrefix = "markers/uln/";      ///< + catalogue analyte code
inline constexpr const char* kUserDisplayName = "user/displayName";  ///< same key as kUserNameSetting

/** The default jurisdiction: the stored one, else US-FDA (clinical-rules.md §4). */
Jurisdiction jurisdiction();
void setJurisdiction(Jurisdiction value);

QString hospitalName();
void setHospitalName(const QString& name);

/** The site's default ULN of a catalogue marker: the stored one, else the catalogue's (TM-1). */
std::optional<double> markerUln(const QString& analyte, const Knowledge& knowledge);
/** Stores a site default; a value equal to the catalogue's (or none) removes the key. */
void setMarkerUln(const QString& analyte, std::optional<double> uln, const Knowledge& knowledge);

QString userDisplayName();
void setUserDisplayName(const QString& name);

}  // namespace settings

}  // namespace onco
