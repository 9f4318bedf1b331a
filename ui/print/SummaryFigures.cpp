#include "ui/print/SummaryFigures.h"

#include "core/i18n/Language.h"
#include "ui/print/PrintFonts.h"

#include <QCoreApplication>
#include <QPainter>

namespace onco {

QImage placeholderFigure(const FigureRequest& request, const char* title)
{
    QImage image(request.pixelSize, QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(kFigureDpi / 0.0254));
    image.setDotsPerMeterY(qRound(kFigureDpi / 0.0254));
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const double mm = kFigureDpi / 25.4;
    const QRectF frame = QRectF(image.rect()).adjusted(0.5 * mm, 0.5 * mm, -0.5 * mm, -0.5 * mm);
    p.setPen(QPen(QColor(0x8a, 0x96, 0xa3), 0.25 * mm, Qt::DashLine));
    p.setBrush(QColor(0xf5, 0xf7, 0xf9));
    p.drawRoundedRect(frame, 1.5 * mm, 1.5 * mm);

    const char* const pending = QT_TRANSLATE_NOOP("Summary", "This figure is not available in this version.");
    QStringList lines{request.text.primary().translate("Summary", title) + QStringLiteral(" — ") +
                      request.text.primary().translate("Summary", pending)};
    if (const Language* second = request.text.secondary())
        lines << second->translate("Summary", title) + QStringLiteral(" — ") + second->translate("Summary", pending);
    p.setPen(QColor(0x5a, 0x5a, 0x5a));
    p.setFont(printFont(8.0, kFigureDpi));
    p.drawText(frame, Qt::AlignCenter | Qt::TextWordWrap, lines.join(QLatin1Char('\n')));
    return image;
}

}  // namespace onco
