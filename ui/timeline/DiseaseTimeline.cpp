#include "ui/timeline/DiseaseTimeline.h"

#include "core/knowledge/Knowledge.h"
#include "ui/charts/MarkerChartSettings.h"
#include "ui/course/CourseText.h"
#include "ui/course/ScreenScale.h"
#include "ui/timeline/TimelineLegend.h"
#include "ui/timeline/TimelineScene.h"
#include "ui/timeline/TimelineView.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace onco {

DiseaseTimeline::DiseaseTimeline(const Knowledge& knowledge, QWidget* parent)
    : QWidget(parent)
    , m_knowledge(knowledge)
    , m_settings(loadMarkerSettings(knowledge))
{
    const auto button = [this](const char* name) {
        auto* b = new QToolButton(this);
        b->setObjectName(QString::fromLatin1(name));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(true);
        return b;
    };
    m_zoomOut = button("zoomOut");
    m_zoomIn = button("zoomIn");
    m_fit = button("fitAll");
    m_hint = new QLabel(this);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_fit);
    bar->addSpacing(8);
    bar->addWidget(m_hint, 1);

    m_view = new TimelineView(this);
    m_view->setMinimumHeight(200);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 14pt;"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_legend = new TimelineLegendWidget(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_legend);

    connect(m_zoomIn, &QToolButton::clicked, m_view, &TimelineView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_view, &TimelineView::zoomOut);
    connect(m_fit, &QToolButton::clicked, m_view, &TimelineView::fitAll);
    connect(m_view, &TimelineView::itemClicked, this, &DiseaseTimeline::itemClicked);
    retranslateUi();
    clear();
}

DiseaseTimeline::~DiseaseTimeline() = default;

TimelineScene* DiseaseTimeline::scene() const
{
    return m_view->timelineScene();
}

const Language& DiseaseTimeline::language() const
{
    return m_language ? *m_language : course::uiLanguage();
}

void DiseaseTimeline::setPatient(const PatientRecord& record, const QDate& asOf)
{
    m_record = record;
    m_asOf = asOf;
    m_hasPatient = true;
    rebuild();
}

void DiseaseTimeline::clear()
{
    m_record = PatientRecord{};
    m_hasPatient = false;
    rebuild();
}

void DiseaseTimeline::setSettings(const analytics::MarkerSettings& settings)
{
    m_settings = settings;
    rebuild();
}

void DiseaseTimeline::setLanguage(const Language* language)
{
    m_language = language;
    rebuild();
}

int DiseaseTimeline::preferredHeight(int width) const
{
    const int bar = std::max({m_zoomOut->sizeHint().height(), m_fit->sizeHint().height(), m_hint->sizeHint().height()});
    const int lanes = isShowingEmptyState() || !scene()
                          ? m_empty->sizeHint().height()
                          : int(std::ceil(scene()->naturalHeight())) + 2 * m_view->frameWidth() + 2;
    const int legend = m_legend->isHidden() ? 0 : m_legend->heightForWidth(width);
    const QMargins margins = layout()->contentsMargins();
    return bar + lanes + legend + 2 * layout()->spacing() + margins.top() + margins.bottom();
}

bool DiseaseTimeline::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void DiseaseTimeline::rebuild()
{
    m_data = m_hasPatient ? buildTimelineData(m_record, m_knowledge, m_asOf, m_settings, language()) : TimelineData{};
    m_view->setData(m_data, language());
    m_legend->setEntries(TimelineLegend::entriesFor(m_data, language()));
    m_stack->setCurrentWidget(m_data.isEmpty() ? static_cast<QWidget*>(m_empty) : m_view);
    for (QWidget* w : {static_cast<QWidget*>(m_zoomIn), static_cast<QWidget*>(m_zoomOut), static_cast<QWidget*>(m_fit)})
        w->setEnabled(!m_data.isEmpty());
    emit contentChanged();
}

void DiseaseTimeline::paintTimeline(QPainter* painter, const QRectF& target, const TimelineData& data,
                                    const Language& language, const QFont& font)
{
    paintAtScreenScale(painter, target, [&](QPainter* p, const QRectF& area) {
        const QList<LegendEntry> entries = TimelineLegend::entriesFor(data, language);
        QFont small = font;
        small.setPointSizeF(font.pointSizeF() * 0.9);
        const double legendHeight = TimelineLegend::heightFor(entries, area.width() - 8, small);
        const double height = std::max(80.0, area.height() - legendHeight - 6);
        TimelineScene scene;
        scene.setFont(font);
        scene.build(data, language, TimelineScene::fitScale(data, area.width(), font, language), height);
        const QRectF source = scene.sceneRect();
        const QRectF lanes(area.topLeft(), QSizeF(area.width(), std::min(height, area.height())));
        scene.render(p, lanes, source, Qt::KeepAspectRatio);
        TimelineLegend::paint(p, QRectF(area.left() + 4, lanes.bottom() + 6, area.width() - 8, legendHeight), entries,
                              small);
    });
}

void DiseaseTimeline::paint(QPainter* painter, const QRectF& target) const
{
    paintTimeline(painter, target, m_data, language(), font());
}

QImage DiseaseTimeline::renderImage(const QSize& size, qreal devicePixelRatio) const
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

QImage DiseaseTimeline::renderTimeline(const PatientRecord& record, const Knowledge& knowledge, const QDate& asOf,
                                       const analytics::MarkerSettings& settings, const Language& language,
                                       const QSize& size, qreal devicePixelRatio)
{
    const TimelineData data = buildTimelineData(record, knowledge, asOf, settings, language);
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintTimeline(&painter, QRectF(QPointF(0, 0), QSizeF(size)), data, language, QApplication::font());
    return image;
}

void DiseaseTimeline::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_language)
            rebuild();
    }
    QWidget::changeEvent(event);
}

void DiseaseTimeline::retranslateUi()
{
    m_zoomOut->setText(tr("−"));
    m_zoomOut->setToolTip(tr("Zoom out"));
    m_zoomIn->setText(tr("+"));
    m_zoomIn->setToolTip(tr("Zoom in"));
    m_fit->setText(tr("Fit all"));
    m_fit->setToolTip(tr("Show the whole course"));
    m_hint->setText(tr("Wheel: zoom · Shift+wheel: scroll · click an item to open it"));
    m_empty->setText(tr("Nothing recorded on the timeline yet."));
}

}  // namespace onco
