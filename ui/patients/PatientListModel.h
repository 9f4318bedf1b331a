#pragma once

#include "core/patientlist/PatientDirectory.h"

#include <QAbstractTableModel>
#include <QHash>

namespace onco {

class CaseService;

/**
 * The patient list: every patient matching the search text and filter chips, in the chosen order. Holds only the
 * ordered ids of the matches (one indexed query per keystroke); display data is read a page at a time, for the rows
 * the view asks for. Sorting happens in SQL (sort()), since sorting 100,000 rows in a proxy costs seconds.
 * Follows CaseService: a changed patient's row updates at once.
 */
class PatientListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /** Logical columns (the panel orders them on screen). Matched says what the search text matched (empty
     *  without one). */
    enum Column {
        Name,
        Mrn,
        Age,
        Advanced,
        CurrentLine,
        Esr1,
        SerdStatus,
        DueActions,
        LastChange,
        BirthDate,
        Sex,
        OutpatientNumber,
        Matched,
        ColumnCount
    };
    enum Role { PatientIdRole = Qt::UserRole + 1, ArchivedRole };

    PatientListModel(CaseService& service, PatientDirectory& directory, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /** Sorts in SQL; columns the directory cannot sort by are left as they are (see canSort). */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /** Runs a new search (text, chips, order). */
    void setQuery(const PatientQuery& query);
    const PatientQuery& query() const { return m_query; }
    /** Runs the current search again (e.g. after a change). */
    void refresh();
    /** A patient's row shows new data (her record or her stored assessment changed): searches again (she may have
     *  moved or left the filtered list) and repaints her row, resetting only when the rows differ. */
    void updatePatient(qint64 patientId);
    /** Many rows may show new data (e.g. after the background recompute of the assessments): the same for all. */
    void updateAll();
    bool canSort(int column) const;
    int sortColumn() const;

    qint64 patientId(int row) const;
    /** The row of a patient, -1 when she is not in the list. */
    int rowOf(qint64 patientId) const;
    /** Header and cell texts in the new UI language. */
    void retranslate();
    /** The last search error (empty when the search worked). */
    const QString& error() const { return m_error; }

signals:
    /** The set of rows changed (a new search, a patient added or removed). */
    void rowsRefreshed();

private:
    const PatientListRow* row(int r) const;
    QString text(const PatientListRow& row, int column) const;

    CaseService& m_service;
    PatientDirectory& m_directory;
    PatientQuery m_query;
    QList<qint64> m_ids;
    mutable QHash<int, QList<PatientListRow>> m_pages;  ///< page number -> rows
    QString m_error;
};

}  // namespace onco
