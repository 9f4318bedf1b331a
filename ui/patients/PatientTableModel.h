#pragma once

#include "core/services/CaseService.h"

#include <QAbstractTableModel>

namespace onco {

/** A read-only table of the patients in the database. */
class PatientTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Mrn, Name, NameLatin, Sex, BirthDate, Archived, LastChange, ColumnCount };

    explicit PatientTableModel(CaseService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 patientId(int row) const;
    void reload();
    void retranslate();

private:
    CaseService& m_service;
    QList<PatientListEntry> m_rows;
};

}  // namespace onco
