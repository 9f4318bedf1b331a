// Disease course, lines of therapy, tumour markers, genetics.
#include "core/report/HtmlText.h"
#include "core/report/SummaryHtml.h"
#include "core/report/SummaryLayout.h"
#include "core/report/SummarySections.h"

#include <QCoreApplication>

#include <cmath>

namespace onco::report::sections {

using namespace html;

PrintString joinList(const QList<PrintString>& items, const PrintText& t)
{
    QStringList primary, secondary;
    for (const PrintString& s : items) {
        primary << s.primary;
        secondary << (s.secondary.isEmpty() ? s.primary : s.secondary);
    }
    const bool chineseFirst = t.language() != PrintLanguage::English;
    PrintString out{primary.join(chineseFirst ? QStringLiteral("、") : QStringLiteral(", ")), {}};
    if (t.isBilingual()) {
        const QString english = secondary.join(QStringLiteral(", "));
        if (english != out.primary)
            out.secondary = english;
    }
    return out;
}

namespace {

QString eventDetails(const DiseaseEvent& e, const PrintText& t)
{
    QStringList parts;
    if (e.extent != Extent::Unrecorded)
        parts << span(t.value(e.extent));
    if (!e.sites.isEmpty()) {
        QList<PrintString> sites;
        for (Site s : e.sites)
            sites << t.value(s);
        parts << span(joinList(sites, t));
    }
    if (e.evidence != Evidence::Unrecorded)
        parts << span(t.label(QT_TRANSLATE_NOOP("Summary", "evidence: %1"), t.value(e.evidence).joined()));
    return parts.join(t.semicolon());
}

}  // namespace

double monthsBetween(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    return std::round(from.daysTo(to) / 30.4375 * 10.0) / 10.0;
}

QString figure(const FigureSlot& slot, const SummaryData& data)
{
    const double height = data.figureHeightMm.value(QString::fromLatin1(slot.name), slot.sizeMm.height());
    return QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>\n")
        .arg(slot.url())
        .arg(qRound(slot.sizeMm.width() * layout::kCssPxPerMm))
        .arg(qRound(height * layout::kCssPxPerMm));
}

QString course(const SummaryData& data, const PrintText& t)
{
    QString out = heading(t.label(QT_TRANSLATE_NOOP("Summary", "Disease course")));
    if (showsTimeline(data))
        out += figure(kTimelineFigure, data);
    if (data.record.events.isEmpty())
        return out + note(t.label(QT_TRANSLATE_NOOP("Summary", "No events recorded.")));
    out += gridTable();
    out += headerRow({t.label(QT_TRANSLATE_NOOP("Summary", "Date")), t.label(QT_TRANSLATE_NOOP("Summary", "Event")),
                      t.label(QT_TRANSLATE_NOOP("Summary", "Details")), t.label(QT_TRANSLATE_NOOP("Summary", "Note"))},
                     {13, 14, 36, 37});
    for (const DiseaseEvent& e : data.record.events)
        out += row({esc(t.date(e.date)), span(t.value(e.type)), eventDetails(e, t),
                    QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(e.note))},
                   {0});
    return out + QStringLiteral("</table>\n");
}

}  // namespace onco::report::sections
