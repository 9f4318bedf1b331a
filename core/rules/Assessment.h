#pragma once

#include "core/domain/Enums.h"
#include "core/i18n/Phrase.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace onco::rules {

// The result of the clinical rules (clinical-rules.md) for one patient on one date: plain values, language-neutral
// (every text is a Phrase), computed by assess() and rendered by assessmentToJson() or the UI.

/** Which record decided something: the case-file key of its list, its position there, its database id. */
struct RecordRef
{
    enum class Entity { Patient, Diagnosis, Biopsy, Event, Therapy, Genomic, Medication };
    Entity entity = Entity::Patient;
    int index = -1;  ///< position in the record's list (case-file order); -1 for the patient and the diagnosis
    qint64 id = 0;   ///< database id; 0 for a case file that was not stored
    QDate date;

    bool operator==(const RecordRef&) const = default;
};

/** A flag, action or info code with the sentence that says why it applies here, and the records it rests on. */
struct Note
{
    QString code;
    Phrase text;
    QList<RecordRef> records;
};

enum class CriterionStatus { Met, NotMet, Unknown };
enum class OptionStatus { Option, NotOption, NeedsInformation };

/** Endocrine-resistance values of the three attributes (§2); `None` is JSON null (not applicable / no value). */
enum class Resistance { None, Primary, Secondary, Sensitive, Naive, NoProgression, NotEvaluable, NotApplicable };

/** ER or HER2 as the rules read it (§3). */
enum class Polarity { Unknown, Positive, Negative };

/** The ESR1 situation in one word (§4.1), for lists and summaries. */
enum class Esr1State {
    None,           ///< no somatic ESR1 result
    Mutated,        ///< latest mutated, in the ligand-binding domain or variant not recorded
    Review,         ///< latest mutated with a variant outside the domain or unreadable
    NotDetected,    ///< latest not detected and current
    Discordant,     ///< latest not detected and current, an earlier one mutated
    NotCurrent,     ///< latest not detected or indeterminate, collected before the latest progression
    Indeterminate,  ///< latest indeterminate and current
};

/** HER2 categories shown to the clinician (HER2-low and ultralow are HER2-negative for the rules). */
enum class Her2Category { Unknown, Zero, Ultralow, Low, Positive };

/** A numbered line of therapy for advanced disease (§0). */
struct AdvancedLine
{
    int number = 0;                     ///< derived from the start order
    std::optional<int> numberOverride;  ///< the clinician's number, when recorded and different from `number`
    RecordRef line;
    QDate start;
    QDate end;  ///< null while ongoing on as_of
    QStringList drugs;
    std::optional<bool> endocrine;  ///< an ET line; nullopt for an uncertain line (§0 Readings)
    bool cdk46i = false;
    QDate progression;  ///< PD on the line (§1), null when none
};

/** The current receptors (RCPT-1), each taken as a set from the latest specimen that reports it. */
struct CurrentReceptors
{
    Polarity er = Polarity::Unknown;
    ReceptorStatus erCategory = ReceptorStatus::Unrecorded;
    std::optional<double> erPercent;
    std::optional<RecordRef> erSource;
    ReceptorStatus prCategory = ReceptorStatus::Unrecorded;
    std::optional<double> prPercent;
    std::optional<RecordRef> prSource;
    Polarity her2 = Polarity::Unknown;
    Her2Category her2Category = Her2Category::Unknown;
    Her2Ihc her2Ihc = Her2Ihc::Unrecorded;
    Her2Ish her2Ish = Her2Ish::Unrecorded;
    std::optional<RecordRef> her2Source;
    bool her2IshNeeded = false;  ///< IHC 2+ without ISH
};

/** One endocrine-resistance attribute with the rule that set it and a sentence naming the dates used. */
struct ResistanceAttribute
{
    Resistance value = Resistance::None;
    QString rule;  ///< e.g. ER-A2; empty when no rule applies (no relapse / no advanced ET line)
    Phrase explanation;
    QList<RecordRef> records;
};

struct EndocrineResistance
{
    Resistance overall = Resistance::NotEvaluable;
    QString rule;
    Phrase explanation;
    ResistanceAttribute adjuvant;
    ResistanceAttribute firstLine;
    QList<Note> flags;  ///< AMBIGUOUS_EARLY_STOP, CDK46I_ERA_CAVEAT, BOUNDARY_REVIEW
};

/** One criterion of an option card, with the record that decided it. */
struct Criterion
{
    QString id;  ///< SERD-ER …
    CriterionStatus status = CriterionStatus::Unknown;
    Phrase text;
    QList<RecordRef> records;
};

/** An oral SERD option card (§4) under the selected jurisdiction. */
struct OptionCard
{
    QString drug;
    OptionStatus status = OptionStatus::NeedsInformation;
    QList<Criterion> criteria;
    QList<Note> flags;
    QStringList actions;  ///< actions this card's criteria raised (MENO-1, MENO-2)
    bool approved = false;
    QDate approvalDate;
    bool approvalVerified = false;
    QString approvalSource;
    QDate approvalLastVerified;
    QStringList evidence;  ///< ids of knowledge evidence sentences shown with the card

    bool hasFlag(const QString& code) const;
    const Criterion* criterion(const QString& id) const;
};

/** The whole assessment of one patient on `asOf`. */
struct Assessment
{
    QString mrn;
    QDate asOf;
    Jurisdiction jurisdiction = Jurisdiction::UsFda;
    QString knowledgeVersion;
    QDate knowledgeLastVerified;

    bool advancedDisease = false;
    Phrase advancedBasis;  ///< why ADV-1 holds or does not
    QList<RecordRef> advancedRecords;
    QDate relapse;
    QDate latestProgression;
    QList<AdvancedLine> advancedLines;
    Esr1State esr1 = Esr1State::None;
    QDate esr1Date;  ///< collection date of the latest somatic ESR1 result
    CurrentReceptors receptors;
    EndocrineResistance resistance;
    QList<OptionCard> options;
    QList<Note> actions;  ///< in the order of the §5 table
    QList<Note> info;
    QList<Note> receptorFlags;
    QStringList evidence;  ///< ids of assessment-level evidence sentences (testing prompts, SERENA-6)
    /** The date of death when a death event is recorded on or before as_of: no option cards, no due actions, no info
     *  (the history, the receptors and the resistance class stay). Null when alive. */
    QDate deceased;
    std::optional<RecordRef> deathRecord;

    const OptionCard* option(const QString& drug) const;
    /** The advanced line active on as_of that started last (the current line), or nullptr. */
    const AdvancedLine* currentLine() const;
    QStringList actionCodes() const;
    QStringList infoCodes() const;
};

QStringList codesOf(const QList<Note>& notes);

}  // namespace onco::rules
