#pragma once

#include "core/domain/PatientRecord.h"
#include "core/i18n/Phrase.h"
#include "core/rules/Assessment.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace onco {

class Knowledge;
class Language;

/** How a status looks: a tone (colours) and a glyph, always shown with words (never colour alone). */
struct Tone
{
    QColor background;
    QColor foreground;
    QColor border;
    QString glyph;  ///< ✓ ✗ ? ! or empty
};

/**
 * Texts and tones of the assessment cards in the UI language (translation context "AssessmentCards"): phrases of
 * the rules rendered through Language, the records the rules name, the colours of statuses.
 */
namespace cards {

/** The UI language as a Language (Phrase::render). */
const Language& uiLanguage();
QString render(const Phrase& phrase, const Knowledge& knowledge);
/** The rule ID in plain words and the ID, e.g. "ER positive (SERD-ER)". */
QString ruleTitle(const QString& ruleId, const Knowledge& knowledge);
/** A flag, action or info code in plain words (Codes.h); the code itself when the program has no words for it. */
QString codeText(const QString& code, const Knowledge& knowledge);
/** The record a rule rests on, as a link text: "Genetic result ESR1, 20 May 2025", "Diagnosis, 18 Mar 2019" … */
QString recordLabel(const rules::RecordRef& ref, const PatientRecord& record, const Knowledge& knowledge);
/** Drug name for a title: the UI language's catalogue name, English capitalised. */
QString drugTitle(const QString& drug, const Knowledge& knowledge);
/** In the Chinese UI, for a catalogue drug without a verified Chinese name, a note that says so (empty otherwise). */
QString unverifiedChineseName(const QString& drug, const Knowledge& knowledge);

Tone optionTone(rules::OptionStatus status);
Tone criterionTone(rules::CriterionStatus status);
Tone resistanceTone(rules::Resistance value);
Tone actionTone(int dueActions);
Tone warningTone();
Tone infoTone();
/** Style sheet of a badge in a tone (rounded, padded). */
QString badgeStyle(const Tone& tone);

/** Short status words for badges: "Option", "Not an option", "Needs information" (the rules' words). */
QString optionStatusText(rules::OptionStatus status, const Knowledge& knowledge);

/** The badge of an option card, the same on the card, in the Overview and in the header band: a drug the patient
 *  is already taking (ALREADY_ON) reads "Taking (since …)" in a neutral tone, never a green "Option"; an option for
 *  the next change of therapy (CURRENT_LINE_NOT_PROGRESSED) says so. */
Tone optionTone(const rules::OptionCard& card);
QString optionStatusText(const rules::OptionCard& card, const Knowledge& knowledge);
/** A criterion's badge tone: "met" for the population of the label only off label (OFF_LABEL_OFS) is amber, not a
 *  green light. */
Tone criterionTone(const rules::OptionCard& card, const rules::Criterion& criterion);

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentCards)
};

}  // namespace cards

}  // namespace onco
