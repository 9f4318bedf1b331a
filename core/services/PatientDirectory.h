#pragma once

#include "core/domain/CourseFacts.h"
#include "core/domain/PatientRecord.h"
#include "core/services/ListAssessmentSource.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace onco {

class Clock;
class Database;
class Knowledge;

/** Orders the patient list can be sorted in (each one runs in SQL, over an index where it matters). */
enum class PatientSort { Name, Mrn, Age, Advanced, LastChange, SerdStatus, DueActions };

/** What the patient list shows: a search text, the filter chips and the sort order. */
struct PatientQuery
{
    QString text;  ///< Chinese name, full pinyin (with or without spaces), pinyin initials, Latin name or number
    bool advancedOnly = false;
    bool serdOptionOnly = false;  ///< needs an assessment source
    bool actionDueOnly = false;   ///< needs an assessment source
    bool includeArchived = false;
    PatientSort sort = PatientSort::Name;
    Qt::SortOrder order = Qt::AscendingOrder;

    bool operator==(const PatientQuery&) const = default;
};

/** The display data of one row of the patient list. */
struct PatientListRow
{
    Patient patient;
    int age = -1;  ///< whole years today; -1 without a birth date
    bool advanced = false;
    std::optional<TherapyLine> currentLine;
    std::optional<int> currentLineNumber;  ///< derived advanced-line number of the current line
    std::optional<GeneticResult> esr1;     ///< latest somatic ESR1 result
    course::Currency esr1Currency = course::Currency::Current;
    ListAssessment assessment;
};

/**
 * The patient list's queries: search as you type over an FTS5 index and per-patient facts kept by triggers
 * (schema 2), returning the ordered ids of every match; and the display data of a page of rows.
 * Never loads whole records to filter. Reads through the database's own connection.
 */
class PatientDirectory
{
    Q_DECLARE_TR_FUNCTIONS(PatientDirectory)
public:
    PatientDirectory(Database& db, const Knowledge& knowledge, const Clock& clock);
    ~PatientDirectory();

    /** Writes the knowledge data's supportive drugs (OFS, bone agents) and recomputes the `advanced` fact of
     *  every patient, when the stored knowledge version differs from the program's. Nothing on a read-only file. */
    Status syncKnowledge();

    /** Ids of all patients matching `query`, in its order. */
    Result<QList<qint64>> search(const PatientQuery& query) const;
    /** Display data of the given patients, in the given order (unknown ids are left out). */
    Result<QList<PatientListRow>> rows(const QList<qint64>& ids) const;
    /** The number of patients not archived. */
    Result<qint64> activeCount() const;

    void setAssessmentSource(std::unique_ptr<ListAssessmentSource> source);
    bool hasAssessmentSource() const { return m_assessments != nullptr; }
    bool canSort(PatientSort sort) const;

    /** The FTS5 expression for a search text: its tokens as one phrase whose last token is a prefix; CJK
     *  characters are single tokens. Empty when the text holds nothing searchable. */
    static QString matchExpression(const QString& text);

private:
    QString sortExpression(PatientSort sort) const;

    Database& m_db;
    const Knowledge& m_knowledge;
    const Clock& m_clock;
    std::unique_ptr<ListAssessmentSource> m_assessments;
};

}  // namespace onco
