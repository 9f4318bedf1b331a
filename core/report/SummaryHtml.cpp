#include "core/report/SummaryHtml.h"

#include "core/report/HtmlText.h"
#include "core/report/SummaryLayout.h"
#include "core/report/SummarySections.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace onco::report {

namespace {

// Qt rich text understands this subset of CSS. Sizes in pt (scaled by `scale`) print the same at any resolution.
QString styleSheet(double scale)
{
    // Never below kMinPrintPointSize, however much a long summary is scaled down (issue 14).
    auto pt = [scale](double size) {
        return QString::number(std::max(layout::kMinPrintPointSize, size * scale), 'f', 2) + QStringLiteral("pt");
    };
    return QStringLiteral(R"(
body { font-size: %1; }
h2 { font-size: %2; font-weight: bold; color: #1d3a57; background-color: #e4ecf4; margin-top: 5px; margin-bottom: 2px; }
h3 { font-size: %1; font-weight: bold; color: #1d3a57; margin-top: 4px; margin-bottom: 1px; }
p { margin-top: 1px; margin-bottom: 1px; }
.en { color: #505050; font-size: %3; }
.muted { color: #5a5a5a; }
.stale { color: #8a4b00; font-weight: bold; }
.small { font-size: %3; }
.note { color: #5a5a5a; font-size: %3; }
.code { color: #4a5a6a; font-size: %3; }
table.kv td.k { color: #3c4a58; }
table.grid { border-collapse: collapse; }
table.grid th { text-align: left; font-weight: bold; background-color: #eef1f4; border-bottom: 1px solid #8a96a3; }
table.grid td { border-bottom: 1px solid #d3d8de; }
td.d { white-space: nowrap; }
.met { color: #1b6e2d; font-weight: bold; }
.notmet { color: #a4161a; font-weight: bold; }
.unknown { color: #8a5a00; font-weight: bold; }
.option { color: #1b6e2d; font-weight: bold; }
.notoption { color: #a4161a; font-weight: bold; }
.needsinfo { color: #8a5a00; font-weight: bold; }
table.cards { border-collapse: collapse; }
table.cards td { border-left: 1px solid #8a96a3; border-right: 1px solid #8a96a3; padding-left: 4px; }
table.cards td.first { border-top: 1px solid #8a96a3; }
table.cards td.last { border-bottom: 1px solid #8a96a3; }
table.cards td.one { border: 1px solid #8a96a3; }
.drug { font-size: %4; }
.flag { color: #8a5a00; font-weight: bold; }
)")
        .arg(pt(8.5), pt(9.5), pt(7.5), pt(9.0));
}
}  // namespace

bool showsTimeline(const SummaryData& data)
{
    return !data.record.events.isEmpty() || !data.record.therapies.isEmpty() || data.record.diagnosis.has_value();
}

bool showsMarkerChart(const SummaryData& data)
{
    return !data.record.markers.isEmpty();
}

QString summaryHtml(const SummaryData& data, const PrintText& text, double scale)
{
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"/><style>") + styleSheet(scale) +
                   QStringLiteral("</style></head><body>\n");
    html += sections::identity(data, text);
    html += sections::verdict(data, text);  // page 1, under the identity block (issue 14)
    html += sections::diagnosis(data, text);
    html += sections::course(data, text);
    // The genetic results (a short table that breaks between rows) right after the course, so a marker chart that
    // does not fit under them leaves little room empty; then the markers, the lines (kept whole) and the assessment.
    html += sections::genetics(data, text);
    html += sections::markers(data, text);
    html += sections::lines(data, text);
    html += sections::assessment(data, text);
    return html + QStringLiteral("</body></html>\n");
}

namespace {

/** Where the `index`-th match of `pattern` starts in `html`, or -1. */
qsizetype nthMatch(const QString& html, const QRegularExpression& pattern, int index, qsizetype from = 0)
{
    auto it = pattern.globalMatch(html, from);
    for (int i = 0; it.hasNext(); ++i) {
        const auto match = it.next();
        if (i == index)
            return match.capturedStart();
    }
    return -1;
}

const QString kBreakStyle = QStringLiteral(" style=\"page-break-before: always\"");

}  // namespace

QString withPageBreak(const QString& html, const PageBreak& pageBreak)
{
    if (pageBreak.kind == PageBreak::Kind::Heading) {
        const qsizetype at = nthMatch(html, QRegularExpression(QStringLiteral("<h[23]")), pageBreak.index);
        return at < 0 ? html : QString(html).insert(at + 3, kBreakStyle);
    }
    const qsizetype table = nthMatch(html, QRegularExpression(QStringLiteral("<table\\b")), pageBreak.index);
    if (table < 0)
        return html;
    const qsizetype openEnd = html.indexOf(QLatin1Char('>'), table);
    if (pageBreak.row == 0)
        return openEnd < 0 || html.mid(table, openEnd - table).contains(kBreakStyle)
                   ? html
                   : QString(html).insert(openEnd, kBreakStyle);
    const qsizetype tableEnd = html.indexOf(QStringLiteral("</table>"), table);
    const qsizetype row = nthMatch(html, QRegularExpression(QStringLiteral("<tr\\b")), pageBreak.row, table);
    if (openEnd < 0 || tableEnd < 0 || row < 0 || row > tableEnd)
        return html;
    // The continuation: the same table tag with a page break, and the header rows again.
    QString continuation = html.mid(table, openEnd - table).remove(kBreakStyle) + kBreakStyle + QLatin1Char('>');
    const qsizetype head = html.indexOf(QStringLiteral("<thead>"), openEnd);
    const qsizetype headEnd = html.indexOf(QStringLiteral("</thead>"), openEnd);
    if (head >= 0 && headEnd >= 0 && headEnd < row)
        continuation += html.mid(head, headEnd + 8 - head);
    return QString(html).insert(row, QStringLiteral("</table>\n") + continuation + QLatin1Char('\n'));
}

PageFurniture pageFurniture(const SummaryData& data, const PrintText& t)
{
    const Patient& p = data.record.patient;
    PageFurniture f;
    f.hospital = data.hospital;
    f.title = t.label(QT_TRANSLATE_NOOP("Summary", "Patient summary")).joined();

    QStringList names;
    if (t.language() == PrintLanguage::English)
        names << p.nameLatin << p.name;
    else
        names << p.name << p.nameLatin;
    names.removeAll(QString());
    names << t.label(QT_TRANSLATE_NOOP("Summary", "MRN %1"), p.mrn).joined();
    f.patient = names.join(QStringLiteral(" · "));

    QStringList printed;
    if (data.asOf != data.printedOn)
        printed << t.label(QT_TRANSLATE_NOOP("Summary", "As of %1"), t.date(data.asOf)).joined();
    printed << t.label(QT_TRANSLATE_NOOP("Summary", "Printed %1"), t.date(data.printedOn)).joined();
    printed << t.label(QT_TRANSLATE_NOOP("Summary", "by %1"), data.printedBy).joined();
    f.printed = printed.join(QStringLiteral(" · "));

    f.disclaimer = t.label(QT_TRANSLATE_NOOP("Summary", "For clinical review — not a prescription.")).joined();
    QString program = QStringLiteral("OncoCase");
    if (!QCoreApplication::applicationVersion().isEmpty())
        program += QLatin1Char(' ') + QCoreApplication::applicationVersion();
    f.source = program + QStringLiteral(" · ") +
               t.label(QT_TRANSLATE_NOOP("Summary", "Knowledge data %1"), data.knowledgeVersion).joined();
    // %1 and %2 stay placeholders for the page numbers.
    f.pageFormat = t.label(QT_TRANSLATE_NOOP("Summary", "Page %1 of %2")).joined();
    return f;
}

}  // namespace onco::report
