#pragma once

#include "core/analytics/MarkerAnalysis.h"
#include "core/i18n/Language.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QString>

namespace onco {

class Knowledge;

/** One analyte as the chart shows it: the series, the trend as of each result (hover, rise marks) and on as_of. */
struct ChartAnalyte
{
    QString analyte;  ///< canonical code
    QString label;    ///< "CA 15-3"
    QString unit;     ///< the axis unit: catalogue unit, else the first result's
    QColor color;
    analytics::MarkerSeries series;
    QList<analytics::MarkerTrend> history;  ///< history[i]: the trend with result i as the latest
    analytics::MarkerTrend trend;           ///< on as_of (the latest result)
};

/** A line of therapy as a shaded band. */
struct ChartBand
{
    clinical::LineInfo line;
    QDate start;
    QDate end;  ///< the line's end, or as_of while ongoing
    bool ongoing = false;
    bool early = false;  ///< adjuvant or neoadjuvant (drawn hatched)
    QString shortLabel;  ///< "L2"
    QString label;       ///< "L2 · goserelin + letrozole"
    QString details;     ///< tooltip
    QColor color;        ///< tint of the leading class group
};

/** A progression event (evidence other than tumour marker, clinical-rules.md §1). */
struct ChartMark
{
    qint64 eventId = 0;
    QDate date;
    QString label;
    QString details;
};

/** Everything the marker chart draws for one patient, computed without Qt Charts (testable, reusable). */
struct MarkerChartData
{
    QDate asOf;
    QDate from;  ///< earliest result or line start
    QDate to;    ///< as_of (or the latest date shown, if later)
    QList<ChartAnalyte> analytes;
    QList<ChartBand> bands;
    QList<ChartMark> progressions;

    const ChartAnalyte* find(const QString& analyte) const;
    bool hasResults() const { return !analytes.isEmpty(); }
};

/** Builds the chart data of a record on `asOf` (records after it are ignored), texts in `language`. */
MarkerChartData buildMarkerChartData(const PatientRecord& record, const Knowledge& knowledge, const QDate& asOf,
                                     const analytics::MarkerSettings& settings, const Language& language);

/** The hover text of result `index` of an analyte: date, value with unit and ULN, % change from nadir and
 *  baseline (as of that result), and the rise, in `language` (context "MarkerChart"). */
QString markerHoverText(const ChartAnalyte& analyte, int index, const Language& language);

}  // namespace onco
