#include "ui/timeline/TimelineData.h"

#include "core/analytics/MarkerAnalysis.h"
#include "core/knowledge/Knowledge.h"
#include "ui/course/CourseText.h"

namespace onco {

namespace {

QString tx(const Language& language, const char* source)
{
    return language.translate("Timeline", source);
}

QString numberText(double value, const Language& language, int decimals = 2)
{
    QString s = language.locale().toString(value, 'f', decimals);
    const QChar point = language.locale().decimalPoint().at(0);
    if (s.contains(point)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(1);
    }
    return s;
}

QString receptorsText(const Receptors& r, const Language& language)
{
    QStringList parts;
    const auto status = [&](const char* name, ReceptorStatus s, const std::optional<double>& pct) {
        if (pct)
            parts << QStringLiteral("%1 %2 %").arg(QString::fromLatin1(name), numberText(*pct, language));
        else if (s != ReceptorStatus::Unrecorded)
            parts << QString::fromLatin1(name) + QLatin1Char(' ') + course::enumText(s, language);
    };
    status("ER", r.er, r.erPercent);
    status("PR", r.pr, r.prPercent);
    QStringList her2;
    if (r.her2Ihc != Her2Ihc::Unrecorded)
        her2 << course::enumText(r.her2Ihc, language);
    if (r.her2Ish != Her2Ish::Unrecorded)
        her2 << course::enumText(r.her2Ish, language);
    if (!her2.isEmpty())
        parts << QStringLiteral("HER2 ") + her2.join(QStringLiteral(", "));
    if (r.ki67Percent)
        parts << QStringLiteral("Ki-67 %1 %").arg(numberText(*r.ki67Percent, language));
    return parts.join(QStringLiteral(" · "));
}

QString sitesText(const QList<Site>& sites, const Language& language)
{
    QStringList names;
    for (Site s : sites)
        names << course::enumText(s, language);
    return names.join(language.isChinese() ? QStringLiteral("、") : QStringLiteral(", "));
}

TimelineMark eventMark(const DiseaseEvent& e, int index, const Language& language)
{
    TimelineMark m;
    m.ref = {TimelineEntity::Event, e.id, index};
    m.date = e.date;
    m.label = course::enumText(e.type, language);
    QStringList rows{m.label + QStringLiteral(" · ") + language.date(e.date)};
    switch (e.type) {
    case EventType::Recurrence:
        m.symbol = TimelineSymbol::Recurrence;
        if (e.extent != Extent::Unrecorded)
            rows << course::enumText(e.extent, language);
        break;
    case EventType::Progression:
        m.symbol =
            e.evidence == Evidence::TumorMarker ? TimelineSymbol::MarkerOnlyProgression : TimelineSymbol::Progression;
        if (e.evidence == Evidence::TumorMarker) {
            m.label = tx(language, QT_TRANSLATE_NOOP("Timeline", "Marker rise only"));
            rows << tx(language, QT_TRANSLATE_NOOP("Timeline", "Recorded on tumour-marker evidence only: not counted "
                                                               "as progression. Correlate with imaging."));
        } else if (e.evidence != Evidence::Unrecorded) {
            rows << tx(language, QT_TRANSLATE_NOOP("Timeline", "Evidence: %1"))
                        .arg(course::enumText(e.evidence, language));
        }
        break;
    case EventType::Response:
        m.symbol = TimelineSymbol::Response;
        break;
    case EventType::Surgery:
        m.symbol = TimelineSymbol::Surgery;
        break;
    case EventType::Radiotherapy:
        m.symbol = TimelineSymbol::Radiotherapy;
        break;
    case EventType::Death:
        m.symbol = TimelineSymbol::Death;
        break;
    case EventType::Other:
        m.symbol = TimelineSymbol::Other;
        break;
    }
    if (!e.sites.isEmpty())
        rows << tx(language, QT_TRANSLATE_NOOP("Timeline", "Sites: %1")).arg(sitesText(e.sites, language));
    if (!e.note.trimmed().isEmpty())
        rows << e.note.trimmed();
    m.details = rows.join(QLatin1Char('\n'));
    return m;
}

TimelineMark geneticMark(const GeneticResult& g, int index, const Language& language)
{
    TimelineMark m;
    m.ref = {TimelineEntity::GeneticResult, g.id, index};
    m.date = g.date;
    const bool mutated = g.result == GeneticOutcome::Mutated;
    m.highlight = mutated && g.gene.trimmed().compare(QLatin1String("ESR1"), Qt::CaseInsensitive) == 0;
    m.symbol = m.highlight ? TimelineSymbol::Esr1Mutated : TimelineSymbol::GeneticResult;
    QString what =
        mutated && !g.variant.trimmed().isEmpty() ? g.variant.trimmed() : course::enumText(g.result, language);
    m.label = g.gene.trimmed() + QLatin1Char(' ') + what;
    if (g.isGermline())
        m.label += tx(language, QT_TRANSLATE_NOOP("Timeline", " (germline)"));
    else if (g.specimen == Specimen::Plasma)
        m.label += tx(language, QT_TRANSLATE_NOOP("Timeline", " (ctDNA)"));
    QStringList rows{m.label + QStringLiteral(" · ") + language.date(g.date)};
    rows << course::enumText(g.result, language);
    if (g.specimen != Specimen::Unrecorded)
        rows << course::enumText(g.specimen, language);
    if (g.origin != Origin::Unrecorded)
        rows << course::enumText(g.origin, language);
    if (g.vafPercent)
        rows << QStringLiteral("VAF %1 %").arg(numberText(*g.vafPercent, language));
    if (!g.assay.trimmed().isEmpty())
        rows << g.assay.trimmed();
    m.details = rows.join(QLatin1Char('\n'));
    return m;
}

}  // namespace

QString symbolName(TimelineSymbol symbol, const Language& language)
{
    switch (symbol) {
    case TimelineSymbol::Diagnosis:
        return tx(language, QT_TRANSLATE_NOOP("Timeline", "Diagnosis"));
    case TimelineSymbol::Biopsy:
        return tx(language, QT_TRANSLATE_NOOP("Timeline", "Biopsy"));
    case TimelineSymbol::Surgery:
        return course::enumText(EventType::Surgery, language);
    case TimelineSymbol::Radiotherapy:
        return course::enumText(EventType::Radiotherapy, language);
    case TimelineSymbol::Recurrence:
        return course::enumText(EventType::Recurrence, language);
    case TimelineSymbol::Progression:
        return course::enumText(EventType::Progression, language);
    case TimelineSymbol::MarkerOnlyProgression:
        return tx(language, QT_TRANSLATE_NOOP("Timeline", "Marker rise only (not progression)"));
    case TimelineSymbol::Response:
        return course::enumText(EventType::Response, language);
    case TimelineSymbol::Death:
        return course::enumText(EventType::Death, language);
    case TimelineSymbol::Other:
        return course::enumText(EventType::Other, language);
    case TimelineSymbol::Esr1Mutated:
        return tx(language, QT_TRANSLATE_NOOP("Timeline", "ESR1 mutation"));
    case TimelineSymbol::GeneticResult:
        return tx(language, QT_TRANSLATE_NOOP("Timeline", "Other genetic result"));
    }
    return {};
}

TimelineData buildTimelineData(const PatientRecord& record, const Knowledge& knowledge, const QDate& asOf,
                               const analytics::MarkerSettings& settings, const Language& language)
{
    TimelineData data;
    data.asOf = asOf;
    const auto within = [&](const QDate& d) { return d.isValid() && (!asOf.isValid() || d <= asOf); };

    for (const clinical::LineInfo& line : clinical::describeLines(record, knowledge, asOf)) {
        TimelineBar bar;
        bar.ref = {TimelineEntity::TherapyLine, line.line.id, line.recordIndex};
        bar.line = line;
        bar.start = line.line.start;
        bar.ongoing = !line.line.end.isValid();
        bar.end = bar.ongoing ? asOf : line.line.end;
        bar.early = line.line.setting != Setting::Advanced;
        bar.groups = palette::groupsOf(line);
        if (bar.groups.isEmpty())
            bar.groups << ClassGroup::Supportive;
        bar.label = course::lineLabel(line, language, knowledge);
        bar.shortLabel = course::lineShortLabel(line, language);
        bar.details = course::lineDetails(line, language, knowledge);
        data.bars << bar;
    }

    if (record.diagnosis && within(record.diagnosis->date)) {
        const Diagnosis& dx = *record.diagnosis;
        TimelineMark m;
        m.ref = {TimelineEntity::Diagnosis, dx.id, 0};
        m.date = dx.date;
        m.symbol = TimelineSymbol::Diagnosis;
        m.label = dx.stage.trimmed().isEmpty()
                      ? symbolName(TimelineSymbol::Diagnosis, language)
                      : tx(language, QT_TRANSLATE_NOOP("Timeline", "Diagnosis, stage %1")).arg(dx.stage.trimmed());
        QStringList rows{m.label + QStringLiteral(" · ") + language.date(dx.date)};
        if (!dx.histology.trimmed().isEmpty())
            rows << dx.histology.trimmed();
        if (const QString r = receptorsText(dx.receptors, language); !r.isEmpty())
            rows << r;
        m.details = rows.join(QLatin1Char('\n'));
        data.events << m;
    }
    for (int i = 0; i < record.biopsies.size(); ++i) {
        const Biopsy& b = record.biopsies.at(i);
        if (!within(b.date))
            continue;
        TimelineMark m;
        m.ref = {TimelineEntity::Biopsy, b.id, i};
        m.date = b.date;
        m.symbol = TimelineSymbol::Biopsy;
        m.label = b.site.trimmed().isEmpty()
                      ? symbolName(TimelineSymbol::Biopsy, language)
                      : tx(language, QT_TRANSLATE_NOOP("Timeline", "Biopsy: %1")).arg(b.site.trimmed());
        QStringList rows{m.label + QStringLiteral(" · ") + language.date(b.date)};
        if (const QString r = receptorsText(b.receptors, language); !r.isEmpty())
            rows << r;
        m.details = rows.join(QLatin1Char('\n'));
        data.events << m;
    }
    for (int i = 0; i < record.events.size(); ++i)
        if (within(record.events.at(i).date))
            data.events << eventMark(record.events.at(i), i, language);
    std::stable_sort(data.events.begin(), data.events.end(),
                     [](const TimelineMark& a, const TimelineMark& b) { return a.date < b.date; });
    for (int i = 0; i < record.genomics.size(); ++i)
        if (within(record.genomics.at(i).date))
            data.genetics << geneticMark(record.genomics.at(i), i, language);
    std::stable_sort(data.genetics.begin(), data.genetics.end(),
                     [](const TimelineMark& a, const TimelineMark& b) { return a.date < b.date; });

    const QStringList analytes = analytics::analytesOf(record, knowledge, asOf);
    for (int a = 0; a < analytes.size(); ++a) {
        const analytics::MarkerSeries series =
            analytics::markerSeries(record, analytes.at(a), knowledge, asOf, settings);
        TimelineSpark spark;
        spark.analyte = analytes.at(a);
        const MarkerInfo* info = knowledge.marker(spark.analyte);
        spark.label = info ? info->label : spark.analyte;
        spark.color = palette::analyteColor(spark.analyte, a);
        double maxValue = 0;
        for (const auto& p : series.points) {
            maxValue = std::max(maxValue, p.result.value);
            if (!p.uln)
                spark.relativeToUln = false;
        }
        for (const auto& p : series.points) {
            spark.refs << TimelineRef{TimelineEntity::MarkerResult, p.result.id, p.recordIndex};
            spark.dates << p.result.date;
            const double ratio =
                spark.relativeToUln ? p.result.value / *p.uln : (maxValue > 0 ? p.result.value / maxValue : 0);
            spark.ratios << ratio;
            QString row = QStringLiteral("%1 · %2: %3 %4")
                              .arg(spark.label, language.date(p.result.date), numberText(p.result.value, language),
                                   p.result.unit.trimmed());
            if (p.uln)
                row += QLatin1Char('\n') +
                       tx(language, QT_TRANSLATE_NOOP("Timeline", "%1 × ULN (%2)"))
                           .arg(numberText(p.result.value / *p.uln, language, 1), numberText(*p.uln, language));
            spark.details << row;
        }
        data.markers << spark;
    }

    // The time span: everything shown, and as_of.
    const auto extend = [&](const QDate& d) {
        if (!d.isValid())
            return;
        if (!data.from.isValid() || d < data.from)
            data.from = d;
        if (!data.to.isValid() || d > data.to)
            data.to = d;
    };
    for (const auto& b : data.bars) {
        extend(b.start);
        extend(b.end);
    }
    for (const auto& m : data.events)
        extend(m.date);
    for (const auto& m : data.genetics)
        extend(m.date);
    for (const auto& s : data.markers)
        for (const QDate& d : s.dates)
            extend(d);
    if (!data.isEmpty())
        extend(asOf);
    return data;
}

}  // namespace onco
