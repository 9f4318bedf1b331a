#pragma once

#include "core/domain/Enums.h"
#include "core/i18n/Phrase.h"
#include "core/storage/KnowledgeRepository.h"
#include "core/storage/StoredAssessment.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace onco::worklists {

/** The worklists across all patients (product.md §8). */
enum class Kind {
    SerdOption,        ///< an oral SERD is an option to act on now (not ALREADY_ON, not CURRENT_LINE_NOT_PROGRESSED)
    Esr1Test,          ///< ESR1_TEST_DUE or ESR1_RETEST_DUE
    MarkerRise,        ///< a confirmed tumour-marker rise (TM-4) on as_of
    NotPrinted,        ///< the patient changed after her summary was last printed (or it never was)
    KnowledgeChanged,  ///< the latest knowledge install changed an oral SERD card's status or flags
};

/** An option is "new" when it became an option at most this many days before as_of. */
inline constexpr int kNewOptionDays = 30;

QList<Kind> allKinds();
/** serd_option, esr1_test, marker_rise, not_printed, knowledge_changed (CSV and JSON). */
QString kindCode(Kind kind);
std::optional<Kind> kindFromCode(const QString& code);
/** The list's name ("Oral SERD is an option" …), context "Worklists". */
Phrase describeKind(Kind kind);

/** An oral SERD that is an option to act on now, and since when (status history). */
struct OptionEntry
{
    QString drug;
    QDate since;  ///< the evaluation date on which the current run of "option" was first seen
    bool isNew = false;
    QStringList flags;  ///< the option's flags (NOT_APPROVED_IN_JURISDICTION, APPROVAL_UNVERIFIED …)

    bool operator==(const OptionEntry&) const = default;
};

/** A patient on at least one worklist. */
struct Entry
{
    qint64 patientId = 0;
    QString mrn;
    QString name;
    QString nameLatin;
    assessments::StoredAssessment summary;
    bool assessedInMemory = false;            ///< the stored summary was not current and could not be stored
    QList<OptionEntry> options;               ///< actionable oral SERD options, in card order
    QStringList esr1Actions;                  ///< ESR1_TEST_DUE / ESR1_RETEST_DUE
    QDateTime lastChange;                     ///< patients.updated_at (UTC)
    QDateTime lastPrinted;                    ///< the latest print of her summary (UTC); invalid when never printed
    QList<KnowledgeChange> knowledgeChanges;  ///< the cards the latest knowledge install changed

    bool on(Kind kind) const;
    /** Some actionable option became an option in the last kNewOptionDays days. */
    bool hasNewOption() const;
};

/** The worklists on one date: every patient on at least one list, by id. Archived patients are not screened. */
struct Screening
{
    QDate asOf;
    Jurisdiction jurisdiction = Jurisdiction::UsFda;
    QString knowledgeVersion;
    int screened = 0;          ///< patients screened (not archived)
    int recomputed = 0;        ///< summaries brought up to date and stored first
    int assessedInMemory = 0;  ///< summaries that were not current, assessed without storing them
    int stale = 0;             ///< summaries used as stored although not current (the window, before its recompute)
    int deceased = 0;          ///< patients left out of every list: a death is recorded
    QList<Entry> entries;

    /** Positions in `entries` of the patients on one list. */
    QList<int> indices(Kind kind) const;
    int count(Kind kind) const;
};

}  // namespace onco::worklists
