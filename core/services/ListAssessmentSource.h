#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace onco {

class Database;

/** One patient's stored assessment as the patient list shows it (codes; the UI renders them). */
struct ListAssessment
{
    bool present = false;      ///< a stored summary exists for the patient
    QStringList serdStatuses;  ///< per oral SERD "drug:status": elacestrant:option, :not_option, :needs_information
    QStringList dueActions;    ///< action codes, e.g. ESR1_RETEST_DUE
    QStringList serdFlags;     ///< per oral SERD "drug:FLAG", e.g. elacestrant:ALREADY_ON
};

/**
 * Where the patient list reads the stored per-patient assessment summary (schema 3, the rules change).
 * This is the single seam between the list and that summary: the SERD-status and due-action columns, the
 * "oral SERD option" and "action due" chips and their sort orders all come from here. Until the summary exists
 * the directory uses no source: the columns stay empty and the chips are unavailable.
 */
class ListAssessmentSource
{
public:
    virtual ~ListAssessmentSource() = default;

    /** SQL conditions on the list row `p` (the patient's id is `p.patient_id`), e.g.
     *  `EXISTS (SELECT 1 FROM assessment_summary s WHERE s.patient_id = p.patient_id AND …)`. */
    virtual QString serdOptionCondition() const = 0;
    virtual QString actionDueCondition() const = 0;
    /** SQL expressions on `p` to sort by (empty: that column cannot be sorted). */
    virtual QString serdSortExpression() const = 0;
    virtual QString dueActionsSortExpression() const = 0;

    /** The stored summaries of some patients (absent ids have none). */
    virtual QHash<qint64, ListAssessment> load(Database& db, const QList<qint64>& patientIds) = 0;
};

}  // namespace onco
