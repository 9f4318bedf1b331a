#include "ui/worklists/WorklistModel.h"

#include "core/rules/Codes.h"
#include "core/worklists/WorklistExport.h"
#include "ui/assessment/CardText.h"
#include "ui/assessment/ResistanceCard.h"
#include "ui/widgets/Display.h"

#include <QCoreApplication>

#include <algorithm>

namespace onco {

namespace {

using worklists::Kind;

/** Texts of the worklists (translation context shared with core/worklists). */
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Worklists)
};

QString esr1Text(rules::Esr1State state)
{
    switch (state) {
    case rules::Esr1State::None:
        return Text::tr("no result");
    case rules::Esr1State::Mutated:
        return Text::tr("mutated");
    case rules::Esr1State::Review:
        return Text::tr("mutated, variant to review");
    case rules::Esr1State::NotDetected:
        return Text::tr("not detected");
    case rules::Esr1State::Discordant:
        return Text::tr("not detected now, mutated before");
    case rules::Esr1State::NotCurrent:
        return Text::tr("collected before the latest progression");
    case rules::Esr1State::Indeterminate:
        break;
    }
    return Text::tr("indeterminate");
}

QStringList headers(Kind kind)
{
    switch (kind) {
    case Kind::SerdOption:
        return {Text::tr("Patient"),   Text::tr("MRN"),
                Text::tr("Oral SERD"), Text::tr("Option since"),
                Text::tr("New"),       Text::tr("Resistance", "endocrine resistance, a column header")};
    case Kind::Esr1Test:
        return {Text::tr("Patient"), Text::tr("MRN"), Text::tr("Due"), Text::tr("Latest ESR1 result"),
                Text::tr("Resistance", "endocrine resistance, a column header")};
    case Kind::MarkerRise:
        return {Text::tr("Patient"),      Text::tr("MRN"),
                Text::tr("Marker rise"),  Text::tr("Current line"),
                Text::tr("Line started"), Text::tr("Resistance", "endocrine resistance, a column header")};
    case Kind::KnowledgeChanged:
        return {Text::tr("Patient"), Text::tr("MRN"), Text::tr("What changed"),
                Text::tr("Resistance", "endocrine resistance, a column header")};
    case Kind::NotPrinted:
        break;
    }
    return {Text::tr("Patient"), Text::tr("MRN"), Text::tr("Last change"), Text::tr("Last printed")};
}

/** The largest rise above nadir of a patient, in % (0 when none is known): the marker-rise column's sort key. */
double largestRise(const worklists::Entry& e)
{
    double largest = 0;
    for (const assessments::StoredMarkerRise& r : e.summary.markerRises)
        largest = std::max(largest, r.percent().value_or(0));
    return largest;
}

QDate latestSince(const worklists::Entry& e)
{
    QDate latest;
    for (const worklists::OptionEntry& o : e.options)
        if (!latest.isValid() || o.since > latest)
            latest = o.since;
    return latest;
}

}  // namespace

WorklistModel::WorklistModel(const Knowledge& knowledge, QObject* parent)
    : QAbstractTableModel(parent)
    , m_knowledge(knowledge)
{}

void WorklistModel::setScreening(std::shared_ptr<const worklists::Screening> screening)
{
    m_screening = std::move(screening);
    rebuild();
}

void WorklistModel::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    beginResetModel();
    m_kind = kind;
    m_sortColumn = -1;
    endResetModel();
    rebuild();
}

void WorklistModel::setFilter(const QString& text, bool newOnly)
{
    m_filter = text.trimmed().toLower();
    m_newOnly = newOnly;
    rebuild();
}

void WorklistModel::rebuild()
{
    beginResetModel();
    m_onList.clear();
    m_keys.clear();
    m_rows.clear();
    if (m_screening) {
        m_onList = m_screening->indices(m_kind);
        m_keys.reserve(m_onList.size());
        for (int i : std::as_const(m_onList)) {
            const worklists::Entry& e = m_screening->entries[i];
            m_keys << QStringList{e.mrn, e.name, e.nameLatin}.join(QLatin1Char(' ')).toLower();
        }
        for (int k = 0; k < m_onList.size(); ++k) {
            const worklists::Entry& e = m_screening->entries[m_onList[k]];
            if (m_newOnly && !e.hasNewOption())
                continue;
            if (!m_filter.isEmpty() && !m_keys[k].contains(m_filter))
                continue;
            m_rows << m_onList[k];
        }
    }
    endResetModel();
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_order);
}

int WorklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(headers(m_kind).size());
}

const worklists::Entry* WorklistModel::entry(int row) const
{
    return m_screening && row >= 0 && row < m_rows.size() ? &m_screening->entries[m_rows[row]] : nullptr;
}

qint64 WorklistModel::patientId(int row) const
{
    const worklists::Entry* e = entry(row);
    return e ? e->patientId : 0;
}

QList<qint64> WorklistModel::patientIds() const
{
    QList<qint64> ids;
    for (int r = 0; r < m_rows.size(); ++r)
        ids << patientId(r);
    return ids;
}

worklists::Screening WorklistModel::shown() const
{
    worklists::Screening s;
    if (!m_screening)
        return s;
    s = *m_screening;
    s.entries.clear();
    for (int i : m_rows)
        s.entries << m_screening->entries[i];
    return s;
}

QString WorklistModel::text(const worklists::Entry& e, int column) const
{
    const assessments::StoredAssessment& s = e.summary;
    if (column == 0)
        return QStringList{e.name, e.nameLatin}.join(QStringLiteral("  ")).trimmed();
    if (column == 1)
        return e.mrn;
    const QString resistance = s.resistanceRule.isEmpty()
                                   ? resistanceBadgeText(s.resistance)
                                   : QStringLiteral("%1 (%2)").arg(resistanceBadgeText(s.resistance), s.resistanceRule);
    switch (m_kind) {
    case Kind::SerdOption: {
        QStringList drugs;
        for (const worklists::OptionEntry& o : e.options) {
            QStringList notes;
            for (const QString& flag : o.flags)
                if (flag == QLatin1String("NOT_APPROVED_IN_JURISDICTION") ||
                    flag == QLatin1String("APPROVAL_UNVERIFIED"))
                    notes << cards::codeText(flag, m_knowledge);
            drugs << (notes.isEmpty() ? cards::drugTitle(o.drug, m_knowledge)
                                      : QStringLiteral("%1 (%2)").arg(cards::drugTitle(o.drug, m_knowledge),
                                                                      notes.join(QStringLiteral("; "))));
        }
        const QStringList values{drugs.join(QStringLiteral(", ")), display::date(latestSince(e)),
                                 e.hasNewOption() ? Text::tr("new") : QString(), resistance};
        return values.value(column - 2);
    }
    case Kind::Esr1Test: {
        QStringList due;
        for (const QString& a : e.esr1Actions)
            due << cards::codeText(a, m_knowledge);
        const QString esr1 = s.esr1Date.isValid()
                                 ? QStringLiteral("%1, %2").arg(esr1Text(s.esr1), display::date(s.esr1Date))
                                 : esr1Text(s.esr1);
        return QStringList{due.join(QStringLiteral("; ")), esr1, resistance}.value(column - 2);
    }
    case Kind::MarkerRise: {
        // Each marker and its rise; a summary stored before they were kept says only that there is one.
        QStringList rises;
        for (const Phrase& p : worklists::describeMarkerRises(e))
            rises << cards::render(p, m_knowledge);
        const QString rise = rises.isEmpty() ? cards::render(worklists::describeKind(Kind::MarkerRise), m_knowledge)
                                             : rises.join(QStringLiteral("; "));
        const QString line = s.currentLine ? QStringLiteral("%1: %2").arg(display::lineNumber(*s.currentLine),
                                                                          display::drugs(s.currentDrugs, m_knowledge))
                                           : Text::tr("no active line");
        return QStringList{rise, line, display::date(s.currentLineStart), resistance}.value(column - 2);
    }
    case Kind::KnowledgeChanged: {
        QStringList changes;
        for (const KnowledgeChange& c : e.knowledgeChanges)
            changes << cards::render(worklists::describeEntry(e, Kind::KnowledgeChanged, c.drug), m_knowledge);
        return QStringList{changes.join(QStringLiteral("; ")), resistance}.value(column - 2);
    }
    case Kind::NotPrinted:
        break;
    }
    return QStringList{display::dateTime(e.lastChange),
                       e.lastPrinted.isValid() ? display::dateTime(e.lastPrinted) : Text::tr("never")}
        .value(column - 2);
}

QVariant WorklistModel::sortKey(const worklists::Entry& e, int column) const
{
    const assessments::StoredAssessment& s = e.summary;
    if (column == 0)
        return e.nameLatin.isEmpty() ? e.name : e.nameLatin;
    if (column == 1)
        return e.mrn;
    switch (m_kind) {
    case Kind::SerdOption:
        if (column == 3)
            return latestSince(e).toJulianDay();
        if (column == 4)
            return e.hasNewOption() ? 1 : 0;
        break;
    case Kind::Esr1Test:
        if (column == 3)
            return s.esr1Date.isValid() ? s.esr1Date.toJulianDay() : 0;
        break;
    case Kind::MarkerRise:
        if (column == 2)
            return largestRise(e);
        if (column == 3)
            return s.currentLine.value_or(0);
        if (column == 4)
            return s.currentLineStart.isValid() ? s.currentLineStart.toJulianDay() : 0;
        break;
    case Kind::KnowledgeChanged:
        break;
    case Kind::NotPrinted:
        if (column == 2)
            return e.lastChange.toMSecsSinceEpoch();
        if (column == 3)
            return e.lastPrinted.isValid() ? e.lastPrinted.toMSecsSinceEpoch() : 0;
        break;
    }
    return text(e, column);
}

QVariant WorklistModel::data(const QModelIndex& index, int role) const
{
    const worklists::Entry* e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e || index.column() >= columnCount())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(*e, index.column());
    case PatientIdRole:
        return e->patientId;
    case SortRole:
        return sortKey(*e, index.column());
    default:
        return {};
    }
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return headers(m_kind).value(section);
}

void WorklistModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    m_sortColumn = column;
    m_order = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> beforeIds;
    for (const QModelIndex& i : before)
        beforeIds << patientId(i.row());
    // Keys once per row, then a stable sort (equal keys keep the patient order).
    QList<QPair<QVariant, int>> keyed;
    keyed.reserve(m_rows.size());
    for (int i : std::as_const(m_rows))
        keyed.append({sortKey(m_screening->entries[i], column), i});
    std::stable_sort(keyed.begin(), keyed.end(), [order](const auto& a, const auto& b) {
        const QPartialOrdering c = QVariant::compare(a.first, b.first);
        return order == Qt::AscendingOrder ? c == QPartialOrdering::Less : c == QPartialOrdering::Greater;
    });
    for (int r = 0; r < keyed.size(); ++r)
        m_rows[r] = keyed[r].second;
    QModelIndexList after;
    for (int k = 0; k < before.size(); ++k) {
        int row = -1;
        for (int r = 0; r < m_rows.size() && row < 0; ++r)
            if (patientId(r) == beforeIds[k])
                row = r;
        after << (row < 0 ? QModelIndex() : index(row, before[k].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void WorklistModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

}  // namespace onco
