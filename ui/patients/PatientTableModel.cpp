#include "ui/patients/PatientTableModel.h"

#include <QLocale>

namespace onco {

PatientTableModel::PatientTableModel(CaseService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    reload();
    connect(&m_service, &CaseService::patientAdded, this, &PatientTableModel::reload);
    connect(&m_service, &CaseService::patientChanged, this, &PatientTableModel::reload);
    connect(&m_service, &CaseService::patientRemoved, this, &PatientTableModel::reload);
}

void PatientTableModel::reload()
{
    beginResetModel();
    auto list = m_service.listPatients();
    m_rows = list ? list.value() : QList<PatientListEntry>{};
    endResetModel();
}

void PatientTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int PatientTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PatientTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 PatientTableModel::patientId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

QVariant PatientTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole)
        return {};
    const PatientListEntry& p = m_rows[index.row()];
    switch (index.column()) {
    case Mrn:
        return p.mrn;
    case Name:
        return p.name;
    case NameLatin:
        return p.nameLatin;
    case Sex:
        return displayName(p.sex);
    case BirthDate:
        return p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate) : QString();
    case Archived:
        return p.archived ? tr("Archived") : QString();
    case LastChange:
        return QLocale().toString(p.updatedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant PatientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Mrn:
        return tr("MRN");
    case Name:
        return tr("Name");
    case NameLatin:
        return tr("Latin name");
    case Sex:
        return tr("Sex");
    case BirthDate:
        return tr("Birth date");
    case Archived:
        return tr("Status");
    case LastChange:
        return tr("Last change");
    default:
        return {};
    }
}

}  // namespace onco
