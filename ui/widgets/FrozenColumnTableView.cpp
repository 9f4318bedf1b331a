#include "ui/widgets/FrozenColumnTableView.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QScrollBar>

namespace onco {

FrozenColumnTableView::FrozenColumnTableView(QWidget* parent)
    : QTableView(parent)
    , m_frozen(new QTableView(this))
{
    m_frozen->setObjectName(QStringLiteral("frozenColumn"));
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setAutoScroll(false);  // it scrolls only with the table (a click must not scroll it alone)
    m_frozen->verticalHeader()->hide();
    m_frozen->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->horizontalHeader()->setSectionsMovable(false);
    m_frozen->hide();
    // Columns slide under the frozen one pixel by pixel, not a whole column at a time.
    setHorizontalScrollMode(ScrollPerPixel);
}

void FrozenColumnTableView::freezeFirstColumn()
{
    if (!model() || m_frozen->model())
        return;
    m_frozen->setModel(model());
    QItemSelectionModel* unused = m_frozen->selectionModel();
    m_frozen->setSelectionModel(selectionModel());
    delete unused;
    m_frozen->setSelectionBehavior(selectionBehavior());
    m_frozen->setSelectionMode(selectionMode());
    m_frozen->setEditTriggers(editTriggers());
    m_frozen->setAlternatingRowColors(alternatingRowColors());
    m_frozen->setWordWrap(wordWrap());
    m_frozen->setTextElideMode(textElideMode());
    m_frozen->setVerticalScrollMode(verticalScrollMode());
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    QHeaderView* frozenHeader = m_frozen->horizontalHeader();
    QHeaderView* header = horizontalHeader();
    frozenHeader->setSectionsClickable(header->sectionsClickable());
    frozenHeader->setSortIndicatorShown(header->isSortIndicatorShown());
    frozenHeader->setSortIndicator(header->sortIndicatorSection(), header->sortIndicatorOrder());
    for (int c = 1; c < model()->columnCount(); ++c)
        m_frozen->setColumnHidden(c, true);
    m_frozen->setColumnWidth(0, columnWidth(0));

    // The table's scrolling drives the column's; the wheel over the column scrolls the table.
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::rangeChanged, this,
            [this] { m_frozen->verticalScrollBar()->setValue(verticalScrollBar()->value()); });
    m_frozen->viewport()->installEventFilter(this);
    // One width for the column in both views.
    connect(header, &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (logical != 0)
            return;
        m_frozen->setColumnWidth(0, size);
        updateFrozenGeometry();
    });
    connect(frozenHeader, &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (logical == 0)
            setColumnWidth(0, size);
    });
    // The column stays first.
    connect(header, &QHeaderView::sectionMoved, this, [this] {
        if (const int visual = horizontalHeader()->visualIndex(0); visual != 0)
            horizontalHeader()->moveSection(visual, 0);
    });
    // A click on the column's header sorts the table; the table's sort order shows on both headers.
    connect(frozenHeader, &QHeaderView::sortIndicatorChanged, header, &QHeaderView::setSortIndicator);
    connect(header, &QHeaderView::sortIndicatorChanged, frozenHeader, &QHeaderView::setSortIndicator);
    // (A click on the column gives the keyboard to the table: the column takes no focus, its parent does.)

    viewport()->stackUnder(m_frozen);
    m_frozen->show();
    updateFrozenGeometry();
}

void FrozenColumnTableView::scrollTo(const QModelIndex& index, ScrollHint hint)
{
    QScrollBar* bar = horizontalScrollBar();
    const int x = bar->value();
    QTableView::scrollTo(index, hint);
    if (!m_frozen->model() || !index.isValid())
        return;
    if (index.column() == 0)
        bar->setValue(x);  // always in view: scroll only vertically
    else if (const QRect cell = visualRect(index); cell.isValid() && cell.left() < columnWidth(0))
        bar->setValue(bar->value() - (columnWidth(0) - cell.left()));  // not under the frozen column
}

void FrozenColumnTableView::updateGeometries()
{
    QTableView::updateGeometries();
    updateFrozenGeometry();
}

bool FrozenColumnTableView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_frozen->viewport() && event->type() == QEvent::Wheel) {
        QCoreApplication::sendEvent(viewport(), event);
        return true;
    }
    return QTableView::eventFilter(watched, event);
}

void FrozenColumnTableView::updateFrozenGeometry()
{
    if (!m_frozen || !m_frozen->model())
        return;
    const QHeaderView* header = horizontalHeader();
    m_frozen->horizontalHeader()->setFixedHeight(header->height());
    const QRect port = viewport()->geometry();
    m_frozen->setGeometry(port.left(), header->geometry().top(), columnWidth(0), header->height() + port.height());
}

}  // namespace onco
