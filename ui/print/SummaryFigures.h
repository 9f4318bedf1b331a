#pragma once

#include "core/domain/PatientRecord.h"
#include "core/report/PrintLanguage.h"

#include <QDate>
#include <QImage>
#include <QSize>

#include <functional>

namespace onco {

/** What a figure of the printed summary is drawn from. */
struct FigureRequest
{
    const PatientRecord& record;  ///< as of `asOf` (later records already left out)
    QDate asOf;
    const report::PrintText& text;  ///< print language: text.primary() is the language of the figure's own texts
    QSize pixelSize;                ///< the image size wanted (the printed size at kFigureDpi)
    QSize logicalSize;              ///< the printed size in CSS pixels (1/96 inch): lay the figure out at this size …
    qreal devicePixelRatio = 1.0;   ///< … and render it at this ratio (pixelSize = logicalSize × ratio)
};

/**
 * Draws one figure of the summary as an image of `request.pixelSize` (it is printed at the slot's size in mm).
 * It runs without a shown widget, under the offscreen platform too (toolchain.md §6 pitfall 5: lay a QChart out
 * with setGeometry in a QGraphicsScene and render the scene, never an unshown QChartView). A null image prints
 * the placeholder instead.
 */
using FigureRenderer = std::function<QImage(const FigureRequest& request)>;

/** The two figures of the summary (the seam of the charts integration). */
struct SummaryFigures
{
    FigureRenderer timeline;     ///< the disease timeline (kTimelineFigure)
    FigureRenderer markerChart;  ///< the tumour-marker chart (kMarkerFigure)
};

/** Resolution figures are rendered at. */
inline constexpr double kFigureDpi = 300.0;

/**
 * The figures the program prints (DefaultFigures.cpp). Until the charts are connected both are placeholders; the
 * charts integration sets them there, e.g.
 *   [](const FigureRequest& r) {
 *       return DiseaseTimeline::renderTimeline(r.record, r.text.knowledge(), r.asOf, loadMarkerSettings(),
 *                                              r.text.primary(), r.logicalSize, r.devicePixelRatio);
 *   }
 * (and MarkerChartView::renderChart likewise), so texts come out at their point sizes on paper.
 */
SummaryFigures defaultSummaryFigures();

/** A framed placeholder saying which figure goes here, in the print language(s). */
QImage placeholderFigure(const FigureRequest& request, const char* title);

}  // namespace onco
