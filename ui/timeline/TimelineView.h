#pragma once

#include "ui/timeline/TimelineData.h"

#include <QGraphicsView>

namespace onco {

class TimelineScene;

/**
 * The interactive swim-lane view: the wheel zooms around the pointer, zoomIn()/zoomOut()/fitAll() for buttons,
 * horizontal scrolling when zoomed (the lane labels stay at the left), and a click on a bar, a symbol, a label or
 * a sparkline point emits itemClicked() with the record it stands for.
 */
class TimelineView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);

    void setData(const TimelineData& data, const Language& language);
    TimelineScene* timelineScene() const { return m_scene; }

    double pxPerDay() const { return m_pxPerDay; }
    bool isFitted() const { return m_fitted; }
    void zoomIn();
    void zoomOut();
    /** Zooms by `factor` keeping the date under viewport x `anchor` in place. */
    void zoomBy(double factor, double anchor);
    void fitAll();

signals:
    void itemClicked(onco::TimelineEntity entity, qint64 id, int index);
    void zoomChanged(double pxPerDay);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    double fitScale() const;
    void rebuild();

    TimelineScene* m_scene = nullptr;
    TimelineData m_data;
    const Language* m_language = nullptr;
    double m_pxPerDay = 1;
    bool m_fitted = true;
};

}  // namespace onco
