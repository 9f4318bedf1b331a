#pragma once

#include "core/rules/Assessment.h"

#include <QJsonObject>

namespace onco {
class Knowledge;
class Language;
}  // namespace onco

namespace onco::rules {

/** The `oncocase-assessment/1` document (case-format.md §2) with every text in `language`. */
QJsonObject assessmentToJson(const Assessment& assessment, const Language& language, const Knowledge& knowledge);

inline constexpr char kAssessmentFormat[] = "oncocase-assessment/1";

}  // namespace onco::rules
