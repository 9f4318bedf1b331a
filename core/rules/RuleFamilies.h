#pragma once

#include "core/knowledge/Knowledge.h"
#include "core/rules/Assessment.h"
#include "core/rules/Facts.h"

#include <optional>
#include <vector>

namespace onco::rules {

// One rule family per source file; assess() (Assess.cpp) runs them in order. Each function is pure.

// ReceptorRules.cpp — RCPT-1, ER_LOW, RECEPTOR_DISCORDANCE, HER2 categories (§3)
Polarity erPolarity(const Receptors& r);
Polarity her2Polarity(const Receptors& r);
Her2Category her2Category(const Receptors& r);
CurrentReceptors currentReceptors(const Facts& f);
QList<Note> receptorFlags(const Facts& f, const CurrentReceptors& current);
bool isErLow(const CurrentReceptors& current);
/** "diagnosis of 10 Apr 2019" / "lung biopsy of 5 Mar 2022": where a receptor result comes from. */
Phrase specimenPhrase(const Facts& f, const RecordRef& ref);

// ResistanceRules.cpp — ER-A0…A5, ER-M0…M2, ER-N, ER-E, ER-X1, ER-X2, BOUNDARY_REVIEW (§2)
ResistanceAttribute adjuvantResistance(const Facts& f, QList<Note>& flags);
ResistanceAttribute firstLineResistance(const Facts& f, QList<Note>& flags);
EndocrineResistance endocrineResistance(const Facts& f, const CurrentReceptors& current);
/** BOUNDARY_REVIEW's window: |decisive − threshold| ≤ 30 days. */
bool withinBoundary(const QDate& decisive, const QDate& threshold);

// Esr1Rules.cpp — SERD-ESR1 (§4.1)
/** The codons named by an HGVS protein variant ("p.Y537S", "p.Tyr537Ser", "p.(Leu536_Asp538del)", several
 *  separated by commas); empty when none can be read. */
QList<int> hgvsCodons(const QString& variant);
bool inLigandBindingDomain(int codon);
struct Esr1Finding
{
    CriterionStatus status = CriterionStatus::Unknown;
    Phrase text;
    QList<RecordRef> records;
    QList<Note>
        flags;  ///< ESR1_VARIANT_NOT_RECORDED, ESR1_VARIANT_REVIEW, ESR1_DISCORDANT, ESR1_WILD_TYPE, ESR1_TISSUE_ONLY
    bool anyResult = false;
    bool anyMutated = false;
    bool retestDue = false;  ///< latest not current, or indeterminate (ESR1-2 when none is mutated)
    Esr1State state = Esr1State::None;
    QDate latestDate;
};
Esr1Finding esr1Finding(const Facts& f);
/** A somatic ESR1 result collected on or after the latest progression date (or with none) is current. */
bool isCurrent(const Facts& f, const QDate& collected);

// PopulationRules.cpp — SERD-POP, MENO-1, MENO-2 (§4.2)
struct PopulationFinding
{
    CriterionStatus status = CriterionStatus::Unknown;
    Phrase text;
    QList<RecordRef> records;
    QList<Note> flags;    ///< OFF_LABEL_OFS
    QStringList actions;  ///< CONFIRM_MENOPAUSAL_STATUS, CONSIDER_OFS
};
/** OFS on as_of: bilateral oophorectomy, or a line with an OFS drug active on as_of. */
std::optional<RecordRef> ovarianSuppression(const Facts& f);
PopulationFinding populationFinding(const Facts& f, LabelPopulation population);

// OptionRules.cpp — SERD-ER … SERD-SEQ and the option status (§4)
struct PriorEndocrine
{
    const LineFacts* advancedPd = nullptr;  ///< (a) PD on an advanced ET line
    bool adjuvantResistant = false;         ///< (b) adjuvant primary/secondary
    bool holds() const { return advancedPd || adjuvantResistant; }
};
PriorEndocrine priorEndocrine(const Facts& f, const EndocrineResistance& resistance);

// Readings.cpp — the readings of uncertain lines (§0): §2, SERD-PRIOR and trigger T in each, merged (ER-I)
/** One reading: the snapshot with some uncertain lines read as ET lines, and what §2 and SERD-PRIOR give in it. */
struct Reading
{
    Facts facts;
    EndocrineResistance resistance;
    ResistanceAttribute overall;  ///< resistance.overall with its rule and explanation, merged like the others
    PriorEndocrine prior;
};
struct Readings
{
    std::vector<Reading> all;  ///< the first reads no uncertain line as ET
    QList<int> uncertain;      ///< indices into Facts::lines
    bool exhaustive = true;    ///< every combination was evaluated (false beyond kMaxUncertainLines)
    const Reading& base() const { return all.front(); }
};
/** Beyond this many uncertain lines not every reading is evaluated and the merge takes the safer side. */
inline constexpr int kMaxUncertainLines = 10;
Readings readingsOf(const Facts& base, const CurrentReceptors& current);
/** The endocrine-resistance result all readings give, ER-I where they differ, flags of all readings together
 *  plus INVESTIGATIONAL_AGENT. */
EndocrineResistance mergedResistance(const Readings& readings);

struct Shared
{
    const Facts& facts;
    const CurrentReceptors& receptors;
    const EndocrineResistance& resistance;
    const AdvancedDisease& advanced;
    const Readings& readings;
    const Esr1Finding& esr1;
    /** Trigger T's SERD-PRIOR part (§5): (a) or (b) in any reading. */
    bool priorInAnyReading() const;
};
OptionCard optionCard(const Label& label, const Shared& s);
OptionStatus optionStatus(const QList<Criterion>& criteria);

// OptionFlags.cpp — option flags (§4.3), appended to a card's criteria flags
void addOptionFlags(OptionCard& card, const Label& label, const Shared& s);

// ActionRules.cpp — ESR1-1, ESR1-2, PIK3-1, BRCA-1, HER2-1, MENO-1, MENO-2 (§5), in table order
QList<Note> testingActions(const Shared& s, const QList<OptionCard>& cards);

// InfoRules.cpp — SERD-INFO-1 (SERENA6_EVIDENCE), PD_MARKER_ONLY (§4.4)
QList<Note> infoNotes(const Facts& f);

}  // namespace onco::rules
