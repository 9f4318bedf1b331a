#pragma once

#include "ui/timeline/TimelineData.h"

#include <QColor>
#include <QGraphicsItem>
#include <QPointF>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace onco {

namespace timeline {

/** The colour of a symbol. */
QColor symbolColor(TimelineSymbol symbol);
/** Draws a symbol centred on `center`, `size` pixels across (shared by the scene and the legend). */
void paintSymbol(QPainter* painter, TimelineSymbol symbol, const QPointF& center, double size);

}  // namespace timeline

/** A clickable symbol of the event or genetics lane. */
class TimelineSymbolItem : public QGraphicsItem
{
public:
    TimelineSymbolItem(TimelineSymbol symbol, double size, QGraphicsItem* parent = nullptr);
    TimelineSymbol symbol() const { return m_symbol; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    TimelineSymbol m_symbol;
    double m_size;
};

}  // namespace onco
