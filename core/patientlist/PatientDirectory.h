#pragma once

#include "core/clinical/CourseFacts.h"
#include "core/domain/PatientRecord.h"
#include "core/patientlist/SearchMatch.h"
#include "core/storage/PatientSearch.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace onco {

class Clock;
class Knowledge;
class Storage;

/** The display data of one row of the patient list. */
struct PatientListRow
{
    Patient patient;
    int age = -1;  ///< whole years today; -1 without a birth date
    bool advanced = false;
    std::optional<TherapyLine> currentLine;
    std::optional<int> currentLineNumber;  ///< derived advanced-line number of the current line
    std::optional<GeneticResult> esr1;     ///< latest somatic ESR1 result
    clinical::Currency esr1Currency = clinical::Currency::Current;
    ListAssessment assessment;
    QList<patientlist::MatchField> matched;  ///< what the search text matched, strongest first; empty without one
};

/**
 * The patient list: search as you type (storage's PatientSearch) returning the ordered ids of every match, and the
 * display data of a page of rows. Never loads whole records to filter. The stored assessments fill the oral SERD and
 * due-action columns, chips and sorts once they are kept (setAssessmentsAvailable).
 */
class PatientDirectory
{
    Q_DECLARE_TR_FUNCTIONS(PatientDirectory)
public:
    PatientDirectory(Storage& storage, const Knowledge& knowledge, const Clock& clock);
    ~PatientDirectory();

    /** Writes the knowledge data's supportive drugs (OFS, bone agents) and recomputes the `advanced` fact of
     *  every patient, when the stored knowledge version differs from the program's. Nothing on a read-only file. */
    Status syncKnowledge();

    /** Ids of all patients matching `query`, in its order. */
    Result<QList<qint64>> search(const PatientQuery& query) const;
    /** Display data of the given patients, in the given order (unknown ids are left out), each with what
     *  `searchText` matched in her fields (patientlist::matchedFields). */
    Result<QList<PatientListRow>> rows(const QList<qint64>& ids, const QString& searchText = {}) const;
    /** The number of patients not archived. */
    Result<qint64> activeCount() const;

    /** The stored assessments are kept current (AssessmentService): the columns, chips and sorts use them. */
    void setAssessmentsAvailable(bool available) { m_assessmentsAvailable = available; }
    bool hasAssessments() const { return m_assessmentsAvailable; }
    bool canSort(PatientSort sort) const;

private:
    Storage& m_storage;
    const Knowledge& m_knowledge;
    const Clock& m_clock;
    bool m_assessmentsAvailable = false;
};

}  // namespace onco
