#include "ui/print/PrintFonts.h"

#include <QStringList>

namespace onco {

QFont printFont(double pointSize, double dpi, bool bold)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setStyleHint(QFont::SansSerif);
    // A QImage reports 96 dpi to the font engine unless the size is given in pixels.
    if (dpi > 0)
        font.setPixelSize(qMax(1, qRound(pointSize * dpi / 72.0)));
    else
        font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

}  // namespace onco
