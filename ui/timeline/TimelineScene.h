#pragma once

#include "ui/timeline/TimelineData.h"

#include <QFont>
#include <QGraphicsScene>
#include <QList>

#include <optional>

namespace onco {

/**
 * The swim lanes of the disease timeline on one shared time axis: lines of therapy (bars packed into rows), events
 * (symbols with labels), genetic tests (marks; ESR1 mutated highlighted) and a marker sparkline (multiples of ULN).
 * Built for a scale (pixels per day) and a height; the lane labels sit in a column at the left that the view pins
 * while scrolling.
 */
class TimelineScene : public QGraphicsScene
{
    Q_OBJECT
public:
    /** Item data: kind ("bar", "event", "genetic", "spark", "lane-label", "year", "as-of"), and the record. */
    enum ItemData { KindKey = 0, EntityKey = 1, IdKey = 2, IndexKey = 3 };
    enum class Lane { Axis, Therapy, Events, Genetics, Markers };

    explicit TimelineScene(QObject* parent = nullptr);

    /** Lays out `data` at `pxPerDay`, `height` pixels tall (the marker lane takes what the others leave). */
    void build(const TimelineData& data, const Language& language, double pxPerDay, double height);

    const TimelineData& data() const { return m_data; }
    double pxPerDay() const { return m_pxPerDay; }
    double labelWidth() const { return m_labelWidth; }
    /** The first and last day of the axis (the data's span with a margin). */
    QDate axisStart() const { return m_start; }
    QDate axisEnd() const { return m_end; }
    double xOf(const QDate& date) const;
    QDate dateAt(double x) const;
    QRectF laneRect(Lane lane) const;
    /** The smallest height that shows every lane (the marker lane at its minimum). */
    double naturalHeight() const { return m_naturalHeight; }

    /** The pixels per day that fit the whole course into `width` (label column included). */
    static double fitScale(const TimelineData& data, double width, const QFont& font, const Language& language);

    QList<QGraphicsItem*> itemsOfKind(const QString& kind) const;
    /** The item drawn for a record, or nullptr. */
    QGraphicsItem* itemFor(TimelineEntity entity, int index) const;
    /** The record an item (or its nearest result, for a sparkline at `scenePos`) stands for. */
    std::optional<TimelineRef> refAt(QGraphicsItem* item, const QPointF& scenePos) const;
    /** Keeps the lane label column at scene x `left` (the view's left edge). */
    void pinLabels(double left);

private:
    void computeSpan(double pxPerDay);
    void addBackground(const Language& language, double height);
    void addAxis(const Language& language, double bottom);
    struct BarRows
    {
        QList<int> rows;
        double height = 0;
    };
    struct MarkRows
    {
        struct Place
        {
            int row;
            bool label;
            bool labelLeft;
        };
        QList<Place> places;
        double rowHeight = 0;
        double height = 0;
    };
    BarRows packBars() const;
    void addBars(const BarRows& packed, double top);
    MarkRows packMarks(const QList<TimelineMark>& marks, int maxRows, double symbolSize) const;
    void addMarks(const QList<TimelineMark>& marks, const MarkRows& packed, double top, double symbolSize,
                  const char* kind);
    void addSparks(const QRectF& lane, const Language& language);
    void tag(QGraphicsItem* item, const char* kind, const TimelineRef& ref);

    TimelineData m_data;
    QFont m_font;
    QFont m_small;
    double m_pxPerDay = 1;
    double m_labelWidth = 100;
    QDate m_start;
    QDate m_end;
    double m_naturalHeight = 0;
    QRectF m_lanes[5];
    QList<QPair<QGraphicsItem*, double>> m_pinned;  // items of the label column and their x at scroll 0
    QList<QGraphicsItem*> m_tagged;
};

}  // namespace onco
