#include "ui/patients/PatientListModel.h"

#include "core/patientlist/ListAssessments.h"
#include "core/services/CaseService.h"
#include "ui/patients/ListAssessmentText.h"
#include "ui/patients/ListMatchText.h"
#include "ui/widgets/Display.h"

#include <QCoreApplication>
#include <QFont>
#include <QPalette>

namespace onco {

namespace {

constexpr int kPageSize = 64;
constexpr int kKeptPages = 64;

std::optional<PatientSort> sortOf(int column)
{
    switch (column) {
    case PatientListModel::Name:
        return PatientSort::Name;
    case PatientListModel::Mrn:
        return PatientSort::Mrn;
    case PatientListModel::Age:
        return PatientSort::Age;
    case PatientListModel::Advanced:
        return PatientSort::Advanced;
    case PatientListModel::SerdStatus:
        return PatientSort::SerdStatus;
    case PatientListModel::DueActions:
        return PatientSort::DueActions;
    case PatientListModel::LastChange:
        return PatientSort::LastChange;
    case PatientListModel::BirthDate:
        return PatientSort::BirthDate;
    case PatientListModel::Sex:
        return PatientSort::Sex;
    case PatientListModel::OutpatientNumber:
        return PatientSort::OutpatientNumber;
    default:
        return std::nullopt;
    }
}

}  // namespace

PatientListModel::PatientListModel(CaseService& service, PatientDirectory& directory, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_directory(directory)
{
    connect(&m_service, &CaseService::patientAdded, this, &PatientListModel::refresh);
    connect(&m_service, &CaseService::patientRemoved, this, &PatientListModel::refresh);
    connect(&m_service, &CaseService::patientChanged, this, &PatientListModel::updatePatient);
    setQuery(PatientQuery{});
}

int PatientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int PatientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void PatientListModel::setQuery(const PatientQuery& query)
{
    m_query = query;
    refresh();
}

void PatientListModel::refresh()
{
    auto ids = m_directory.search(m_query);
    m_error = ids ? QString() : ids.error().message;
    beginResetModel();
    m_ids = ids ? std::move(ids).value() : QList<qint64>{};
    m_pages.clear();
    endResetModel();
    emit rowsRefreshed();
}

void PatientListModel::updatePatient(qint64 id)
{
    // A change may move her (name, archive, a new line making her advanced): search again, and reset only when
    // the rows differ; otherwise just repaint her row.
    const auto ids = m_directory.search(m_query);
    if (!ids || ids.value() != m_ids) {
        refresh();
        return;
    }
    const int r = rowOf(id);
    if (r < 0)
        return;
    m_pages.remove(r / kPageSize);
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

void PatientListModel::updateAll()
{
    const auto ids = m_directory.search(m_query);
    if (!ids || ids.value() != m_ids) {
        refresh();
        return;
    }
    m_pages.clear();
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
}

qint64 PatientListModel::patientId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}

int PatientListModel::rowOf(qint64 patientId) const
{
    // A scan (well under a millisecond for 100,000 rows) is cheaper than keeping an index rebuilt on every keystroke.
    return patientId > 0 ? int(m_ids.indexOf(patientId)) : -1;
}

bool PatientListModel::canSort(int column) const
{
    const auto sort = sortOf(column);
    return sort && m_directory.canSort(*sort);
}

int PatientListModel::sortColumn() const
{
    for (int c = 0; c < ColumnCount; ++c)
        if (sortOf(c) == m_query.sort)
            return c;
    return Name;
}

void PatientListModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortOf(column);
    if (!sort || !m_directory.canSort(*sort) || (m_query.sort == *sort && m_query.order == order))
        return;
    PatientQuery q = m_query;
    q.sort = *sort;
    q.order = order;
    setQuery(q);
}

const PatientListRow* PatientListModel::row(int r) const
{
    if (r < 0 || r >= m_ids.size())
        return nullptr;
    const int page = r / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pages.size() >= kKeptPages)
            m_pages.clear();
        const auto rows = m_directory.rows(m_ids.mid(page * kPageSize, kPageSize), m_query.text);
        it = m_pages.insert(page, rows ? rows.value() : QList<PatientListRow>{});
    }
    const int offset = r - page * kPageSize;
    // rows() leaves out ids deleted since the search; look the patient up by id.
    const qint64 id = m_ids[r];
    if (offset < it->size() && (*it)[offset].patient.id == id)
        return &(*it)[offset];
    for (const PatientListRow& candidate : std::as_const(*it))
        if (candidate.patient.id == id)
            return &candidate;
    return nullptr;
}

QString PatientListModel::text(const PatientListRow& r, int column) const
{
    const Knowledge& k = m_service.knowledge();
    switch (column) {
    case Name:
        return QStringList{r.patient.name, r.patient.nameLatin}.join(QStringLiteral("  ")).trimmed();
    case Mrn:
        return r.patient.mrn;
    case Age:
        return r.age >= 0 ? QString::number(r.age) : QString();
    case Advanced:
        return r.advanced ? tr("Advanced") : QString();
    case CurrentLine:
        if (!r.currentLine)
            return {};
        return QStringLiteral("%1: %2").arg(display::lineLabel(*r.currentLine, r.currentLineNumber),
                                            display::drugs(r.currentLine->drugs, k));
    case Esr1:
        return r.esr1 ? display::esr1Status(*r.esr1, r.esr1Currency) : QString();
    case SerdStatus:
        return ListAssessmentText::serd(r.assessment, k);
    case DueActions:
        return ListAssessmentText::actions(r.assessment);
    case LastChange:
        return display::date(r.patient.updatedAt.toLocalTime().date());
    case BirthDate:
        return display::date(r.patient.birthDate);
    case Sex:
        return r.patient.sex == onco::Sex::Unrecorded ? QString() : displayName(r.patient.sex);
    case OutpatientNumber:
        return r.patient.outpatientNumber;
    case Matched:
        return ListMatchText::strongest(r);
    default:
        return {};
    }
}

QVariant PatientListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    if (role == PatientIdRole)
        return m_ids[index.row()];
    const PatientListRow* r = row(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return QStringLiteral("%1\n%2").arg(text(*r, Name), r->patient.namePinyin);
        if (index.column() == LastChange)
            return display::dateTime(r->patient.updatedAt);
        if (index.column() == SerdStatus && m_directory.hasAssessments())
            return ListAssessmentText::serdDetails(r->assessment, m_service.knowledge());
        if (index.column() == DueActions && m_directory.hasAssessments())
            return ListAssessmentText::actionDetails(r->assessment, m_service.knowledge());
        if (index.column() == Matched)
            return ListMatchText::all(*r);
        return text(*r, index.column());
    case ArchivedRole:
        return r->patient.archived;
    case Qt::FontRole:
        if (r->patient.archived) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (r->patient.archived)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() == Esr1 && r->esr1 && r->esr1->result == GeneticOutcome::Mutated)
            return QBrush(QColor(0x9c, 0x27, 0x1a));
        if (index.column() == SerdStatus && patientlist::serdRank(r->assessment) == 0)
            return QBrush(QColor(0x1b, 0x6e, 0x3a));  // an oral SERD to consider now
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Age)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        if (!canSort(section))
            return tr("This column cannot be sorted");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Mrn:
        return tr("MRN");
    case Age:
        return tr("Age");
    case Advanced:
        return tr("Disease");
    case CurrentLine:
        return tr("Current line");
    case Esr1:
        return tr("ESR1");
    case SerdStatus:
        return tr("Oral SERD");
    case DueActions:
        return tr("Due actions");
    case LastChange:
        return tr("Last change");
    case BirthDate:
        return tr("Birth date");
    case Sex:
        return tr("Sex");
    case OutpatientNumber:
        return tr("Outpatient no.");
    case Matched:
        return tr("Matched");
    default:
        return {};
    }
}

void PatientListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
}

}  // namespace onco
