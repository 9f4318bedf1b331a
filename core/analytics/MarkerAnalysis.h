#pragma once

#include "core/analytics/MarkerSettings.h"
#include "core/clinical/TherapyCourse.h"
#include "core/domain/PatientRecord.h"
#include "core/i18n/Phrase.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace onco {
class Knowledge;
}

namespace onco::analytics {

/** Where the ULN of a result comes from (TM-1). */
enum class UlnSource { Result, SiteDefault, None };

/** One result as TM-1/TM-2 read it. */
struct MarkerPoint
{
    MarkerResult result;
    int recordIndex = -1;       ///< index into PatientRecord::markers
    std::optional<double> uln;  ///< the result's own ULN; the site default only when the result has none
    UlnSource ulnSource = UlnSource::None;
    std::optional<bool> aboveUln;  ///< TM-2: value > ULN; nullopt when no ULN is known
};

/** The results of one analyte dated on or before as_of, in date order (record order on the same day). */
struct MarkerSeries
{
    QString analyte;        ///< canonical code (CA15-3, CEA …)
    QString catalogueUnit;  ///< the catalogue's unit, read for a result that gives none
    QList<MarkerPoint> points;
};

/**
 * TM-3 … TM-5 for one analyte, evaluated on one result (the latest on as_of, or each result in turn for the
 * chart's hover). Indices refer to MarkerSeries::points; -1 when absent.
 *
 * Comparability: two results are compared only when their assay (trimmed, case-insensitive; an empty assay
 * equals only an empty assay) and their unit (µg/L ≡ ng/mL, kU/L ≡ U/mL; an empty unit is read as the catalogue
 * unit) agree with the evaluated result. A result that is not comparable is never used for the baseline
 * change, the nadir, the confirmation or the doubling time, and it raises ASSAY_CHANGED.
 */
struct MarkerTrend
{
    int latest = -1;       ///< the result evaluated
    int previous = -1;     ///< the result just before it
    int baseline = -1;     ///< last result on or before the current line's start, else the first result
    int nadir = -1;        ///< lowest comparable result after the baseline (the earliest of equal lows)
    int currentLine = -1;  ///< PatientRecord::therapies index of the current line (clinical::currentLine()), -1 if none
    QDate currentLineStart;
    std::optional<double> changeFromBaselinePercent;
    std::optional<double> changeFromNadirPercent;
    std::optional<double> previousChangeFromNadirPercent;
    std::optional<double> doublingTimeDays;  ///< log-linear fit of the trailing run of >= 3 rising results
    int doublingTimeResults = 0;             ///< how many results that fit used
    bool aboveUln = false;                   ///< TM-2 on the evaluated result
    bool assayChanged = false;               ///< TM-3 ASSAY_CHANGED
    bool riseCriteriaMet = false;            ///< TM-4 holds (before TM-5)
    bool markerRise = false;                 ///< TM-4 holds and TM-5 does not suppress it
    QDate suppressingLineStart;              ///< TM-5: start of the new line whose 60 days hold the result

    /** The codes raised: ABOVE_ULN, ASSAY_CHANGED, MARKER_RISE. */
    QStringList flags() const;
};

/** One analyte of one patient on as_of. */
struct MarkerAnalysis
{
    MarkerSeries series;
    MarkerTrend trend;  ///< evaluated on the latest result (empty when there is none)
};

/** The analytes a record has results for on or before `asOf`: catalogue order first, then others by name. */
QStringList analytesOf(const PatientRecord& record, const Knowledge& knowledge, const QDate& asOf);

/** TM-1/TM-2: the results of `analyte` (any spelling the catalogue knows) dated on or before `asOf`. */
MarkerSeries markerSeries(const PatientRecord& record, const QString& analyte, const Knowledge& knowledge,
                          const QDate& asOf, const MarkerSettings& settings);

/** TM-3 … TM-5 evaluated on `series.points[index]`, as if it were the latest result. `lines` from
 * clinical::describeLines(). */
MarkerTrend analyseTrend(const MarkerSeries& series, int index, const QList<clinical::LineInfo>& lines,
                         const MarkerSettings& settings);

/** The trend as of each result in turn (element i is analyseTrend(series, i, …)). */
QList<MarkerTrend> analyseEachResult(const MarkerSeries& series, const QList<clinical::LineInfo>& lines,
                                     const MarkerSettings& settings);

/** TM-1 … TM-5 for one analyte of a patient on `asOf`. */
MarkerAnalysis analyseMarker(const PatientRecord& record, const QString& analyte, const Knowledge& knowledge,
                             const QDate& asOf, const MarkerSettings& settings);

/** Every analyte of analytesOf(), in that order. */
QList<MarkerAnalysis> analyseMarkers(const PatientRecord& record, const Knowledge& knowledge, const QDate& asOf,
                                     const MarkerSettings& settings);

/** TM-6: the request to correlate a marker rise with imaging (never progression). Context "Analytics".
 *  Arguments: the analyte label, the % above nadir, the nadir value, its unit and date. Empty when `trend` has no
 *  MARKER_RISE. */
Phrase correlateWithImaging(const QString& analyteLabel, const MarkerSeries& series, const MarkerTrend& trend);

/** TM-4: the sentence saying the rise threshold is a local convention of the site, not a guideline figure. */
Phrase riseConventionNote(const MarkerSettings& settings);

/** Percent change from `reference` to `value`; nullopt when the reference is not above 0. */
std::optional<double> percentChange(double value, double reference);

/** TM-3: results `a` and `b` of the series may be compared (the same assay and unit). False for an index out of
 *  range. */
bool comparableResults(const MarkerSeries& series, int a, int b);

/** The % change of result `index` from the result just before it; nullopt for the first result, after a result of
 *  0, or when the two are not comparable (another assay or unit). */
std::optional<double> changeFromPrevious(const MarkerSeries& series, int index);

/**
 * The % changes of one result as the chart's hover and the results table show them: from the TM-3 baseline and
 * nadir as of that result, and from the result just before it. A change is nullopt when its reference is missing,
 * not above 0 or not comparable.
 */
struct ResultChange
{
    int index = -1;
    std::optional<double> fromBaselinePercent;  ///< 0 on the baseline itself (e.g. the first result)
    std::optional<double> fromNadirPercent;     ///< nullopt while there is no nadir yet (on the baseline itself)
    std::optional<double> fromPreviousPercent;  ///< nullopt for the first result of the analyte
    bool isBaseline = false;                    ///< the result is the baseline of its own trend
    bool isNadir = false;                       ///< the result is the nadir of its own trend
};

/** The changes of `series.points[trend.latest]`, where `trend` is analyseTrend(series, trend.latest, …) (or an
 *  element of analyseEachResult()). An empty ResultChange when trend.latest is out of range. */
ResultChange resultChange(const MarkerSeries& series, const MarkerTrend& trend);

}  // namespace onco::analytics
