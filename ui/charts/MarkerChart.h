#pragma once

#include "ui/charts/MarkerChartData.h"

#include <QChart>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

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
};

/**
 * The marker chart itself (Qt Charts), built once from MarkerChartData and options: one line series per analyte on
 * one value axis per unit (left, then right), the ULN of each analyte as a dashed step line, the nadir on as_of and
 * every confirmed rise as marks, a date axis labelled at year (or month) starts, lines of therapy as shaded bands
 * labelled above the plot area (adjuvant/neoadjuvant hatched), and progression events as red vertical lines.
 * Bands, labels and progression lines are graphics items laid out on every plot-area change.
 */
class MarkerChart : public QChart
{
    Q_OBJECT
public:
    /** Item data keys on overlay items: kind ("band", "band-label", "progression", "uln-label", "nadir-label"),
     *  and the record index (bands) or event id (progression). */
    enum ItemData { KindKey = 0, RecordKey = 1 };

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
    /** The x coordinate of a date in chart coordinates (after layout). */
    double chartXOf(const QDate& date) const;
    /** The y value plotted for result `index` (zero is drawn at the axis floor in log scale). */
    double plottedValue(const QString& analyte, int index) const;
    /** Re-positions the bands, labels and marks (done on every plot-area change; call before rendering). */
    void layoutOverlay();

signals:
    /** The pointer is over (state) or left a result of an analyte. */
    void resultHovered(const QString& analyte, int index, bool state);

private:
    void buildDateAxis();
    void buildAnalyte(const ChartAnalyte& a, QAbstractAxis* axis);
    void buildRises(const ChartAnalyte& a, QAbstractAxis* axis);
    QAbstractAxis* buildValueAxis(const QString& unit, const QList<const ChartAnalyte*>& analytes, int position);
    void buildOverlay();
    void layoutBandLabels(const QRectF& plot);
    void layoutValueLabels(const QRectF& plot);
    int nearestIndex(const ChartAnalyte& a, const QPointF& point) const;
    void connectHover(QXYSeries* series, const QString& analyte);

    MarkerChartData m_data;
    MarkerChartOptions m_options;
    const Language& m_language;
    QCategoryAxis* m_dateAxis = nullptr;
    QStringList m_units;
    QHash<QString, QAbstractAxis*> m_valueAxes;
    QHash<QString, double> m_logFloor;  // per unit: where zeros are drawn in log scale
    QHash<QString, QLineSeries*> m_valueSeries;
    QHash<QString, QLineSeries*> m_ulnSeries;
    QHash<QString, QScatterSeries*> m_nadirSeries;
    QHash<QString, QScatterSeries*> m_riseSeries;
    QList<QGraphicsItem*> m_overlay;
    QGraphicsSimpleTextItem* m_emptyText = nullptr;
    double m_xMin = 0;
    double m_xMax = 1;
};

}  // namespace onco
