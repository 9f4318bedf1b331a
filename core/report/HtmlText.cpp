#include "core/report/HtmlText.h"

namespace onco::report::html {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString span(const PrintString& text)
{
    if (text.secondary.isEmpty())
        return esc(text.primary);
    return esc(text.primary) + QStringLiteral(" <span class=\"en\">") + esc(text.secondary) + QStringLiteral("</span>");
}

QString block(const PrintString& text)
{
    if (text.secondary.isEmpty())
        return esc(text.primary);
    return esc(text.primary) + QStringLiteral("<br/><span class=\"en\">") + esc(text.secondary) +
           QStringLiteral("</span>");
}

QString orDash(const QString& htmlText)
{
    return htmlText.trimmed().isEmpty() ? QStringLiteral("—") : htmlText;
}

QString heading(const PrintString& text)
{
    return QStringLiteral("<h2>") + span(text) + QStringLiteral("</h2>\n");
}

QString gridTable(bool keepWhole)
{
    return QStringLiteral("<table class=\"%1\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">\n")
        .arg(keepWhole ? QLatin1String(kKeepWholeClass) : QLatin1String("grid"));
}

QString headerRow(const QList<PrintString>& labels, const QList<int>& widths)
{
    QString out = QStringLiteral("<thead><tr>");
    for (int i = 0; i < labels.size(); ++i) {
        const int width = widths.value(i);
        out += width > 0 ? QStringLiteral("<th width=\"%1%\">").arg(width) : QStringLiteral("<th>");
        out += span(labels[i]) + QStringLiteral("</th>");
    }
    return out + QStringLiteral("</tr></thead>\n");
}

QString row(const QStringList& cells, const QList<int>& nowrap)
{
    QString out = QStringLiteral("<tr>");
    for (int i = 0; i < cells.size(); ++i)
        out += (nowrap.contains(i) ? QStringLiteral("<td class=\"d\">") : QStringLiteral("<td>")) + orDash(cells[i]) +
               QStringLiteral("</td>");
    return out + QStringLiteral("</tr>\n");
}

QString grid(const QList<QPair<PrintString, QString>>& items, int pairsPerRow, const QList<int>& widths)
{
    QString out = QStringLiteral("<table class=\"kv\" width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">\n");
    for (int i = 0; i < items.size(); i += pairsPerRow) {
        out += QStringLiteral("<tr>");
        for (int j = 0; j < pairsPerRow; ++j) {
            const int k = i + j;
            const int labelWidth = widths.value(2 * j);
            const int valueWidth = widths.value(2 * j + 1);
            const QString lw = labelWidth > 0 ? QStringLiteral(" width=\"%1%\"").arg(labelWidth) : QString();
            const QString vw = valueWidth > 0 ? QStringLiteral(" width=\"%1%\"").arg(valueWidth) : QString();
            if (k < items.size())
                out += QStringLiteral("<td class=\"k\" valign=\"middle\"%1>%2</td><td valign=\"middle\"%3>%4</td>")
                           .arg(lw, span(items[k].first), vw, orDash(items[k].second));
            else
                out += QStringLiteral("<td%1></td><td%2></td>").arg(lw, vw);
        }
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

QString note(const PrintString& text)
{
    return QStringLiteral("<p class=\"muted\">") + span(text) + QStringLiteral("</p>\n");
}

}  // namespace onco::report::html
