#pragma once

#include "core/i18n/Phrase.h"
#include "core/rules/Assessment.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace onco::rules {

// Codes of the assessment JSON (case-format.md §2) and short plain-words descriptions for the UI and the printout.

QString resistanceCode(Resistance value);  ///< "" for Resistance::None (JSON null)
QString criterionStatusCode(CriterionStatus status);
QString optionStatusCode(OptionStatus status);
QString polarityCode(Polarity value);
QString her2CategoryCode(Her2Category value);
QString esr1StateCode(Esr1State value);
std::optional<Esr1State> esr1StateFromCode(const QString& code);
std::optional<OptionStatus> optionStatusFromCode(const QString& code);
std::optional<Resistance> resistanceFromCode(const QString& code);  ///< "" gives Resistance::None
QString entityCode(RecordRef::Entity entity);  ///< the case-file key: patient, diagnosis, biopsies, events …

/** A flag, action or info code in plain words ("ESR1 test due since the latest progression" …); empty if unknown. */
Phrase describeCode(const QString& code);
/** What a rule ID checks, in a few words (SERD-ER: "ER positive"; ER-A1: "Relapse in the first 2 years of adjuvant
 *  endocrine therapy"); empty if unknown. */
Phrase describeRule(const QString& ruleId);
Phrase describeResistance(Resistance value);
Phrase describeOptionStatus(OptionStatus status);
/** The status of an option card as the window and the printed summary show it: a drug the patient is already
 *  taking (ALREADY_ON) is "Taking (since …)", an option for the next change of therapy (CURRENT_LINE_NOT_PROGRESSED)
 *  says so; otherwise the status. */
Phrase describeCardStatus(const OptionCard& card);
/** When the patient started the card's drug (the ALREADY_ON line's start); invalid when she is not on it. */
QDate takingSince(const OptionCard& card);
Phrase describeCriterionStatus(CriterionStatus status);

/** Every flag, action and info code the rules can raise. */
QStringList allCodes();
/** Every rule ID of clinical-rules.md that describeRule() knows. */
QStringList allRuleIds();
/** The criteria a knowledge label may name (optionCard evaluates these), and the label-specific option flags. */
QStringList labelCriterionIds();
QStringList labelFlagCodes();

}  // namespace onco::rules
