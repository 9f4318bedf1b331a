// The seam of the charts integration: the figures the printed summary shows.
#include "core/i18n/Language.h"
#include "core/report/PrintLanguage.h"
#include "ui/charts/MarkerChartSettings.h"
#include "ui/charts/MarkerChartView.h"
#include "ui/print/SummaryFigures.h"
#include "ui/timeline/DiseaseTimeline.h"
#include "ui/timeline/TimelineLegend.h"
#include "ui/timeline/TimelineScene.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace onco {

namespace {

/** Type size of the figures' own texts on paper (the summary's body is 8.5 pt). */
constexpr double kFigurePointSize = 8.0;
/** The printed timeline may be this much taller than its slot to show every lane at full type size. */
constexpr double kMaxTimelineGrow = 2.5;
/** The marker chart is laid out on a canvas this much larger than its slot (its texts print at about 7.5 pt). */
constexpr double kChartGrow = 1.2;

/** The language of a figure's own texts: the print language; in bilingual print Chinese with the English of each
 *  label (lanes, legend, band and axis labels; issue 14). */
const Language& figureLanguage(const report::PrintText& text)
{
    return text.isBilingual() ? Language::bilingual() : text.primary();
}

QFont figureFont()
{
    QFont font = QApplication::font();
    font.setPointSizeF(kFigurePointSize);
    return font;
}

/** An image of the request's pixel size whose logical size is `canvas` (so a canvas larger than the slot is drawn
 *  smaller), white. */
QImage canvasImage(const FigureRequest& r, const QSizeF& canvas)
{
    QImage image(r.pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(double(r.pixelSize.width()) / canvas.width());
    image.fill(Qt::white);
    return image;
}

/** The height the whole course needs at `width`: every lane at its natural height, and the legend. */
double timelineHeight(const TimelineData& data, const Language& language, const QFont& font, double width)
{
    TimelineScene scene;
    scene.setFont(font);
    scene.build(data, language, TimelineScene::fitScale(data, width, font, language), 0);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    return scene.naturalHeight() +
           TimelineLegend::heightFor(TimelineLegend::entriesFor(data, language), width - 8, small) + 6;
}

/** The disease timeline of the whole course, its texts in the print language (the first one when bilingual). When
 *  the lanes and the legend need more height than the slot has, the image is taller (up to kMaxTimelineGrow times
 *  the slot; the summary prints it at its own proportions), so every lane shows at the figure's type size; only a
 *  course taller still is drawn smaller (issue 14: no printed text below 7 pt on an ordinary course). */
QImage timelineFigure(const FigureRequest& r)
{
    const Knowledge& k = r.text.knowledge();
    const Language& language = figureLanguage(r.text);
    const TimelineData data = buildTimelineData(r.record, k, r.asOf, loadMarkerSettings(k), language);
    if (data.isEmpty())
        return {};
    const QFont font = figureFont();
    const QSizeF slot = r.logicalSize;
    const double needed = timelineHeight(data, language, font, slot.width());
    const double height = std::clamp(needed, slot.height(), slot.height() * kMaxTimelineGrow);
    const double shrink = std::max(1.0, needed / height);
    const QSizeF canvas = QSizeF(slot.width(), height) * shrink;
    const double ratio = r.devicePixelRatio / shrink;
    QImage image(QSize(qRound(canvas.width() * ratio), qRound(canvas.height() * ratio)),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    DiseaseTimeline::paintTimeline(&painter, QRectF(QPointF(0, 0), canvas), data, language, font);
    return image;
}

/** The marker chart with every analyte the patient has results for, on a linear scale. */
QImage markerFigure(const FigureRequest& r)
{
    const Knowledge& k = r.text.knowledge();
    const analytics::MarkerSettings settings = loadMarkerSettings(k);
    const MarkerChartData data = buildMarkerChartData(r.record, k, r.asOf, settings, figureLanguage(r.text));
    if (!data.hasResults())
        return {};
    MarkerChartOptions options;
    for (const ChartAnalyte& a : data.analytes)
        options.analytes << a.analyte;
    // Laid out a little larger than the slot and drawn into it: the line labels, axes and legend keep their
    // proportions and the plot area keeps a readable height on a short slot.
    const QSizeF canvas = r.logicalSize * kChartGrow;
    QImage image = canvasImage(r, canvas);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    MarkerChartView::paintChart(&painter, QRectF(QPointF(0, 0), canvas), data, options, figureLanguage(r.text));
    return image;
}

}  // namespace

SummaryFigures defaultSummaryFigures()
{
    // Laid out at (at least) the printed size in CSS pixels and rendered at the figure resolution, so texts come
    // out at their point sizes on paper. Both run without a shown widget (offscreen too).
    return {timelineFigure, markerFigure};
}

}  // namespace onco
