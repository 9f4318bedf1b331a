#pragma once

#include <QSizeF>
#include <QString>

namespace onco::report {

/**
 * The page geometry of the printed summary (A4 portrait, millimetres). The HTML sizes its figures from it and the
 * printing code in ui/print lays the pages out with it, so both agree.
 */
namespace layout {
inline constexpr double kPageWidthMm = 210.0;
inline constexpr double kPageHeightMm = 297.0;
inline constexpr double kMarginLeftMm = 12.0;
inline constexpr double kMarginRightMm = 12.0;
inline constexpr double kMarginTopMm = 9.0;
inline constexpr double kMarginBottomMm = 8.0;
inline constexpr double kHeaderHeightMm = 14.0;  ///< painted on every page above the body
inline constexpr double kFooterHeightMm = 9.0;   ///< painted on every page below the body
inline constexpr double kBodyWidthMm = kPageWidthMm - kMarginLeftMm - kMarginRightMm;
inline constexpr double kBodyHeightMm =
    kPageHeightMm - kMarginTopMm - kMarginBottomMm - kHeaderHeightMm - kFooterHeightMm;
/** A summary is laid out to fit on this many pages (smaller type if needed; a very long record may still exceed):
 *  one sheet printed on both sides (product.md). */
inline constexpr int kMaxPages = 2;
/** The same for bilingual print, which says everything twice: with every flag's sentence, the verdict on page 1
 *  and no text below kMinPrintPointSize (issue 14), a long course does not fit on two pages. */
inline constexpr int kMaxPagesBilingual = 3;
/** No printed text is smaller than this (body, notes, codes, figures, footer). */
inline constexpr double kMinPrintPointSize = 7.0;
/** CSS pixels (1/96 inch) per millimetre: HTML image sizes are given in these. */
inline constexpr double kCssPxPerMm = 96.0 / 25.4;
}  // namespace layout

/** A figure of the summary: its name (the image resource "onco-figure:<name>") and its printed size. */
struct FigureSlot
{
    const char* name;
    QSizeF sizeMm;

    QString url() const { return QStringLiteral("onco-figure:") + QString::fromLatin1(name); }
};

/** The disease timeline across the body width. */
inline const FigureSlot kTimelineFigure{"timeline", QSizeF(layout::kBodyWidthMm, 38.0)};
/** The tumour-marker chart across the body width. */
inline const FigureSlot kMarkerFigure{"markers", QSizeF(layout::kBodyWidthMm, 48.0)};

}  // namespace onco::report
