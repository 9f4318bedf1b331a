#include "ui/course/ScreenScale.h"

#include <QImage>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace onco {

void paintAtScreenScale(QPainter* painter, const QRectF& target,
                        const std::function<void(QPainter*, const QRectF&)>& draw)
{
    const QPaintDevice* device = painter->device();
    const double dpi = device ? device->logicalDpiX() : 96.0;
    if (std::abs(dpi - 96.0) < 0.5) {
        draw(painter, target);
        return;
    }
    const double ratio = std::clamp(dpi / 96.0, 1.0, 4.0);
    const QSizeF logical = target.size() * (96.0 / dpi);
    QImage image((logical * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        draw(&p, QRectF(QPointF(0, 0), logical));
    }
    painter->drawImage(target, image);
}

}  // namespace onco
