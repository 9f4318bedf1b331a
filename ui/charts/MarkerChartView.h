#pragma once

#include "core/analytics/MarkerSettings.h"
#include "core/domain/PatientRecord.h"
#include "ui/charts/MarkerChart.h"
#include "ui/charts/MarkerChartData.h"

#include <QDate>
#include <QImage>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPainter;
class QPushButton;
class QStackedWidget;
QT_END_NAMESPACE

namespace onco {

class Knowledge;
class Language;

/**
 * The tumour-marker chart of one patient (product.md capability 5): analytes chosen with check boxes, linear/log
 * scale, ULN, nadir, confirmed rises, lines of therapy as bands, progression events, hover text with the % change
 * from nadir and baseline, PNG export. Shows a clear message when the patient has no marker results.
 *
 * The time axis zooms with the mouse wheel over the plot and moves with a drag; "Reset zoom" or a double-click
 * shows the whole course again. The value axes keep the whole course's range. The zoom stays while the same
 * patient is shown (edits, analyte choice, scale) and the PNG export draws the part shown; another patient starts
 * with the whole course.
 *
 * Chart texts are drawn in a Language: the UI language by default (following language changes), or one set with
 * setLanguage() (e.g. the print language). renderImage()/paint() draw the current chart at any size without the
 * widget being shown (for printing).
 */
class MarkerChartView : public QWidget
{
    Q_OBJECT
public:
    explicit MarkerChartView(const Knowledge& knowledge, QWidget* parent = nullptr);
    ~MarkerChartView() override;

    /** Shows a patient on `asOf` (records after it are ignored). Keeps the analyte choice where it still applies. */
    void setPatient(const PatientRecord& record, const QDate& asOf);
    /** Shows nothing (the empty state). */
    void clear();

    /** The site's ULN defaults and rise threshold (default: loadMarkerSettings() from QSettings). */
    void setSettings(const analytics::MarkerSettings& settings);
    const analytics::MarkerSettings& settings() const { return m_settings; }
    /** Draws chart texts in `language`; nullptr follows the UI language. */
    void setLanguage(const Language* language);

    void setLogScale(bool on);
    bool logScale() const { return m_options.logScale; }
    /** The analytes the patient has results for (catalogue codes). */
    QStringList availableAnalytes() const;
    void setSelectedAnalytes(const QStringList& analytes);
    QStringList selectedAnalytes() const { return m_options.analytes; }

    const MarkerChartData& chartData() const { return m_data; }
    MarkerChart* chart() const { return m_chart; }
    QChartView* chartView() const { return m_chartView; }
    bool isShowingEmptyState() const;
    /** Less than the whole course is shown on the time axis. */
    bool isZoomed() const;
    /** Shows the whole course again (the Reset zoom button, a double-click on the chart). */
    void resetZoom();
    /** The text of the last hovered result (also shown as a tooltip). */
    QString hoverText() const { return m_hoverText; }
    /** Shows the hover text of result `index` of `analyte` (what hovering a point does). */
    void showHover(const QString& analyte, int index);

    /** The chart as it is now, drawn at `size` (logical pixels) on white. */
    QImage renderImage(const QSize& size, qreal devicePixelRatio = 1.0) const;
    /** Draws the chart as it is now into `target` (e.g. a printer page); see paintAtScreenScale() for devices
     *  that are not 96 dpi. */
    void paint(QPainter* painter, const QRectF& target) const;
    /** Writes renderImage(size) as PNG; false when the file cannot be written. */
    bool exportPng(const QString& path, const QSize& size) const;

    /** A chart for printing without a widget: the record on `asOf`, in `language`. */
    static QImage renderChart(const PatientRecord& record, const Knowledge& knowledge, const QDate& asOf,
                              const analytics::MarkerSettings& settings, const MarkerChartOptions& options,
                              const Language& language, const QSize& size, qreal devicePixelRatio = 1.0);
    static void paintChart(QPainter* painter, const QRectF& target, const MarkerChartData& data,
                           const MarkerChartOptions& options, const Language& language);

signals:
    void logScaleChanged(bool on);
    void selectedAnalytesChanged(const QStringList& analytes);

protected:
    void changeEvent(QEvent* event) override;
    /** Wheel zoom, drag and double-click on the chart's viewport. */
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Language& language() const;
    void rebuildData();
    void rebuildChoices();
    void rebuildChart();
    void updateNote();
    void retranslateUi();
    void onExportClicked();
    void updateZoomControls();
    /** A point of the chart view's viewport in chart coordinates. */
    QPointF chartPoint(const QPointF& viewportPos) const;

    const Knowledge& m_knowledge;
    PatientRecord m_record;
    QDate m_asOf;
    bool m_hasPatient = false;
    analytics::MarkerSettings m_settings;
    const Language* m_language = nullptr;
    MarkerChartData m_data;
    MarkerChartOptions m_options;
    QString m_hoverText;
    bool m_dragging = false;
    double m_dragX = 0;  ///< chart x coordinate of the pointer at the last drag step

    QLabel* m_markersLabel = nullptr;
    QHBoxLayout* m_choices = nullptr;
    QList<QCheckBox*> m_boxes;
    QCheckBox* m_logBox = nullptr;
    QPushButton* m_resetZoomButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QStackedWidget* m_stack = nullptr;
    QChartView* m_chartView = nullptr;
    MarkerChart* m_chart = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_note = nullptr;
};

}  // namespace onco
