#pragma once

#include "ui/charts/MarkerChartData.h"

#include <QBrush>
#include <QChart>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <optional>
#include <utility>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QCategoryAxis;
class QGraphicsItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QXYSeries;
QT_END_NAMESPACE

namespace onco {

/** What the user chose to see on the marker chart. */
struct MarkerChartOptions
{
    QStringList analytes;  ///< analytes shown (empty: none); codes from MarkerChartData
    bool logScale = false;
    /** The part of the time axis shown (x values, MarkerChart::xOf); none: the whole course. */
    std::optional<std::pair<double, double>> timeRange;
};

/**
 * The marker chart itself (Qt Charts), built once from MarkerChartData and options: one line series per analyte on
 * one value axis per unit (left, then right), the ULN of each analyte as a dashed step line, the nadir on as_of and
 * every confirmed rise as marks, a date axis labelled at year (or month) starts, lines of therapy as shaded bands
 * labelled above the plot area (adjuvant/neoadjuvant hatched), and progression events as red vertical lines.
 * Bands, labels and progression lines are graphics items laid out on every plot-area change.
 *
 * The time axis can be zoomed and moved (setTimeRange(), zoomTime(), panTime()); the value axes keep the range of
 * the whole course meanwhile, so the ULN and the scale do not jump while moving. In log scale the value axes are
 * labelled at 1, 2 and 5 of each decade where there is room (logTicks()), else at the powers of ten.
 */
class MarkerChart : public QChart
{
    Q_OBJECT
public:
    /** Item data keys on overlay items: kind ("band", "band-label", "progression", "uln-label", "nadir-label",
     *  "log-label"), and the record index (bands) or event id (progression). */
    enum ItemData { KindKey = 0, RecordKey = 1 };
    /** The narrowest part of the course the time axis zooms in to. */
    static constexpr int kMinZoomDays = 30;

    MarkerChart(const MarkerChartData& data, const MarkerChartOptions& options, const Language& language,
                QGraphicsItem* parent = nullptr);

    const MarkerChartData& data() const { return m_data; }
    const MarkerChartOptions& options() const { return m_options; }

    QCategoryAxis* dateAxis() const { return m_dateAxis; }
    /** The value axis of a unit ("U/mL"), or nullptr. A QValueAxis, or a QLogValueAxis in log scale. */
    QAbstractAxis* valueAxis(const QString& unit) const { return m_valueAxes.value(unit); }
    QStringList units() const { return m_units; }
    QLineSeries* valueSeries(const QString& analyte) const { return m_valueSeries.value(analyte); }
    QLineSeries* ulnSeries(const QString& analyte) const { return m_ulnSeries.value(analyte); }
    QScatterSeries* nadirSeries(const QString& analyte) const { return m_nadirSeries.value(analyte); }
    QScatterSeries* riseSeries(const QString& analyte) const { return m_riseSeries.value(analyte); }
    /** Overlay items of one kind (see ItemData), in creation order. */
    QList<QGraphicsItem*> overlayItems(const QString& kind) const;
    /** The text shown when there is nothing to plot; nullptr when series are shown. */
    QGraphicsSimpleTextItem* emptyText() const { return m_emptyText; }

    /** The x value of a date on the series (ms since the epoch at local noon). */
    static double xOf(const QDate& date);
    /** The date of an x value (local time). */
    static QDate dateAt(double x);
    /** The x coordinate of a date in chart coordinates (after layout), in the part of the time axis shown. */
    double chartXOf(const QDate& date) const;
    /** The x value (time) at chart x coordinate `chartX` (after layout). */
    double timeAt(double chartX) const;

    /** The whole course on the time axis (x values, with a margin either side). */
    double fullTimeMin() const { return m_xMin; }
    double fullTimeMax() const { return m_xMax; }
    /** The part of the time axis shown (x values). */
    double timeMin() const { return m_viewMin; }
    double timeMax() const { return m_viewMax; }
    /** Less than the whole course is shown. */
    bool isZoomed() const;
    /** Shows [from, to] of the time axis (x values), kept within the whole course and at least kMinZoomDays wide
     *  (moved, not cut, at the ends); re-labels the date axis and re-positions the overlay. */
    void setTimeRange(double from, double to);
    /** Shows the whole course again. */
    void resetTimeRange() { setTimeRange(m_xMin, m_xMax); }
    /** Zooms the time axis by `factor` (below 1: in), keeping the time at chart x coordinate `anchorX` in place. */
    void zoomTime(double factor, double anchorX);
    /** Moves the time axis by `pixels` of the plot area: positive shows earlier dates (the course follows a drag to
     *  the right). */
    void panTime(double pixels);

    /** The values a log axis from `min` to `max` is labelled at: 1, 2 and 5 of each decade when a decade is at
     *  least `pixelsPerDecade` high enough for their labels (`labelHeight`), else each power of ten, else every
     *  other one. */
    static QList<double> logTicks(double min, double max, double pixelsPerDecade, double labelHeight);
    /** The y value plotted for result `index` (zero is drawn at the axis floor in log scale). */
    double plottedValue(const QString& analyte, int index) const;
    /** Re-positions the bands, labels and marks (done on every plot-area change; call before rendering). */
    void layoutOverlay();

signals:
    /** The pointer is over (state) or left a result of an analyte. */
    void resultHovered(const QString& analyte, int index, bool state);
    /** The part of the time axis shown changed (x values). */
    void timeRangeChanged(double from, double to);

private:
    void buildDateAxis();
    void labelDateAxis();
    void buildAnalyte(const ChartAnalyte& a, QAbstractAxis* axis);
    void buildRises(const ChartAnalyte& a, QAbstractAxis* axis);
    QAbstractAxis* buildValueAxis(const QString& unit, const QList<const ChartAnalyte*>& analytes, int position);
    void buildOverlay();
    void layoutBandLabels(const QRectF& plot);
    void layoutValueLabels(const QRectF& plot);
    void layoutLogLabels(const QRectF& plot);
    bool bandShown(const ChartBand& band, const QRectF& plot) const;
    int nearestIndex(const ChartAnalyte& a, const QPointF& point) const;
    void connectHover(QXYSeries* series, const QString& analyte);

    MarkerChartData m_data;
    MarkerChartOptions m_options;
    const Language& m_language;
    QCategoryAxis* m_dateAxis = nullptr;
    QStringList m_units;
    QHash<QString, QAbstractAxis*> m_valueAxes;
    QHash<QString, double> m_logFloor;       // per unit: where zeros are drawn in log scale
    QHash<QString, QBrush> m_logLabelBrush;  // per unit labelled by the overlay: the theme's axis label brush
    QHash<QString, QLineSeries*> m_valueSeries;
    QHash<QString, QLineSeries*> m_ulnSeries;
    QHash<QString, QScatterSeries*> m_nadirSeries;
    QHash<QString, QScatterSeries*> m_riseSeries;
    QList<QGraphicsItem*> m_overlay;
    QGraphicsSimpleTextItem* m_emptyText = nullptr;
    double m_xMin = 0;  // the whole course (padded)
    double m_xMax = 1;
    double m_viewMin = 0;  // the part shown
    double m_viewMax = 1;
    QDate m_firstLabel;  // the first and last date of the course: date labels stay between them
    QDate m_lastLabel;
};

}  // namespace onco
