#include "core/analytics/MarkerAnalysis.h"

#include "core/knowledge/Knowledge.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace onco::analytics {

namespace {

QString normalisedUnit(const QString& unit, const QString& catalogueUnit)
{
    QString u = (unit.trimmed().isEmpty() ? catalogueUnit : unit).simplified().toLower();
    u.remove(QLatin1Char(' '));
    u.replace(QChar(0x00B5), QLatin1Char('u')).replace(QChar(0x03BC), QLatin1Char('u'));  // µ (micro), μ (mu)
    if (u == QLatin1String("ug/l"))
        return QStringLiteral("ng/ml");
    if (u == QLatin1String("ku/l"))
        return QStringLiteral("u/ml");
    return u;
}

/** The key two results must share to be compared (assay and unit). */
QString comparisonKey(const MarkerResult& r, const QString& catalogueUnit)
{
    return r.assay.simplified().toLower() + QLatin1Char('|') + normalisedUnit(r.unit, catalogueUnit);
}

/** value >= reference × (1 + percent/100), tolerant of binary rounding (18.4 × 1.25 is 23). */
bool atLeastAbove(double value, double reference, double percent)
{
    const double threshold = reference * (1.0 + percent / 100.0);
    return value - threshold >= -1e-9 * std::max(1.0, std::abs(threshold));
}

const char* const kCorrelate = QT_TRANSLATE_NOOP(
    "Analytics", "%1 is %2 % above its nadir (%3 %4 on %5), confirmed by the previous result. A marker rise alone "
                 "is not progression: correlate with imaging and the clinical findings.");
const char* const kConvention = QT_TRANSLATE_NOOP(
    "Analytics", "Marker rise: the latest result is at least %1 % above the nadir and above the ULN, and so was the "
                 "previous one. %1 % is a local convention set by this site, not a guideline threshold. No rise is "
                 "flagged in the first %2 days after a new line starts.");

/** canonicalAnalyte() once per distinct spelling (the catalogue lookup is not cheap, and a record repeats a few
 *  spellings many times). */
class CanonicalNames
{
public:
    explicit CanonicalNames(const Knowledge& knowledge)
        : m_knowledge(knowledge)
    {}
    const QString& operator()(const QString& analyte)
    {
        auto it = m_cache.constFind(analyte);
        if (it == m_cache.constEnd())
            it = m_cache.insert(analyte, canonicalAnalyte(analyte, m_knowledge));
        return *it;
    }

private:
    const Knowledge& m_knowledge;
    QHash<QString, QString> m_cache;
};

}  // namespace

QStringList MarkerTrend::flags() const
{
    QStringList codes;
    if (aboveUln)
        codes << QStringLiteral("ABOVE_ULN");
    if (assayChanged)
        codes << QStringLiteral("ASSAY_CHANGED");
    if (markerRise)
        codes << QStringLiteral("MARKER_RISE");
    return codes;
}

std::optional<double> percentChange(double value, double reference)
{
    if (!(reference > 0))
        return std::nullopt;
    return (value - reference) / reference * 100.0;
}

bool comparableResults(const MarkerSeries& series, int a, int b)
{
    if (a < 0 || b < 0 || a >= series.points.size() || b >= series.points.size())
        return false;
    return comparisonKey(series.points.at(a).result, series.catalogueUnit) ==
           comparisonKey(series.points.at(b).result, series.catalogueUnit);
}

std::optional<double> changeFromPrevious(const MarkerSeries& series, int index)
{
    if (index <= 0 || !comparableResults(series, index - 1, index))
        return std::nullopt;
    return percentChange(series.points.at(index).result.value, series.points.at(index - 1).result.value);
}

ResultChange resultChange(const MarkerSeries& series, const MarkerTrend& trend)
{
    ResultChange c;
    if (trend.latest < 0 || trend.latest >= series.points.size())
        return c;
    c.index = trend.latest;
    c.fromBaselinePercent = trend.changeFromBaselinePercent;
    c.fromNadirPercent = trend.nadir >= 0 ? trend.changeFromNadirPercent : std::nullopt;
    c.fromPreviousPercent = changeFromPrevious(series, trend.latest);
    c.isBaseline = trend.baseline == trend.latest;
    c.isNadir = trend.nadir == trend.latest;
    return c;
}

QStringList analytesOf(const PatientRecord& record, const Knowledge& knowledge, const QDate& asOf)
{
    QStringList present;
    CanonicalNames names(knowledge);
    for (const MarkerResult& r : record.markers)
        if (r.date.isValid() && (!asOf.isValid() || r.date <= asOf))
            if (const QString& a = names(r.analyte); !a.isEmpty() && !present.contains(a))
                present << a;
    QStringList ordered;
    for (const MarkerInfo& m : knowledge.markers())
        if (present.removeAll(m.analyte) > 0)
            ordered << m.analyte;
    std::sort(present.begin(), present.end(),
              [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return ordered + present;
}

MarkerSeries markerSeries(const PatientRecord& record, const QString& analyte, const Knowledge& knowledge,
                          const QDate& asOf, const MarkerSettings& settings)
{
    MarkerSeries series;
    series.analyte = canonicalAnalyte(analyte, knowledge);
    if (const MarkerInfo* info = knowledge.marker(series.analyte))
        series.catalogueUnit = info->unit;
    const std::optional<double> siteUln = settings.uln(series.analyte);
    CanonicalNames names(knowledge);
    for (int i = 0; i < record.markers.size(); ++i) {
        const MarkerResult& r = record.markers.at(i);
        if (!r.date.isValid() || (asOf.isValid() && r.date > asOf))
            continue;
        if (names(r.analyte) != series.analyte)
            continue;
        MarkerPoint p;
        p.result = r;
        p.recordIndex = i;
        if (r.uln && *r.uln > 0) {
            p.uln = r.uln;
            p.ulnSource = UlnSource::Result;
        } else if (siteUln) {
            p.uln = siteUln;
            p.ulnSource = UlnSource::SiteDefault;
        }
        if (p.uln)
            p.aboveUln = r.value > *p.uln;
        series.points.append(p);
    }
    std::stable_sort(series.points.begin(), series.points.end(),
                     [](const MarkerPoint& a, const MarkerPoint& b) { return a.result.date < b.result.date; });
    return series;
}

namespace {

/** Least-squares slope of ln(value) against days; the doubling time in days, or nullopt. */
std::optional<double> doublingTime(const QList<MarkerPoint>& points, int first, int last)
{
    const int n = last - first + 1;
    const QDate origin = points.at(first).result.date;
    double sumT = 0, sumY = 0;
    for (int i = first; i <= last; ++i) {
        sumT += origin.daysTo(points.at(i).result.date);
        sumY += std::log(points.at(i).result.value);
    }
    const double meanT = sumT / n, meanY = sumY / n;
    double sxx = 0, sxy = 0;
    for (int i = first; i <= last; ++i) {
        const double dt = origin.daysTo(points.at(i).result.date) - meanT;
        sxx += dt * dt;
        sxy += dt * (std::log(points.at(i).result.value) - meanY);
    }
    if (sxx <= 0 || sxy <= 0)
        return std::nullopt;
    return std::log(2.0) / (sxy / sxx);
}

}  // namespace

namespace {

/** For each result, a number shared by the results it may be compared with (same assay and unit). */
QList<int> comparisonGroups(const MarkerSeries& series)
{
    QHash<QString, int> ids;
    QList<int> groups;
    groups.reserve(series.points.size());
    for (const MarkerPoint& p : series.points) {
        const QString key = comparisonKey(p.result, series.catalogueUnit);
        auto it = ids.constFind(key);
        if (it == ids.constEnd())
            it = ids.insert(key, int(ids.size()));
        groups << *it;
    }
    return groups;
}

MarkerTrend trendAt(const MarkerSeries& series, const QList<int>& groups, int index,
                    const QList<clinical::LineInfo>& lines, const MarkerSettings& settings)
{
    MarkerTrend t;
    if (index < 0 || index >= series.points.size())
        return t;
    const QList<MarkerPoint>& pts = series.points;
    const MarkerPoint& latest = pts.at(index);
    const QDate day = latest.result.date;
    const auto comparable = [&](int i) { return groups.at(i) == groups.at(index); };

    t.latest = index;
    t.aboveUln = latest.aboveUln.value_or(false);
    t.previous = index - 1;

    // TM-3 baseline: the last result on or before the current line's start, else the first result.
    t.baseline = 0;
    if (const std::optional<clinical::LineInfo> line = clinical::currentLine(lines, day)) {
        t.currentLine = line->recordIndex;
        t.currentLineStart = line->line.start;
        for (int i = 0; i <= index && pts.at(i).result.date <= line->line.start; ++i)
            t.baseline = i;
    }
    if (comparable(t.baseline))
        t.changeFromBaselinePercent = percentChange(latest.result.value, pts.at(t.baseline).result.value);
    else
        t.assayChanged = true;

    // Nadir: the lowest comparable result after the baseline (up to the evaluated one).
    for (int i = t.baseline + 1; i <= index; ++i) {
        if (!comparable(i)) {
            t.assayChanged = true;
            continue;
        }
        if (t.nadir < 0 || pts.at(i).result.value < pts.at(t.nadir).result.value)
            t.nadir = i;
    }
    if (t.nadir >= 0)
        t.changeFromNadirPercent = percentChange(latest.result.value, pts.at(t.nadir).result.value);
    const bool previousComparable = t.previous >= 0 && comparable(t.previous);
    if (t.previous >= 0 && !previousComparable)
        t.assayChanged = true;
    if (t.nadir >= 0 && previousComparable)
        t.previousChangeFromNadirPercent = percentChange(pts.at(t.previous).result.value, pts.at(t.nadir).result.value);

    // Doubling time: the trailing run of strictly rising comparable results, when it holds at least 3.
    int first = index;
    while (first > 0 && comparable(first - 1) && pts.at(first - 1).result.value > 0 &&
           pts.at(first - 1).result.value < pts.at(first).result.value)
        --first;
    if (index - first + 1 >= 3 && latest.result.value > 0) {
        t.doublingTimeDays = doublingTime(pts, first, index);
        if (t.doublingTimeDays)
            t.doublingTimeResults = index - first + 1;
    }

    // TM-4: >= rise % above nadir and above ULN, confirmed by the previous result (also >= rise % above nadir).
    if (t.nadir >= 0 && previousComparable && latest.aboveUln.value_or(false)) {
        const double nadir = pts.at(t.nadir).result.value;
        t.riseCriteriaMet = atLeastAbove(latest.result.value, nadir, settings.risePercent) &&
                            atLeastAbove(pts.at(t.previous).result.value, nadir, settings.risePercent);
    }
    // TM-5: not within the window after the start of any (non-supportive) line.
    if (t.riseCriteriaMet) {
        for (const clinical::LineInfo& line : lines) {
            const qint64 days = line.line.start.daysTo(day);
            if (!line.supportive && days >= 0 && days <= settings.newLineWindowDays &&
                (!t.suppressingLineStart.isValid() || line.line.start > t.suppressingLineStart))
                t.suppressingLineStart = line.line.start;
        }
        t.markerRise = !t.suppressingLineStart.isValid();
    }
    return t;
}

}  // namespace

MarkerTrend analyseTrend(const MarkerSeries& series, int index, const QList<clinical::LineInfo>& lines,
                         const MarkerSettings& settings)
{
    return trendAt(series, comparisonGroups(series), index, lines, settings);
}

QList<MarkerTrend> analyseEachResult(const MarkerSeries& series, const QList<clinical::LineInfo>& lines,
                                     const MarkerSettings& settings)
{
    const QList<int> groups = comparisonGroups(series);
    QList<MarkerTrend> trends;
    trends.reserve(series.points.size());
    for (int i = 0; i < series.points.size(); ++i)
        trends.append(trendAt(series, groups, i, lines, settings));
    return trends;
}

MarkerAnalysis analyseMarker(const PatientRecord& record, const QString& analyte, const Knowledge& knowledge,
                             const QDate& asOf, const MarkerSettings& settings)
{
    MarkerAnalysis a;
    a.series = markerSeries(record, analyte, knowledge, asOf, settings);
    a.trend = analyseTrend(a.series, int(a.series.points.size()) - 1, clinical::describeLines(record, knowledge, asOf),
                           settings);
    return a;
}

QList<MarkerAnalysis> analyseMarkers(const PatientRecord& record, const Knowledge& knowledge, const QDate& asOf,
                                     const MarkerSettings& settings)
{
    const QList<clinical::LineInfo> lines = clinical::describeLines(record, knowledge, asOf);
    QList<MarkerAnalysis> out;
    for (const QString& analyte : analytesOf(record, knowledge, asOf)) {
        MarkerAnalysis a;
        a.series = markerSeries(record, analyte, knowledge, asOf, settings);
        a.trend = analyseTrend(a.series, int(a.series.points.size()) - 1, lines, settings);
        out.append(a);
    }
    return out;
}

Phrase correlateWithImaging(const QString& analyteLabel, const MarkerSeries& series, const MarkerTrend& trend)
{
    if (!trend.markerRise || trend.nadir < 0 || !trend.changeFromNadirPercent)
        return {};
    const MarkerPoint& nadir = series.points.at(trend.nadir);
    const double percent = std::round(*trend.changeFromNadirPercent);
    return Phrase{
        "Analytics", kCorrelate, {analyteLabel, percent, nadir.result.value, nadir.result.unit, nadir.result.date}};
}

Phrase riseConventionNote(const MarkerSettings& settings)
{
    return Phrase{"Analytics", kConvention, {settings.risePercent, settings.newLineWindowDays}};
}

}  // namespace onco::analytics
