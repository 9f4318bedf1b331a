#include "ui/charts/MarkerChartView.h"

#include "core/i18n/Language.h"
#include "core/knowledge/Knowledge.h"
#include "ui/charts/MarkerChartSettings.h"
#include "ui/course/CourseText.h"
#include "ui/course/ScreenScale.h"

#include <QChartView>
#include <QCheckBox>
#include <QCursor>
#include <QEvent>
#include <QFileDialog>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

namespace onco {

namespace {

constexpr double kWheelZoom = 0.8;      // the time span kept per wheel notch away from the user (zooming in)
constexpr double kWheelPanPixels = 60;  // a notch of a horizontal wheel moves the course this far

}  // namespace

MarkerChartView::MarkerChartView(const Knowledge& knowledge, QWidget* parent)
    : QWidget(parent)
    , m_knowledge(knowledge)
    , m_settings(loadMarkerSettings(knowledge))
{
    auto* top = new QHBoxLayout;
    m_markersLabel = new QLabel(this);
    top->addWidget(m_markersLabel);
    m_choices = new QHBoxLayout;
    top->addLayout(m_choices);
    top->addSpacing(12);
    m_logBox = new QCheckBox(this);
    m_logBox->setObjectName(QStringLiteral("logScale"));
    top->addWidget(m_logBox);
    top->addStretch(1);
    m_resetZoomButton = new QPushButton(this);
    m_resetZoomButton->setObjectName(QStringLiteral("resetZoom"));
    top->addWidget(m_resetZoomButton);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportPng"));
    top->addWidget(m_exportButton);

    m_chartView = new QChartView(this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_chartView->viewport()->installEventFilter(this);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyState"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 14pt;"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_chartView);
    m_stack->addWidget(m_emptyLabel);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("riseNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_note);

    connect(m_logBox, &QCheckBox::toggled, this, &MarkerChartView::setLogScale);
    connect(m_exportButton, &QPushButton::clicked, this, &MarkerChartView::onExportClicked);
    connect(m_resetZoomButton, &QPushButton::clicked, this, &MarkerChartView::resetZoom);
    retranslateUi();
    clear();
}

MarkerChartView::~MarkerChartView() = default;

const Language& MarkerChartView::language() const
{
    return m_language ? *m_language : course::uiLanguage();
}

void MarkerChartView::setPatient(const PatientRecord& record, const QDate& asOf)
{
    if (!m_hasPatient || record.patient.id != m_record.patient.id)
        m_options.timeRange.reset();  // another patient: the whole course
    m_record = record;
    m_asOf = asOf;
    m_hasPatient = true;
    rebuildData();
}

void MarkerChartView::clear()
{
    m_options.timeRange.reset();
    m_record = PatientRecord{};
    m_hasPatient = false;
    rebuildData();
}

void MarkerChartView::setSettings(const analytics::MarkerSettings& settings)
{
    m_settings = settings;
    rebuildData();
}

void MarkerChartView::setLanguage(const Language* language)
{
    m_language = language;
    rebuildData();
}

void MarkerChartView::rebuildData()
{
    const QStringList previous = m_options.analytes;
    m_data =
        m_hasPatient ? buildMarkerChartData(m_record, m_knowledge, m_asOf, m_settings, language()) : MarkerChartData{};
    QStringList kept;
    for (const QString& a : previous)
        if (m_data.find(a))
            kept << a;
    m_options.analytes = kept.isEmpty() ? availableAnalytes() : kept;
    rebuildChoices();
    rebuildChart();
}

QStringList MarkerChartView::availableAnalytes() const
{
    QStringList codes;
    for (const ChartAnalyte& a : m_data.analytes)
        codes << a.analyte;
    return codes;
}

void MarkerChartView::rebuildChoices()
{
    qDeleteAll(m_boxes);
    m_boxes.clear();
    for (const ChartAnalyte& a : m_data.analytes) {
        auto* box = new QCheckBox(a.label, this);
        box->setObjectName(QStringLiteral("analyte:") + a.analyte);
        box->setChecked(m_options.analytes.contains(a.analyte));
        box->setStyleSheet(QStringLiteral("QCheckBox { color: %1; }").arg(a.color.name()));
        const QString code = a.analyte;
        connect(box, &QCheckBox::toggled, this, [this, code](bool on) {
            QStringList chosen = m_options.analytes;
            if (on && !chosen.contains(code))
                chosen << code;
            if (!on)
                chosen.removeAll(code);
            setSelectedAnalytes(chosen);
        });
        m_choices->addWidget(box);
        m_boxes << box;
    }
    m_markersLabel->setVisible(!m_boxes.isEmpty());
    m_logBox->setEnabled(m_data.hasResults());
    m_exportButton->setEnabled(m_data.hasResults());
}

void MarkerChartView::setSelectedAnalytes(const QStringList& analytes)
{
    QStringList ordered;  // keep the chart's order whatever the order given
    for (const QString& a : availableAnalytes())
        if (analytes.contains(a))
            ordered << a;
    if (ordered == m_options.analytes)
        return;
    m_options.analytes = ordered;
    for (QCheckBox* box : m_boxes) {
        const QSignalBlocker block(box);
        box->setChecked(ordered.contains(box->objectName().mid(8)));
    }
    rebuildChart();
    emit selectedAnalytesChanged(ordered);
}

void MarkerChartView::setLogScale(bool on)
{
    if (on == m_options.logScale)
        return;
    m_options.logScale = on;
    {
        const QSignalBlocker block(m_logBox);
        m_logBox->setChecked(on);
    }
    rebuildChart();
    emit logScaleChanged(on);
}

void MarkerChartView::rebuildChart()
{
    MarkerChart* old = m_chart;
    m_chart = new MarkerChart(m_data, m_options, language());
    connect(m_chart, &MarkerChart::resultHovered, this, [this](const QString& analyte, int index, bool state) {
        if (state)
            showHover(analyte, index);
        else
            QToolTip::hideText();
    });
    connect(m_chart, &MarkerChart::timeRangeChanged, this, [this](double from, double to) {
        if (m_chart->isZoomed())
            m_options.timeRange = std::make_pair(from, to);
        else
            m_options.timeRange.reset();
        updateZoomControls();
    });
    m_chartView->setChart(m_chart);
    delete old;
    m_hoverText.clear();
    m_dragging = false;
    m_stack->setCurrentWidget(m_data.hasResults() ? static_cast<QWidget*>(m_chartView) : m_emptyLabel);
    updateNote();
    updateZoomControls();
}

bool MarkerChartView::isZoomed() const
{
    return m_chart && m_chart->isZoomed();
}

void MarkerChartView::resetZoom()
{
    m_options.timeRange.reset();
    if (m_chart)
        m_chart->resetTimeRange();
    updateZoomControls();
}

void MarkerChartView::updateZoomControls()
{
    m_resetZoomButton->setEnabled(isZoomed());
}

QPointF MarkerChartView::chartPoint(const QPointF& viewportPos) const
{
    return m_chart->mapFromScene(m_chartView->mapToScene(viewportPos.toPoint()));
}

bool MarkerChartView::eventFilter(QObject* watched, QEvent* event)
{
    // Only over a chart that plots something: the empty state has no course to move in.
    if (watched != m_chartView->viewport() || !m_chart || m_chart->units().isEmpty())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Wheel: {
        auto* wheel = static_cast<QWheelEvent*>(event);
        const QPointF at = chartPoint(wheel->position());
        if (!m_chart->plotArea().contains(at))
            break;
        const QPoint angle = wheel->angleDelta();
        if (angle.y() != 0)
            m_chart->zoomTime(std::pow(kWheelZoom, angle.y() / 120.0), at.x());
        else if (angle.x() != 0)
            m_chart->panTime(angle.x() / 120.0 * kWheelPanPixels);
        wheel->accept();
        return true;
    }
    case QEvent::MouseButtonPress: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        const QPointF at = chartPoint(mouse->position());
        if (mouse->button() != Qt::LeftButton || !m_chart->plotArea().contains(at))
            break;
        m_dragging = true;
        m_dragX = at.x();
        m_chartView->viewport()->setCursor(Qt::ClosedHandCursor);
        return true;
    }
    case QEvent::MouseMove: {
        if (!m_dragging)
            break;
        auto* mouse = static_cast<QMouseEvent*>(event);
        const double x = chartPoint(mouse->position()).x();
        m_chart->panTime(x - m_dragX);
        m_dragX = x;
        return true;
    }
    case QEvent::MouseButtonRelease: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (!m_dragging || mouse->button() != Qt::LeftButton)
            break;
        m_dragging = false;
        m_chartView->viewport()->unsetCursor();
        return true;
    }
    case QEvent::MouseButtonDblClick: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() != Qt::LeftButton || !m_chart->plotArea().contains(chartPoint(mouse->position())))
            break;
        m_dragging = false;
        m_chartView->viewport()->unsetCursor();
        resetZoom();
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

bool MarkerChartView::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyLabel;
}

void MarkerChartView::showHover(const QString& analyte, int index)
{
    const ChartAnalyte* a = m_data.find(analyte);
    if (!a || index < 0 || index >= a->series.points.size())
        return;
    m_hoverText = markerHoverText(*a, index, language());
    if (isVisible())
        QToolTip::showText(QCursor::pos(), m_hoverText, m_chartView);
}

void MarkerChartView::updateNote()
{
    QStringList lines;
    for (const ChartAnalyte& a : m_data.analytes)
        if (const Phrase p = analytics::correlateWithImaging(a.label, a.series, a.trend); !p.isEmpty())
            lines << p.render(language(), m_knowledge);
    if (m_data.hasResults())
        lines << analytics::riseConventionNote(m_settings).render(language(), m_knowledge);
    m_note->setText(lines.join(QLatin1Char('\n')));
    m_note->setVisible(!lines.isEmpty());
}

void MarkerChartView::paintChart(QPainter* painter, const QRectF& target, const MarkerChartData& data,
                                 const MarkerChartOptions& options, const Language& language)
{
    paintAtScreenScale(painter, target, [&](QPainter* p, const QRectF& area) {
        // A chart that was never shown lays out lazily (toolchain.md §6, pitfall 5): give it a scene and a geometry.
        QGraphicsScene scene;
        auto* chart = new MarkerChart(data, options, language);
        scene.addItem(chart);
        const QRectF rect(QPointF(0, 0), area.size());
        chart->setGeometry(rect);
        chart->layoutOverlay();
        scene.setSceneRect(rect);
        scene.render(p, area, rect);
    });
}

void MarkerChartView::paint(QPainter* painter, const QRectF& target) const
{
    paintChart(painter, target, m_data, m_options, language());
}

QImage MarkerChartView::renderImage(const QSize& size, qreal devicePixelRatio) const
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

QImage MarkerChartView::renderChart(const PatientRecord& record, const Knowledge& knowledge, const QDate& asOf,
                                    const analytics::MarkerSettings& settings, const MarkerChartOptions& options,
                                    const Language& language, const QSize& size, qreal devicePixelRatio)
{
    const MarkerChartData data = buildMarkerChartData(record, knowledge, asOf, settings, language);
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintChart(&painter, QRectF(QPointF(0, 0), QSizeF(size)), data, options, language);
    return image;
}

bool MarkerChartView::exportPng(const QString& path, const QSize& size) const
{
    return renderImage(size, 2.0).save(path, "PNG");
}

void MarkerChartView::onExportClicked()
{
    const QString name = m_record.patient.mrn.isEmpty() ? QStringLiteral("markers.png")
                                                        : QStringLiteral("markers-%1.png").arg(m_record.patient.mrn);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export marker chart"), name, tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    const QSize size = m_chartView->size().expandedTo(QSize(900, 400));
    if (!exportPng(path, size))
        QMessageBox::warning(this, tr("Export marker chart"), tr("Could not write %1.").arg(path));
}

void MarkerChartView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_language)
            rebuildData();  // chart texts follow the UI language
    }
    QWidget::changeEvent(event);
}

void MarkerChartView::retranslateUi()
{
    m_markersLabel->setText(tr("Markers:"));
    m_logBox->setText(tr("Log scale"));
    m_logBox->setToolTip(tr("Logarithmic value axis; a result of 0 is drawn on the axis floor"));
    m_resetZoomButton->setText(tr("Reset zoom"));
    m_resetZoomButton->setToolTip(tr("Show the whole course again (or double-click the chart). The mouse wheel over "
                                     "the chart zooms in time; dragging moves in time."));
    m_exportButton->setText(tr("Export PNG…"));
    m_emptyLabel->setText(tr("No tumour marker results recorded for this patient."));
}

}  // namespace onco
