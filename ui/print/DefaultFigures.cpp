// The seam of the charts integration: the figures the printed summary shows.
#include "ui/print/SummaryFigures.h"

#include <QCoreApplication>

namespace onco {

SummaryFigures defaultSummaryFigures()
{
    // Replace with the chart renderers (ui/timeline DiseaseTimeline::renderTimeline, the marker chart's image
    // function), called with request.record, request.asOf, request.text.primary() and request.pixelSize.
    return {
        [](const FigureRequest& r) { return placeholderFigure(r, QT_TRANSLATE_NOOP("Summary", "Disease timeline")); },
        [](const FigureRequest& r) {
            return placeholderFigure(r, QT_TRANSLATE_NOOP("Summary", "Tumour-marker chart"));
        },
    };
}

}  // namespace onco
