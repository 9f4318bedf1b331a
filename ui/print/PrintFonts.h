#pragma once

#include <QFont>

namespace onco {

/**
 * The font of printed text: DejaVu Sans first, so Latin letters and digits come from it and survive text
 * extraction, then Noto Sans CJK SC for Chinese (toolchain.md §6). `pointSize` is scaled to `dpi` so the font can
 * be used on a painter whose device has another resolution (e.g. a QImage). Never call QFontInfo::exactMatch() on
 * it: Qt 6.4 crashes on fonts with several families.
 */
QFont printFont(double pointSize, double dpi = 0, bool bold = false);

}  // namespace onco
