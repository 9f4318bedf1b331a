#pragma once

#include "core/report/PrintLanguage.h"

#include <QString>
#include <QStringList>

namespace onco::report::html {

/** HTML-escaped text. */
QString esc(const QString& text);
/** A print string on one line: the primary text, then the English text in a muted span (bilingual print). */
QString span(const PrintString& text);
/** A print string as a block: the English text on its own line (bilingual sentences). */
QString block(const PrintString& text);
/** The text, or an em dash when it is empty. */
QString orDash(const QString& htmlText);
/** A section heading. */
QString heading(const PrintString& text);
/** The start of a full-width table with row rules (close with </table>). A table kept whole (`keepWhole`) moves
 *  to the next page rather than break between its rows (when it fits on a page). */
QString gridTable(bool keepWhole = false);
/** The class that marks a table kept whole. */
inline constexpr char kKeepWholeClass[] = "grid keep";
/** A table header row from labels. `widths` are percentages (0: automatic), one per column or empty. */
QString headerRow(const QList<PrintString>& labels, const QList<int>& widths = {});
/** A table row from ready HTML cells; the cells of `nowrap` (column indexes) never wrap (dates). */
QString row(const QStringList& cells, const QList<int>& nowrap = {});
/** A key/value grid (label, value, label, value …) of `columns` pairs per row. */
QString grid(const QList<QPair<PrintString, QString>>& items, int pairsPerRow, const QList<int>& widths);
/** A muted paragraph (e.g. "no results"). */
QString note(const PrintString& text);

}  // namespace onco::report::html
