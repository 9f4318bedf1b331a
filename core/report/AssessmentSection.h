#pragma once

#include "core/domain/Enums.h"
#include "core/domain/PatientRecord.h"
#include "core/i18n/Phrase.h"
#include "core/settings/AppSettings.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace onco {
class Knowledge;
}
namespace onco::rules {
struct Assessment;
}

namespace onco::report {

/**
 * The assessment part of the printed summary, as the rules engine hands it over (the seam of the rules
 * integration). Every text is a language-neutral `Phrase`, so the summary renders it in the print language —
 * in both languages for bilingual print. Codes (rule IDs, flag and action codes) are printed verbatim.
 */
struct AssessmentLine
{
    /** How the line is marked: a criterion's status, or nothing. */
    enum class Mark { None, Met, NotMet, Unknown };

    QString code;  ///< rule ID or code, e.g. "ER-A2", "SERD-ESR1", "ESR1_RETEST_DUE"; may be empty
    Phrase label;  ///< short bold lead, e.g. "Overall: %1" with the class as a ContextLabel; may be empty
    Phrase text;   ///< the sentence that says why; may be empty
    Mark mark = Mark::None;
};

/** One oral SERD option card. */
struct OptionCardSection
{
    /** How the card's status is shown. */
    enum class Tone { Neutral, Option, NotOption, NeedsInformation };

    QString drug;   ///< catalogue name; printed through the drug catalogue in the print language
    Phrase status;  ///< the status as the rules name it ("Option", "Not an option", "Needs information")
    Tone tone = Tone::Neutral;
    Phrase approval;                 ///< approval in the jurisdiction (date, verified or not); may be empty;
                                     ///< printed after the status, so it names no jurisdiction
    QList<AssessmentLine> criteria;  ///< mark = Met / NotMet / Unknown; code = criterion ID
    QList<AssessmentLine> flags;     ///< code = flag code
};

/** Everything the assessment section prints. */
struct AssessmentSection
{
    QDate asOf;
    Jurisdiction jurisdiction = Jurisdiction::UsFda;
    QString knowledgeVersion;
    QDate deceased;                       ///< the date of death (no cards, no actions), null when alive
    Phrase overall;                       ///< the overall endocrine-resistance class in words
    QString overallRule;                  ///< its rule ID
    QList<AssessmentLine> resistance;     ///< overall class first, then adjuvant and first line; code = rule ID
    QList<AssessmentLine> receptorFlags;  ///< RECEPTOR_DISCORDANCE, ER_LOW …
    QList<OptionCardSection> options;     ///< elacestrant, imlunestrant …
    QList<AssessmentLine> actions;        ///< testing prompts and other due actions
    QList<AssessmentLine> info;           ///< SERENA6_EVIDENCE, PD_MARKER_ONLY …
};

/**
 * Computes the assessment section of one patient on `asOf` under `jurisdiction` (nullopt: the rules' own choice,
 * i.e. the settings', else US-FDA). Returns nullopt when no assessment is available.
 */
using AssessmentSource = std::function<std::optional<AssessmentSection>(const PatientRecord& record, const QDate& asOf,
                                                                        std::optional<Jurisdiction> jurisdiction,
                                                                        const Knowledge& knowledge)>;

/**
 * The assessment as the summary prints it: the overall endocrine-resistance class with its rule and explanation,
 * then the adjuvant and first-line attributes (the one that decided the overall class without repeating its
 * explanation) and the resistance flags; receptor flags; one card per oral SERD (status, approval in the
 * jurisdiction, criteria with their rule IDs and marks, flags); actions; information. Actions, information and card
 * flags lead with their plain-words description (rules::describeCode) and say why; resistance and receptor flags
 * carry the description only (it says all there is on paper).
 */
AssessmentSection toAssessmentSection(const rules::Assessment& assessment);

/**
 * The source the program uses (DefaultAssessmentSource.cpp): `rules::assess(record, {asOf,
 * settings::chooseJurisdiction(jurisdiction, {}), knowledge})` converted by toAssessmentSection().
 */
AssessmentSource defaultAssessmentSource();

}  // namespace onco::report
