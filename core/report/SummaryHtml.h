#pragma once

#include "core/report/PrintLanguage.h"
#include "core/report/SummaryData.h"

#include <QString>

namespace onco::report {

/** The texts painted on every page around the body (header and footer), in the print language. */
struct PageFurniture
{
    QString hospital;    ///< may be empty
    QString title;       ///< "Patient summary"
    QString patient;     ///< name(s) and MRN
    QString printed;     ///< date printed, printed by (and the as-of date when it differs)
    QString disclaimer;  ///< "For clinical review — not a prescription."
    QString source;      ///< program and knowledge version
    QString pageFormat;  ///< "Page %1 of %2" in the print language(s)

    QString pageLabel(int page, int pages) const { return pageFormat.arg(page).arg(pages); }
};

/**
 * The body of the printed summary as HTML (Qt rich text): identity, diagnosis and receptors with later biopsies,
 * disease course (timeline figure slot and events), lines of therapy, tumour markers (chart slot), genetics and the
 * assessment. Figures are <img> elements naming the resources of kTimelineFigure and kMarkerFigure, sized from
 * SummaryLayout.h; the printing code supplies the images. `scale` scales every font size (the page layout
 * shrinks a summary that would not fit on two pages).
 */
QString summaryHtml(const SummaryData& data, const PrintText& text, double scale = 1.0);

/**
 * A page break the page layout asks for: before the `index`-th heading (h2 or h3, 0-based, in document order), or
 * before row `row` (0-based, header rows counted) of the `index`-th table.
 */
struct PageBreak
{
    enum class Kind { Heading, TableRow };
    Kind kind = Kind::Heading;
    int index = 0;
    int row = 0;
};

/** The summary HTML with one more page break; a table is split there and the second part repeats its header. */
QString withPageBreak(const QString& html, const PageBreak& pageBreak);

/** The page header and footer texts. */
PageFurniture pageFurniture(const SummaryData& data, const PrintText& text);

/** Whether the summary shows a figure (the timeline when there is a course to show, the chart when there are
 *  marker results). */
bool showsTimeline(const SummaryData& data);
bool showsMarkerChart(const SummaryData& data);

}  // namespace onco::report
