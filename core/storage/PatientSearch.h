#pragma once

#include "core/util/Result.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace onco {

/** Orders the patient list can be sorted in (each one runs in the store, over an index where it matters; sex and
 *  the outpatient number are read from each listed patient's row). */
enum class PatientSort {
    Name,
    Mrn,
    Age,
    Advanced,
    LastChange,
    SerdStatus,
    DueActions,
    BirthDate,
    Sex,
    OutpatientNumber
};

/** What the patient list shows: a search text, the filter chips and the sort order. */
struct PatientQuery
{
    /** Chinese name, full pinyin (with or without spaces), pinyin initials, Latin name, or an MRN, outpatient or
     *  inpatient number (also from its middle). Its tokens: searchtext::tokens. */
    QString text;
    bool advancedOnly = false;
    bool serdOptionOnly = false;  ///< from the stored assessments
    bool actionDueOnly = false;   ///< from the stored assessments
    bool includeArchived = false;
    PatientSort sort = PatientSort::Name;
    Qt::SortOrder order = Qt::AscendingOrder;

    bool operator==(const PatientQuery&) const = default;
};

/** One patient's stored assessment as the patient list shows it (codes; the UI renders them). */
struct ListAssessment
{
    bool present = false;      ///< a stored assessment exists for the patient
    QStringList serdStatuses;  ///< per oral SERD "drug:status": elacestrant:option, :not_option, :needs_information
    QStringList dueActions;    ///< action codes, e.g. ESR1_RETEST_DUE
    QStringList serdFlags;     ///< per oral SERD "drug:FLAG", e.g. elacestrant:ALREADY_ON
    QDate deceased;            ///< the date of death; null when alive
};

/**
 * The patient list's search: a full-text index over names, pinyin and numbers and per-patient facts kept current
 * by the store itself (schema 2), returning the ordered ids of every match without loading records.
 *
 * The assessment chips and sorts read the stored assessments:
 * - "oral SERD option" keeps patients with an option to act on now (status option, not ALREADY_ON, not
 *   CURRENT_LINE_NOT_PROGRESSED: StoredOption::actionable(), the patients the worklist names);
 * - "action due" keeps patients with at least one due action;
 * - the oral SERD sort puts the most pressing first (ascending): an option to act on, then already taking one, an
 *   option for the next change, needs information, not an option, no stored assessment (patientlist::serdRank);
 * - the due-actions sort puts the most due actions first, patients without a stored assessment last.
 */
class PatientSearch
{
public:
    virtual ~PatientSearch() = default;

    /** Ids of all patients matching `query`, in its order. */
    virtual Result<QList<qint64>> search(const PatientQuery& query) = 0;
    /** The number of patients not archived. */
    virtual Result<qint64> activeCount() = 0;
    /** Which of these patients have advanced disease (the stored fact). */
    virtual Result<QSet<qint64>> advanced(const QList<qint64>& ids) = 0;
    /** The knowledge version the stored facts were last computed with (empty when never). */
    virtual Result<QString> factsKnowledgeVersion() = 0;
    /** Stores the names of the supportive drugs (OFS, bone agents; lower case) and recomputes the `advanced` fact of
     *  every patient, recording `knowledgeVersion`. In one transaction. */
    virtual Status recomputeFacts(const QStringList& supportiveDrugNames, const QString& knowledgeVersion) = 0;
};

}  // namespace onco
