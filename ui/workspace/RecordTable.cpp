#include "ui/workspace/RecordTable.h"

#include <QColor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace onco {

namespace {

constexpr int kIdRole = Qt::UserRole + 10;

/** An item that sorts by its key when it has one. */
class SortItem : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem& other) const override
    {
        const QVariant a = data(Qt::UserRole);
        const QVariant b = other.data(Qt::UserRole);
        if (a.isValid() && b.isValid())
            return QVariant::compare(a, b) == QPartialOrdering::Less;
        return QTableWidgetItem::operator<(other);
    }
};

}  // namespace

RecordTable::RecordTable(const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    setObjectName(objectName);
    m_table->setObjectName(objectName + QStringLiteral("Table"));
    m_add->setObjectName(objectName + QStringLiteral("Add"));
    m_edit->setObjectName(objectName + QStringLiteral("Edit"));
    m_remove->setObjectName(objectName + QStringLiteral("Remove"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setSortingEnabled(true);
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_add);
    top->addWidget(m_edit);
    top->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &RecordTable::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId())
            emit editRequested(id);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId())
            emit removeRequested(id);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (const qint64 id = currentId(); id && m_editable)
            emit editRequested(id);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RecordTable::updateButtons);
    updateButtons();
}

void RecordTable::setTitle(const QString& title)
{
    m_title->setText(title);
}

void RecordTable::setHeaders(const QStringList& headers)
{
    const bool first = m_table->columnCount() == 0;
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    if (first)
        m_table->horizontalHeader()->setSortIndicator(m_defaultSort, m_defaultOrder);
}

void RecordTable::setButtonTexts(const QString& add, const QString& edit, const QString& remove)
{
    m_add->setText(add);
    m_edit->setText(edit);
    m_remove->setText(remove);
}

void RecordTable::setDefaultSort(int column, Qt::SortOrder order)
{
    m_defaultSort = column;
    m_defaultOrder = order;
    if (m_table->columnCount() > 0)
        m_table->horizontalHeader()->setSortIndicator(column, order);
}

void RecordTable::setStretchColumn(int column)
{
    m_stretch = column;
}

void RecordTable::setRows(const QList<qint64>& ids, const QList<QList<Cell>>& rows)
{
    const qint64 current = currentId();
    const int sortColumn = m_table->horizontalHeader()->sortIndicatorSection();
    const Qt::SortOrder order = m_table->horizontalHeader()->sortIndicatorOrder();
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size() && c < m_table->columnCount(); ++c) {
            auto* item = new SortItem(rows[r][c].text);
            if (rows[r][c].sortKey.isValid())
                item->setData(Qt::UserRole, rows[r][c].sortKey);
            item->setData(kIdRole, ids.value(r));
            item->setToolTip(rows[r][c].toolTip.isEmpty() ? rows[r][c].text : rows[r][c].toolTip);
            if (m_rightAligned.contains(c))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (m_highlighted && ids.value(r) == m_highlighted) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setBackground(QColor(0xE8, 0xF1, 0xFB));
            }
            m_table->setItem(r, c, item);
        }
    }
    for (int c : m_rightAligned)
        if (QTableWidgetItem* header = m_table->horizontalHeaderItem(c))
            header->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setSortingEnabled(true);
    m_table->sortItems(sortColumn, order);
    fitColumns();
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0) && m_table->item(r, 0)->data(kIdRole).toLongLong() == current)
            m_table->selectRow(r);
    updateButtons();
}

void RecordTable::fitColumns()
{
    // Every column fits its contents; when the row is wider than the table, the stretch column (drugs, notes)
    // gives up width and wraps its text instead of the others being cut.
    m_table->setWordWrap(false);
    m_table->resizeColumnsToContents();
    auto* header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    if (m_stretch >= 0 && m_stretch < m_table->columnCount()) {
        int others = 0;
        for (int c = 0; c < m_table->columnCount(); ++c)
            if (c != m_stretch)
                others += m_table->columnWidth(c);
        const int available = m_table->viewport()->width() - others;
        const int minimum = 12 * fontMetrics().horizontalAdvance(QLatin1Char('M'));
        if (m_table->columnWidth(m_stretch) > available) {
            m_table->setColumnWidth(m_stretch, std::max(available, minimum));
            m_table->setWordWrap(true);
        }
    }
    m_table->resizeRowsToContents();
}

void RecordTable::setEditable(bool editable)
{
    m_editable = editable;
    m_add->setVisible(editable);
    m_edit->setVisible(editable);
    m_remove->setVisible(editable);
    updateButtons();
}

qint64 RecordTable::currentId() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : selected.front()->data(kIdRole).toLongLong();
}

bool RecordTable::selectRecord(qint64 id)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QTableWidgetItem* item = m_table->item(r, 0);
        if (item && item->data(kIdRole).toLongLong() == id) {
            m_table->selectRow(r);
            m_table->scrollToItem(item);
            m_table->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

void RecordTable::updateButtons()
{
    const bool hasRow = currentId() != 0;
    m_edit->setEnabled(m_editable && hasRow);
    m_remove->setEnabled(m_editable && hasRow);
}

bool RecordTable::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (watched == m_table && event->type() == QEvent::KeyPress && m_editable) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && currentId()) {
            emit editRequested(currentId());
            return true;
        }
        if (key->key() == Qt::Key_Delete && currentId()) {
            emit removeRequested(currentId());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace onco
