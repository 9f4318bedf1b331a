#pragma once

#include "core/domain/Enums.h"
#include "core/domain/PatientRecord.h"
#include "core/rules/Assessment.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace onco {
class Knowledge;
}

namespace onco::analytics {
struct MarkerSettings;
}

namespace onco::assessments {

/** What makes a stored summary current: the evaluation date, the knowledge version and the jurisdiction. */
struct Freshness
{
    QDate asOf;
    QString knowledgeVersion;
    Jurisdiction jurisdiction = Jurisdiction::UsFda;
};

/** One oral SERD in a stored summary. */
struct StoredOption
{
    QString drug;
    rules::OptionStatus status = rules::OptionStatus::NeedsInformation;
    QStringList flags;

    /** An option to act on now: not already taken, not waiting for the current line to progress (product.md §8). */
    bool actionable() const;
    bool operator==(const StoredOption&) const = default;
};

/** A confirmed tumour-marker rise (TM-4) of one analyte on as_of, as the marker-rise worklist names it. */
struct StoredMarkerRise
{
    QString analyte;    ///< canonical code (CA15-3)
    QString label;      ///< the catalogue's label ("CA 15-3"), else the code
    double nadir = 0;   ///< the nadir the rise is measured from (TM-3)
    double latest = 0;  ///< the latest result
    QString unit;       ///< of the latest result (the catalogue's when it gives none)
    QDate date;         ///< of the latest result

    /** % above the nadir; none when the nadir is not above 0. */
    std::optional<double> percent() const
    {
        return nadir > 0 ? std::optional<double>((latest - nadir) / nadir * 100.0) : std::nullopt;
    }
    bool operator==(const StoredMarkerRise&) const = default;
};

/**
 * What the patient list and the worklists show of a patient's assessment, stored per patient
 * (table assessment_summaries) so that 100,000 rows read in one query.
 */
struct StoredAssessment
{
    qint64 patientId = 0;
    QDate asOf;
    QDateTime computedAt;       ///< UTC
    QDateTime recordUpdatedAt;  ///< the record's updated_at it was computed from
    QString knowledgeVersion;
    Jurisdiction jurisdiction = Jurisdiction::UsFda;
    bool advanced = false;
    rules::Resistance resistance = rules::Resistance::NotEvaluable;
    QString resistanceRule;
    QList<StoredOption> options;  ///< elacestrant, imlunestrant (none for a deceased patient)
    QDate deceased;               ///< the date of death on as_of; null when alive
    QStringList actions;
    rules::Esr1State esr1 = rules::Esr1State::None;
    QDate esr1Date;
    std::optional<int> currentLine;  ///< the clinician's number when recorded, else the derived one
    QDate currentLineStart;
    QStringList currentDrugs;
    std::optional<bool> markerRise;  ///< TM-4 confirmed rise of any analyte on as_of; none when not computed
    /** The analytes with a confirmed rise on as_of, in analytesOf() order; empty when none, when not computed, or
     *  in a summary stored before they were kept (schema 7): the next recompute fills them. */
    QList<StoredMarkerRise> markerRises;

    const StoredOption* option(const QString& drug) const;
    /** Computed for another date, knowledge version or jurisdiction than the ones given. */
    bool isStale(const QDate& today, const QString& version, Jurisdiction current) const;
    bool operator==(const StoredAssessment&) const = default;
};

/** The summary of an assessment; `patientId` and `recordUpdatedAt` come from the stored record. Leaves
 *  `markerRise` empty (not computed). */
StoredAssessment summarize(const rules::Assessment& assessment, qint64 patientId, const QDateTime& recordUpdatedAt,
                           const QDateTime& computedAt);

/** The same with `markerRise` and `markerRises` filled from the record's marker results (TM-4/TM-5 on the
 *  assessment's date); the id and record version come from `record.patient`. */
StoredAssessment summarize(const rules::Assessment& assessment, const PatientRecord& record, const Knowledge& knowledge,
                           const analytics::MarkerSettings& markers, const QDateTime& computedAt);

/** TM-4/TM-5 on `asOf`: the latest result of some analyte is a confirmed MARKER_RISE. */
bool hasMarkerRise(const PatientRecord& record, const Knowledge& knowledge, const QDate& asOf,
                   const analytics::MarkerSettings& markers);
/** TM-4/TM-5 on `asOf`: each analyte whose latest result is a confirmed MARKER_RISE, with its nadir and latest
 *  result. */
QList<StoredMarkerRise> markerRisesOf(const PatientRecord& record, const Knowledge& knowledge, const QDate& asOf,
                                      const analytics::MarkerSettings& markers);

/** A change of an oral SERD's status, with the evaluation date on which it was first seen. */
struct StatusChange
{
    qint64 patientId = 0;
    QString drug;
    rules::OptionStatus status = rules::OptionStatus::NeedsInformation;
    std::optional<rules::OptionStatus> previous;  ///< none for the first status computed
    QDate firstSeen;
    QDateTime computedAt;
    QString knowledgeVersion;
};

}  // namespace onco::assessments
