#pragma once

#include <QRectF>

#include <functional>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace onco {

/**
 * Draws `draw` into `target` of `painter` with the proportions it has on screen. The course views are laid out in
 * screen pixels (96 per inch) with fonts in points; on a device of another resolution (a printer, a PDF writer)
 * fonts would be resolved at the device's resolution while the layout stays in pixels, so text would outgrow its
 * place. There the drawing is made on an image at the device's resolution (at most 4× the screen's) and that image
 * is drawn into `target`. On a 96-dpi device (screen, QImage) `draw` paints directly.
 */
void paintAtScreenScale(QPainter* painter, const QRectF& target,
                        const std::function<void(QPainter*, const QRectF&)>& draw);

}  // namespace onco
