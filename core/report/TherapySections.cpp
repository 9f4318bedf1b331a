// Lines of therapy (with concomitant medications), tumour markers, genetics.
#include "core/knowledge/Knowledge.h"
#include "core/report/HtmlText.h"
#include "core/report/SummaryHtml.h"
#include "core/report/SummaryLayout.h"
#include "core/report/SummarySections.h"

#include <QCoreApplication>

namespace onco::report::sections {

using namespace html;

namespace {

/** True when every drug of the line is ovarian suppression or bone-modifying (a supportive line, rules §0). */
bool isSupportive(const TherapyLine& line, const Knowledge& knowledge)
{
    if (line.drugs.isEmpty())
        return false;
    for (const QString& name : line.drugs) {
        const Drug* d = knowledge.drug(name);
        if (!d || (d->drugClass != DrugClass::Ofs && d->drugClass != DrugClass::Bone))
            return false;
    }
    return true;
}

/** The line column: the derived advanced-line number (with the clinician's number beside it when it differs),
 *  else the setting. `lines` are in start order. */
QStringList lineLabels(const QList<TherapyLine>& lines, const PrintText& t)
{
    QStringList labels;
    int number = 0;
    for (const TherapyLine& line : lines) {
        if (line.setting != Setting::Advanced) {
            labels << span(t.value(line.setting));
        } else if (isSupportive(line, t.knowledge())) {
            labels << span(t.label(QT_TRANSLATE_NOOP("Summary", "Supportive")));
        } else {
            ++number;
            QString label = QStringLiteral("<b>%1</b>").arg(number);
            if (line.lineNumberOverride && *line.lineNumberOverride != number)
                label += QStringLiteral(" <span class=\"small\">(") +
                         span(t.label(QT_TRANSLATE_NOOP("Summary", "clinician: %1"),
                                      QString::number(*line.lineNumberOverride))) +
                         QStringLiteral(")</span>");
            labels << label;
        }
    }
    return labels;
}

QString stopCell(const TherapyLine& line, const PrintText& t)
{
    QString out = line.stopReason == StopReason::Unrecorded ? QString() : span(t.value(line.stopReason));
    if (!line.note.trimmed().isEmpty())
        out += (out.isEmpty() ? QString() : QStringLiteral("<br/>")) + QStringLiteral("<span class=\"note\">") +
               esc(line.note.trimmed()) + QStringLiteral("</span>");
    return out;
}

QString medications(const SummaryData& data, const PrintText& t)
{
    if (data.record.medications.isEmpty())
        return {};
    QStringList items;
    for (const Medication& m : data.record.medications) {
        const QString end = m.end.isValid() ? t.date(m.end) : t.label(QT_TRANSLATE_NOOP("Summary", "ongoing")).joined();
        items << esc(m.name) + t.parenthesized(QStringLiteral("%1 – %2").arg(esc(t.date(m.start)), esc(end)));
    }
    return QStringLiteral("<p><b>") + span(t.label(QT_TRANSLATE_NOOP("Summary", "Concomitant medications:"))) +
           QStringLiteral("</b> ") + items.join(t.semicolon()) + QStringLiteral("</p>\n");
}

/** One analyte's row: latest value and date, the previous one, the upper limit of normal. */
QString markerRow(const QList<MarkerResult>& results, const PrintText& t)
{
    const MarkerResult& last = results.last();
    const MarkerInfo* info = t.knowledge().marker(last.analyte);
    auto value = [&](const MarkerResult& m) {
        return QStringLiteral("<b>%1</b> %2").arg(esc(t.measurement(m.value)), esc(m.unit));
    };
    QStringList cells{QStringLiteral("<b>%1</b>").arg(esc(info ? info->label : last.analyte)), value(last),
                      esc(t.date(last.date))};
    if (results.size() > 1) {
        const MarkerResult& previous = results.at(results.size() - 2);
        cells << value(previous).remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"))
              << esc(t.date(previous.date));
    } else {
        cells << QString() << QString();
    }
    cells << (last.uln ? esc(t.measurement(*last.uln) + QLatin1Char(' ') + last.unit) : QString());
    return row(cells, {2, 4});
}

}  // namespace

QString lines(const SummaryData& data, const PrintText& t)
{
    QString out = heading(t.label(QT_TRANSLATE_NOOP("Summary", "Lines of therapy")));
    const QList<TherapyLine>& therapies = data.record.therapies;
    if (therapies.isEmpty())
        return out + note(t.label(QT_TRANSLATE_NOOP("Summary", "No lines of therapy recorded."))) +
               medications(data, t);
    out += gridTable(true);  // the lines of therapy are read as a whole: never split across pages (issue 14)
    out += headerRow({t.label(QT_TRANSLATE_NOOP("Summary", "Line")), t.label(QT_TRANSLATE_NOOP("Summary", "Drugs")),
                      t.label(QT_TRANSLATE_NOOP("Summary", "Start")), t.label(QT_TRANSLATE_NOOP("Summary", "End")),
                      t.label(QT_TRANSLATE_NOOP("Summary", "Months")),
                      t.label(QT_TRANSLATE_NOOP("Summary", "Stop reason")),
                      t.label(QT_TRANSLATE_NOOP("Summary", "Best response"))},
                     {9, 30, 12, 12, 8, 16, 13});
    const QStringList labels = lineLabels(therapies, t);
    for (int i = 0; i < therapies.size(); ++i) {
        const TherapyLine& line = therapies[i];
        const QString end = line.end.isValid()
                                ? esc(t.date(line.end))
                                : QStringLiteral("<i>") + span(t.label(QT_TRANSLATE_NOOP("Summary", "ongoing"))) +
                                      QStringLiteral("</i>");
        const QDate until = line.end.isValid() ? line.end : data.asOf;
        out += row({labels[i], span(t.drugs(line.drugs)), esc(t.date(line.start)), end,
                    esc(t.number(monthsBetween(line.start, until), 1)), stopCell(line, t),
                    line.bestResponse == BestResponse::Unrecorded ? QString() : span(t.value(line.bestResponse))},
                   {2, 3});
    }
    return out + QStringLiteral("</table>\n") + medications(data, t);
}

QString markers(const SummaryData& data, const PrintText& t)
{
    QString out = heading(t.label(QT_TRANSLATE_NOOP("Summary", "Tumour markers")));
    if (!showsMarkerChart(data))
        return out + note(t.label(QT_TRANSLATE_NOOP("Summary", "No tumour marker results.")));
    out += figure(kMarkerFigure, data);
    // The latest result of each analyte, in the order the analytes first appear.
    QStringList order;
    QHash<QString, QList<MarkerResult>> byAnalyte;
    for (const MarkerResult& m : data.record.markers) {
        if (!byAnalyte.contains(m.analyte))
            order << m.analyte;
        byAnalyte[m.analyte] << m;
    }
    out += gridTable();
    out += headerRow({t.label(QT_TRANSLATE_NOOP("Summary", "Marker")), t.label(QT_TRANSLATE_NOOP("Summary", "Latest")),
                      t.label(QT_TRANSLATE_NOOP("Summary", "Date")), t.label(QT_TRANSLATE_NOOP("Summary", "Previous")),
                      t.label(QT_TRANSLATE_NOOP("Summary", "Date")), t.label(QT_TRANSLATE_NOOP("Summary", "ULN"))},
                     {14, 18, 17, 18, 17, 16});
    for (const QString& analyte : order) {
        QList<MarkerResult>& results = byAnalyte[analyte];
        std::stable_sort(results.begin(), results.end(),
                         [](const MarkerResult& a, const MarkerResult& b) { return a.date < b.date; });
        out += markerRow(results, t);
    }
    return out + QStringLiteral("</table>\n");
}

QString genetics(const SummaryData& data, const PrintText& t)
{
    QString out = heading(t.label(QT_TRANSLATE_NOOP("Summary", "Genetic results")));
    if (data.record.genomics.isEmpty())
        return out + note(t.label(QT_TRANSLATE_NOOP("Summary", "No genetic results recorded.")));
    out += gridTable();
    out +=
        headerRow({t.label(QT_TRANSLATE_NOOP("Summary", "Gene")), t.label(QT_TRANSLATE_NOOP("Summary", "Variant")),
                   t.label(QT_TRANSLATE_NOOP("Summary", "Result")), t.label(QT_TRANSLATE_NOOP("Summary", "Specimen")),
                   t.label(QT_TRANSLATE_NOOP("Summary", "Origin")), t.label(QT_TRANSLATE_NOOP("Summary", "VAF")),
                   t.label(QT_TRANSLATE_NOOP("Summary", "Assay")), t.label(QT_TRANSLATE_NOOP("Summary", "Date"))},
                  {8, 11, 11, 13, 10, 7, 27, 13});
    for (const GeneticResult& g : data.record.genomics) {
        const QString result = g.result == GeneticOutcome::Mutated
                                   ? QStringLiteral("<b>") + span(t.value(g.result)) + QStringLiteral("</b>")
                                   : span(t.value(g.result));
        // An unrecorded origin counts as somatic (case format); it is printed as not recorded.
        out += row({QStringLiteral("<b>%1</b>").arg(esc(g.gene)), esc(g.variant), result,
                    g.specimen == Specimen::Unrecorded ? QString() : span(t.value(g.specimen)),
                    g.origin == Origin::Unrecorded ? QString() : span(t.value(g.origin)), esc(t.percent(g.vafPercent)),
                    esc(g.assay), esc(t.date(g.date))},
                   {7});
    }
    return out + QStringLiteral("</table>\n");
}

}  // namespace onco::report::sections
