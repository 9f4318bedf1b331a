#include "ui/charts/MarkerChartData.h"

#include "core/knowledge/Knowledge.h"
#include "ui/course/CoursePalette.h"
#include "ui/course/CourseText.h"

#include <cmath>

namespace onco {

namespace {

QString tx(const Language& language, const char* source)
{
    return language.translate("MarkerChart", source);
}

QString signedPercent(double percent, const Language& language)
{
    const double rounded = std::round(percent);
    const QString digits = language.locale().toString(std::abs(rounded), 'f', 0);
    return (rounded > 0   ? QStringLiteral("+")
            : rounded < 0 ? QStringLiteral("−")
                          : QString()) +
           digits + QStringLiteral(" %");
}

}  // namespace

const ChartAnalyte* MarkerChartData::find(const QString& analyte) const
{
    for (const ChartAnalyte& a : analytes)
        if (a.analyte == analyte)
            return &a;
    return nullptr;
}

MarkerChartData buildMarkerChartData(const PatientRecord& record, const Knowledge& knowledge, const QDate& asOf,
                                     const analytics::MarkerSettings& settings, const Language& language)
{
    MarkerChartData data;
    data.asOf = asOf;
    const QList<clinical::LineInfo> lines = clinical::describeLines(record, knowledge, asOf);
    const QStringList analytes = analytics::analytesOf(record, knowledge, asOf);
    for (int i = 0; i < analytes.size(); ++i) {
        ChartAnalyte a;
        a.analyte = analytes.at(i);
        a.series = analytics::markerSeries(record, a.analyte, knowledge, asOf, settings);
        const MarkerInfo* info = knowledge.marker(a.analyte);
        a.label = info ? info->label : a.analyte;
        a.unit = info ? info->unit : a.series.points.value(0).result.unit;
        a.color = palette::analyteColor(a.analyte, i);
        a.history = analytics::analyseEachResult(a.series, lines, settings);
        a.trend = a.history.isEmpty() ? analytics::MarkerTrend{} : a.history.constLast();
        for (const auto& p : a.series.points) {
            if (!data.from.isValid() || p.result.date < data.from)
                data.from = p.result.date;
            if (!data.to.isValid() || p.result.date > data.to)
                data.to = p.result.date;
        }
        data.analytes.append(a);
    }
    for (const clinical::LineInfo& line : lines) {
        ChartBand band;
        band.line = line;
        band.start = line.line.start;
        band.ongoing = !line.line.end.isValid();
        band.end = band.ongoing ? asOf : line.line.end;
        band.early = line.line.setting != Setting::Advanced;
        band.shortLabel = course::lineShortLabel(line, language);
        band.label = course::lineLabel(line, language, knowledge);
        band.details = course::lineDetails(line, language, knowledge);
        band.color = palette::groupTint(palette::leadingGroup(line));
        if (!data.from.isValid() || band.start < data.from)
            data.from = band.start;
        data.bands.append(band);
    }
    for (const DiseaseEvent& e : record.events) {
        if (e.type != EventType::Progression || e.evidence == Evidence::TumorMarker || !e.date.isValid() ||
            e.date > asOf)
            continue;
        ChartMark mark;
        mark.eventId = e.id;
        mark.date = e.date;
        mark.label = tx(language, QT_TRANSLATE_NOOP("MarkerChart", "PD"));
        QStringList rows{tx(language, QT_TRANSLATE_NOOP("MarkerChart", "Progression %1")).arg(language.date(e.date))};
        if (e.evidence != Evidence::Unrecorded)
            rows << tx(language, QT_TRANSLATE_NOOP("MarkerChart", "Evidence: %1"))
                        .arg(course::enumText(e.evidence, language));
        if (!e.note.trimmed().isEmpty())
            rows << e.note.trimmed();
        mark.details = rows.join(QLatin1Char('\n'));
        data.progressions.append(mark);
    }
    if (asOf.isValid() && (!data.to.isValid() || asOf > data.to))
        data.to = asOf;
    if (!data.from.isValid())
        data.from = data.to;
    return data;
}

QString markerHoverText(const ChartAnalyte& analyte, int index, const Language& language)
{
    if (index < 0 || index >= analyte.series.points.size())
        return {};
    const analytics::MarkerPoint& p = analyte.series.points.at(index);
    const analytics::MarkerTrend& t = analyte.history.at(index);
    QStringList rows;
    rows << analyte.label + QStringLiteral(" · ") + language.date(p.result.date);
    QString value = language.value(p.result.value) + QLatin1Char(' ') + p.result.unit.trimmed();
    if (p.uln) {
        const char* src = p.ulnSource == analytics::UlnSource::Result ? QT_TRANSLATE_NOOP("MarkerChart", "ULN %1")
                                                                      : QT_TRANSLATE_NOOP("MarkerChart", "site ULN %1");
        value += QStringLiteral(" (") + tx(language, src).arg(language.value(*p.uln)) + QLatin1Char(')');
        if (p.aboveUln.value_or(false))
            value += QStringLiteral(" · ") + tx(language, QT_TRANSLATE_NOOP("MarkerChart", "above ULN"));
    }
    rows << value;
    // TM-3 as of this result: the baseline itself (no change to show, no nadir yet), the nadir, or the changes.
    const analytics::ResultChange change = analytics::resultChange(analyte.series, t);
    if (change.isBaseline) {
        if (t.currentLineStart.isValid() && p.result.date <= t.currentLineStart)
            rows << tx(language, QT_TRANSLATE_NOOP("MarkerChart", "Baseline of the current line (started %1)"))
                        .arg(language.date(t.currentLineStart));
        else
            rows << tx(language, QT_TRANSLATE_NOOP("MarkerChart", "Baseline (first result)"));
    } else if (change.isNadir) {
        rows << tx(language, QT_TRANSLATE_NOOP("MarkerChart", "Nadir on the current line"));
    } else if (change.fromNadirPercent) {
        rows << tx(language, QT_TRANSLATE_NOOP("MarkerChart", "%1 from nadir (%2 on %3)"))
                    .arg(signedPercent(*change.fromNadirPercent, language),
                         language.value(analyte.series.points.at(t.nadir).result.value),
                         language.date(analyte.series.points.at(t.nadir).result.date));
    }
    if (!change.isBaseline && change.fromBaselinePercent)
        rows << tx(language, QT_TRANSLATE_NOOP("MarkerChart", "%1 from baseline (%2 on %3)"))
                    .arg(signedPercent(*change.fromBaselinePercent, language),
                         language.value(analyte.series.points.at(t.baseline).result.value),
                         language.date(analyte.series.points.at(t.baseline).result.date));
    if (t.doublingTimeDays)
        rows << tx(language, QT_TRANSLATE_NOOP("MarkerChart", "Doubling time %1 days (%2 rising results)"))
                    .arg(QString::number(std::lround(*t.doublingTimeDays)))
                    .arg(t.doublingTimeResults);
    if (t.assayChanged)
        rows << tx(language, QT_TRANSLATE_NOOP("MarkerChart", "Assay or unit changed: earlier results of "
                                                              "another assay are not compared"));
    if (t.markerRise)
        rows << tx(language, QT_TRANSLATE_NOOP("MarkerChart", "Confirmed marker rise: correlate with imaging "
                                                              "(not progression by itself)"));
    else if (t.riseCriteriaMet)
        rows << tx(language, QT_TRANSLATE_NOOP("MarkerChart", "Rise on day %1 of a new line (started %2): "
                                                              "not flagged (early spikes)"))
                    .arg(t.suppressingLineStart.daysTo(p.result.date))
                    .arg(language.date(t.suppressingLineStart));
    if (!p.result.assay.trimmed().isEmpty())
        rows << tx(language, QT_TRANSLATE_NOOP("MarkerChart", "Assay: %1")).arg(p.result.assay.trimmed());
    return rows.join(QLatin1Char('\n'));
}

}  // namespace onco
