#include "ui/timeline/TimelineView.h"

#include "ui/timeline/TimelineScene.h"

#include <QGraphicsItem>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>

namespace onco {

namespace {
constexpr double kMaxPxPerDay = 24;
constexpr double kStep = 1.4;
}  // namespace

TimelineView::TimelineView(QWidget* parent)
    : QGraphicsView(parent)
    , m_scene(new TimelineScene(this))
    , m_language(&Language::english())
{
    setScene(m_scene);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::NoDrag);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
}

void TimelineView::setData(const TimelineData& data, const Language& language)
{
    m_data = data;
    m_language = &language;
    m_fitted = true;
    m_pxPerDay = fitScale();
    rebuild();
}

double TimelineView::fitScale() const
{
    return TimelineScene::fitScale(m_data, viewport()->width(), m_scene->font(), *m_language);
}

void TimelineView::rebuild()
{
    const double height = viewport()->height();
    m_scene->build(m_data, *m_language, m_pxPerDay, height);
    m_scene->pinLabels(mapToScene(0, 0).x());
    emit zoomChanged(m_pxPerDay);
}

void TimelineView::zoomBy(double factor, double anchor)
{
    const double fit = fitScale();
    const double next = std::clamp(m_pxPerDay * factor, fit, std::max(fit, kMaxPxPerDay));
    if (next == m_pxPerDay)
        return;
    const double sceneX = mapToScene(QPoint(int(anchor), 0)).x();
    const double days = (sceneX - m_scene->labelWidth()) / m_pxPerDay;  // days from the axis start under the anchor
    m_pxPerDay = next;
    m_fitted = next <= fit;
    rebuild();
    const double newX = m_scene->labelWidth() + days * m_pxPerDay;
    horizontalScrollBar()->setValue(int(newX - anchor));
    m_scene->pinLabels(mapToScene(0, 0).x());
}

void TimelineView::zoomIn()
{
    zoomBy(kStep, viewport()->width() / 2.0);
}

void TimelineView::zoomOut()
{
    zoomBy(1 / kStep, viewport()->width() / 2.0);
}

void TimelineView::fitAll()
{
    m_fitted = true;
    m_pxPerDay = fitScale();
    rebuild();
    horizontalScrollBar()->setValue(0);
}

void TimelineView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ShiftModifier) {  // shift + wheel scrolls through time
        QGraphicsView::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(delta > 0 ? kStep : 1 / kStep, event->position().x());
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        const QPointF scenePos = mapToScene(event->position().toPoint());
        for (QGraphicsItem* item : items(event->position().toPoint())) {
            if (item->zValue() >= 20)  // the pinned label column covers what scrolled under it
                break;
            if (const std::optional<TimelineRef> ref = m_scene->refAt(item, scenePos)) {
                emit itemClicked(ref->entity, ref->id, ref->index);
                event->accept();
                return;
            }
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        m_pxPerDay = fitScale();
    else
        m_pxPerDay = std::max(m_pxPerDay, fitScale());
    rebuild();
}

void TimelineView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    m_scene->pinLabels(mapToScene(0, 0).x());
}

}  // namespace onco
