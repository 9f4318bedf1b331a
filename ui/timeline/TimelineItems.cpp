#include "ui/timeline/TimelineItems.h"

#include "ui/course/CoursePalette.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>

#include <cmath>

namespace onco {

TimelineBarItem::TimelineBarItem(const TimelineBar& bar, const QSizeF& size, const QFont& font, double roomRight,
                                 QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , m_bar(bar)
    , m_size(size)
    , m_font(font)
{
    setCursor(QCursor(Qt::PointingHandCursor));
    setToolTip(bar.details);
    // In the bar: the full label, else as much of it as names a drug, else the short one. A bar too short for its
    // short label gets the label after it, where its row is free.
    const QFontMetricsF fm(font);
    const auto width = [&](const QString& t) { return fm.horizontalAdvance(t); };
    const double room = size.width() - 8;
    const double outside = roomRight - (bar.ongoing ? 14 : 6);
    if (width(bar.label) <= room) {
        m_text = bar.label;
    } else if (room >= width(bar.shortLabel + QStringLiteral(" · ")) + 4 * fm.averageCharWidth()) {
        m_text = fm.elidedText(bar.label, Qt::ElideRight, room);
    } else if (width(bar.shortLabel) <= room) {
        m_text = bar.shortLabel;
    } else if (width(bar.shortLabel) <= outside) {
        m_text = width(bar.label) <= outside ? bar.label : bar.shortLabel;
        m_outside = true;
    }
    m_textWidth = width(m_text);
}

QList<QColor> TimelineBarItem::stripeColors() const
{
    QList<QColor> colors;
    for (ClassGroup g : m_bar.groups)
        colors << palette::groupTint(g);
    return colors;
}

QRectF TimelineBarItem::boundingRect() const
{
    const double after = m_outside ? (m_bar.ongoing ? 10 : 4) + m_textWidth + 2 : 8;
    return QRectF(QPointF(-1, -1), m_size + QSizeF(after, 2));
}

void TimelineBarItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->save();
    const QRectF r(QPointF(0, 0), m_size);
    const QList<QColor> colors = stripeColors();
    const double h = r.height() / std::max<qsizetype>(1, colors.size());
    for (int i = 0; i < colors.size(); ++i)
        painter->fillRect(QRectF(r.left(), r.top() + i * h, r.width(), h), colors.at(i));
    const QColor edge = palette::groupColor(m_bar.groups.value(0, ClassGroup::Supportive)).darker(115);
    if (m_bar.early) {
        QColor hatch = edge;
        hatch.setAlpha(90);
        painter->fillRect(r, QBrush(hatch, Qt::BDiagPattern));
    }
    painter->setPen(QPen(edge, 1, m_bar.early ? Qt::DashLine : Qt::SolidLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
    if (m_bar.ongoing) {  // a chevron: the line goes on after as_of
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(edge, 1.6));
        const double x = r.right() + 2, y = r.center().y();
        painter->drawPolyline(QPolygonF({QPointF(x, y - 4), QPointF(x + 4, y), QPointF(x, y + 4)}));
    }
    if (!m_text.isEmpty()) {
        painter->setFont(m_font);
        painter->setPen(QColor(0x1A, 0x1A, 0x1A));
        const QRectF textRect = m_outside
                                    ? QRectF(r.right() + (m_bar.ongoing ? 10 : 4), r.top(), m_textWidth + 2, r.height())
                                    : r.adjusted(4, 0, -4, 0);
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, m_text);
    }
    painter->restore();
}

TimelineSparkItem::TimelineSparkItem(const TimelineSpark& spark, QList<QPointF> points, QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , m_spark(spark)
    , m_points(std::move(points))
{
    setAcceptHoverEvents(true);
    setCursor(QCursor(Qt::PointingHandCursor));
    QPolygonF poly(m_points);
    m_bounds = poly.boundingRect().adjusted(-4, -4, 4, 4);
}

std::optional<int> TimelineSparkItem::nearest(const QPointF& pos, double tolerance) const
{
    std::optional<int> best;
    double bestDx = tolerance;
    for (int i = 0; i < m_points.size(); ++i) {
        const double dx = std::abs(m_points.at(i).x() - pos.x());
        if (dx <= bestDx) {
            best = i;
            bestDx = dx;
        }
    }
    return best;
}

QRectF TimelineSparkItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath TimelineSparkItem::shape() const
{
    QPainterPath path;
    if (m_points.isEmpty())
        return path;
    path.moveTo(m_points.first());
    for (const QPointF& p : m_points)
        path.lineTo(p);
    for (const QPointF& p : m_points)
        path.addEllipse(p, 4, 4);
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path) + path;
}

void TimelineSparkItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_spark.color, 1.6));
    painter->drawPolyline(QPolygonF(m_points));
    if (m_points.size() <= 200) {
        painter->setBrush(m_spark.color);
        painter->setPen(QPen(Qt::white, 0.8));
        for (const QPointF& p : m_points)
            painter->drawEllipse(p, 2.6, 2.6);
    }
    painter->restore();
}

void TimelineSparkItem::hoverMoveEvent(QGraphicsSceneHoverEvent* event)
{
    const std::optional<int> i = nearest(event->pos(), 1e9);
    setToolTip(i ? m_spark.details.value(*i) : QString());
    QGraphicsItem::hoverMoveEvent(event);
}

}  // namespace onco
