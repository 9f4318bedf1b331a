#pragma once

#include "ui/timeline/TimelineData.h"

#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QPointF>

#include <optional>

namespace onco {

/** A line of therapy as a bar: one horizontal stripe per class group (light tints under dark text), hatched when
 *  adjuvant or neoadjuvant, with a chevron at the right end while ongoing. */
class TimelineBarItem : public QGraphicsItem
{
public:
    /** `roomRight`: free space after the bar in its row, where the label may go when the bar is too short. */
    TimelineBarItem(const TimelineBar& bar, const QSizeF& size, const QFont& font, double roomRight,
                    QGraphicsItem* parent = nullptr);
    const TimelineBar& bar() const { return m_bar; }
    /** The fill of each stripe, top to bottom. */
    QList<QColor> stripeColors() const;
    /** The text drawn: the full label, as much of it as fits, or the short one; in the bar, or after it when the
     *  bar is too short (textOutside()); empty when nothing fits. */
    QString shownText() const { return m_text; }
    bool textOutside() const { return m_outside; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    TimelineBar m_bar;
    QSizeF m_size;
    QFont m_font;
    QString m_text;
    bool m_outside = false;
    double m_textWidth = 0;
};

/** The marker lane's line of one analyte; a click finds the nearest result. */
class TimelineSparkItem : public QGraphicsItem
{
public:
    TimelineSparkItem(const TimelineSpark& spark, QList<QPointF> points, QGraphicsItem* parent = nullptr);
    const TimelineSpark& spark() const { return m_spark; }
    const QList<QPointF>& points() const { return m_points; }
    /** The result nearest to `pos` (item coordinates) within `tolerance` pixels horizontally, if any. */
    std::optional<int> nearest(const QPointF& pos, double tolerance) const;
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    TimelineSpark m_spark;
    QList<QPointF> m_points;
    QRectF m_bounds;
};

}  // namespace onco
