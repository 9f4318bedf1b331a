#pragma once

#include "core/clinical/Definitions.h"
#include "core/domain/PatientRecord.h"
#include "core/rules/Assessment.h"
#include "core/rules/RuleContext.h"

#include <QList>

#include <optional>

namespace onco {
class Knowledge;
}

namespace onco::rules {

/** A record of the snapshot with the reference back to where it came from. */
template <typename T> struct Item
{
    RecordRef ref;
    T value;
};

/** A line of therapy as the rules see it on as_of (§0, §1), with its drug classes. */
struct LineFacts
{
    RecordRef ref;
    TherapyLine line;         ///< end and stop reason cleared when they lie after as_of
    bool endocrine = false;   ///< contains an ET agent (AI, SERM, SERD); in a reading, an uncertain line read as ET
    bool supportive = false;  ///< every drug is OFS or bone-modifying
    /** An uncertain line (§0 Readings): a possibly-ET investigational agent and no ET agent. Read both ways. */
    bool uncertain = false;
    bool investigational = false;   ///< holds an investigational agent
    bool oralSerd = false;          ///< holds a SERD_ORAL (catalogued, or exactly [SERD_ORAL])
    bool possibleOralSerd = false;  ///< holds an investigational agent that may be an oral SERD
    bool possibleCdk46i = false;    ///< holds an investigational agent that may be a CDK4/6 inhibitor
    bool cdk46i = false;
    bool ai = false;
    bool ofs = false;
    bool onlyAiCdkOfs = false;  ///< nothing but AI, CDK4/6 inhibitor and OFS drugs
    QDate pd;                   ///< progression on the line (§1); null when none
    std::optional<RecordRef> pdSource;
    /** Failure on the line (§1): PD, an advanced recurrence during it, or for a (neo)adjuvant line the relapse up to
     *  12 months after the adjuvant ET period containing it. Null when none. */
    QDate failure;
    std::optional<RecordRef> failureSource;
    /** For a (neo)adjuvant line started before the relapse: the end of its adjuvant window (period end + 12
     *  months), null while the period is ongoing. Used for BOUNDARY_REVIEW on SERD-SEQ. */
    QDate adjuvantWindowEnd;
    bool failedOnlyByWindow = false;  ///< the failure rests on the adjuvant window alone

    bool advanced() const { return line.setting == Setting::Advanced; }
    bool adjuvantOrNeoadjuvant() const { return !advanced(); }
    bool contains(const QString& drug) const { return line.drugs.contains(drug); }
    bool activeOn(const QDate& day) const { return line.isActiveOn(day); }
};

/**
 * The record as of `asOf` (records dated after it left out, later ends treated as ongoing) plus the events
 * every rule family reads (§1). Built once per assessment by buildFacts().
 */
struct Facts
{
    QDate asOf;
    Jurisdiction jurisdiction = Jurisdiction::UsFda;
    const Knowledge* knowledge = nullptr;

    Patient patient;
    bool oophorectomy = false;  ///< bilateral oophorectomy recorded and not dated after as_of
    int age = -1;               ///< whole years on as_of; -1 when the birth date is unknown
    std::optional<Item<Diagnosis>> diagnosis;
    QList<Item<Biopsy>> biopsies;         ///< by date
    QList<Item<DiseaseEvent>> events;     ///< by date
    QList<LineFacts> lines;               ///< by start date
    QList<Item<GeneticResult>> genomics;  ///< by date
    QList<Item<Medication>> medications;  ///< active or not

    // §1 events
    bool deNovo = false;
    std::optional<RecordRef> relapse;
    std::optional<RecordRef> latestProgression;
    QList<RecordRef> markerOnlyProgressions;
    std::optional<RecordRef> death;  ///< the earliest death event on or before as_of

    /** Lines of any setting with a CDK4/6 inhibitor started strictly before the latest progression date. */
    QList<const LineFacts*> priorCdk46iLines() const;
    /** The first line with a possible CDK4/6 inhibitor (§0) started strictly before the latest progression. */
    const LineFacts* priorPossibleCdk46iLine() const;
    /** The earliest ET line in the advanced setting (§2.2), or nullptr. */
    const LineFacts* firstAdvancedEtLine() const;
    /** Indices into `lines` of the uncertain lines (§0 Readings). */
    QList<int> uncertainLines() const;
    /** Somatic results of a gene (origin unrecorded counts as somatic). */
    QList<const Item<GeneticResult>*> somatic(const QString& gene) const;
};

Facts buildFacts(const PatientRecord& record, const RuleContext& context);

// §1 event rules (EventRules.cpp)

/** Failure on each line (§1), after findEvents(). */
void findFailures(Facts& facts);

/** PD on a line: the earliest progression event strictly after its start and not after its end, or its end
 *  when it stopped for progression. Sets `source` to the deciding record. */
QDate progressionOn(const LineFacts& line, const QList<Item<DiseaseEvent>>& events, std::optional<RecordRef>* source);
/** Fills relapse, de novo, latest progression and each line's PD. */
void findEvents(Facts& facts);

/** ADV-1 with the reason. */
struct AdvancedDisease
{
    bool holds = false;
    Phrase basis;
    QList<RecordRef> records;
};
AdvancedDisease advancedDisease(const Facts& facts);

/** Advanced-line numbering (§0). */
QList<AdvancedLine> numberAdvancedLines(const Facts& facts);

}  // namespace onco::rules
