#pragma once

#include "core/clinical/TherapyCourse.h"
#include "core/domain/Enums.h"
#include "core/i18n/Language.h"
#include "ui/course/CoursePalette.h"

#include <QString>

namespace onco {
class Knowledge;
}

/** Texts shared by the course views (chart, timeline) in a given Language (translation context "CourseText"), so
 *  the same view can be drawn in the UI language on screen and in the print language on paper. */
namespace onco::course {

/** The language the UI shows now (LanguageManager sets the default QLocale with the translator). */
const Language& uiLanguage();

/** An enumeration value's label in `language` (context "Enums"). */
template <typename E> QString enumText(E value, const Language& language)
{
    return language.translate("Enums", sourceLabel(value));
}

/** "Line 2" / "二线" (Chinese numerals up to ten, then 第11线). */
QString lineNumberText(int number, const Language& language);
/** The compact name of a line: "L2" / "二线", "Adjuvant" / "辅助", "Neoadjuvant" / "新辅助", "Supportive" / "支持治疗".
 */
QString lineShortLabel(const clinical::LineInfo& line, const Language& language);
/** The short name, the clinician's number when it differs, and the drugs: "L2 (clinician: 3) · goserelin + letrozole".
 */
QString lineLabel(const clinical::LineInfo& line, const Language& language, const Knowledge& knowledge);
/** Several lines: the label, dates, setting, stop reason and best response. */
QString lineDetails(const clinical::LineInfo& line, const Language& language, const Knowledge& knowledge);
/** "2 Jan 2025 – 3 Mar 2025" / "… – ongoing". */
QString period(const QDate& start, const QDate& end, const Language& language);

QString groupName(ClassGroup group, const Language& language);

}  // namespace onco::course
