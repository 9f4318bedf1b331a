#include "ui/timeline/TimelineSymbols.h"

#include "ui/course/CoursePalette.h"

#include <QCursor>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <cmath>
#include <numbers>

namespace onco {

namespace timeline {

QColor symbolColor(TimelineSymbol symbol)
{
    switch (symbol) {
    case TimelineSymbol::Diagnosis:
        return palette::diagnosis();
    case TimelineSymbol::Biopsy:
        return palette::diagnosis();
    case TimelineSymbol::Surgery:
        return palette::surgery();
    case TimelineSymbol::Radiotherapy:
        return palette::radiotherapy();
    case TimelineSymbol::Recurrence:
        return palette::recurrence();
    case TimelineSymbol::Progression:
        return palette::progression();
    case TimelineSymbol::MarkerOnlyProgression:
        return QColor(0x99, 0x99, 0x99);
    case TimelineSymbol::Response:
        return palette::response();
    case TimelineSymbol::Death:
        return palette::death();
    case TimelineSymbol::Other:
        return QColor(0x77, 0x77, 0x77);
    case TimelineSymbol::Esr1Mutated:
        return palette::esr1Mutated();
    case TimelineSymbol::GeneticResult:
        return palette::geneticOther();
    }
    return Qt::black;
}

void paintSymbol(QPainter* painter, TimelineSymbol symbol, const QPointF& c, double size)
{
    const double r = size / 2;
    const QColor color = symbolColor(symbol);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color.darker(120), 1.2));
    painter->setBrush(color);
    const auto polygon = [&](std::initializer_list<QPointF> pts) { painter->drawPolygon(QPolygonF(pts)); };
    switch (symbol) {
    case TimelineSymbol::Diagnosis: {  // five-pointed star
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double a = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
            const double rr = i % 2 ? r * 0.45 : r;
            star << c + QPointF(rr * std::cos(a), rr * std::sin(a));
        }
        painter->drawPolygon(star);
        break;
    }
    case TimelineSymbol::Biopsy:
        painter->setBrush(Qt::white);
        painter->drawEllipse(c, r * 0.75, r * 0.75);
        painter->drawLine(c + QPointF(-r * 0.35, 0), c + QPointF(r * 0.35, 0));
        break;
    case TimelineSymbol::Surgery:
        painter->drawRect(QRectF(c.x() - r * 0.8, c.y() - r * 0.8, r * 1.6, r * 1.6));
        break;
    case TimelineSymbol::Radiotherapy:  // hexagon
        polygon({c + QPointF(-r, 0), c + QPointF(-r / 2, -r * 0.87), c + QPointF(r / 2, -r * 0.87), c + QPointF(r, 0),
                 c + QPointF(r / 2, r * 0.87), c + QPointF(-r / 2, r * 0.87)});
        break;
    case TimelineSymbol::Recurrence:  // diamond
        polygon({c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r), c + QPointF(-r, 0)});
        break;
    case TimelineSymbol::Progression:  // upward triangle
        polygon({c + QPointF(0, -r), c + QPointF(r, r * 0.8), c + QPointF(-r, r * 0.8)});
        break;
    case TimelineSymbol::MarkerOnlyProgression:  // hollow, dashed triangle
        painter->setBrush(Qt::white);
        painter->setPen(QPen(color, 1.3, Qt::DashLine));
        polygon({c + QPointF(0, -r), c + QPointF(r, r * 0.8), c + QPointF(-r, r * 0.8)});
        break;
    case TimelineSymbol::Response:
        painter->drawEllipse(c, r * 0.85, r * 0.85);
        break;
    case TimelineSymbol::Death: {  // cross
        painter->setPen(QPen(color, 2.4, Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(c + QPointF(-r * 0.8, -r * 0.8), c + QPointF(r * 0.8, r * 0.8));
        painter->drawLine(c + QPointF(r * 0.8, -r * 0.8), c + QPointF(-r * 0.8, r * 0.8));
        break;
    }
    case TimelineSymbol::Other:
        painter->setBrush(Qt::white);
        painter->drawRect(QRectF(c.x() - r * 0.6, c.y() - r * 0.6, r * 1.2, r * 1.2));
        break;
    case TimelineSymbol::Esr1Mutated:  // filled diamond, larger, with a ring
        polygon({c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r), c + QPointF(-r, 0)});
        break;
    case TimelineSymbol::GeneticResult:
        painter->setBrush(Qt::white);
        polygon({c + QPointF(0, -r * 0.8), c + QPointF(r * 0.8, 0), c + QPointF(0, r * 0.8), c + QPointF(-r * 0.8, 0)});
        break;
    }
    painter->restore();
}

}  // namespace timeline

TimelineSymbolItem::TimelineSymbolItem(TimelineSymbol symbol, double size, QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , m_symbol(symbol)
    , m_size(size)
{
    setAcceptHoverEvents(true);
    setCursor(QCursor(Qt::PointingHandCursor));
}

QRectF TimelineSymbolItem::boundingRect() const
{
    const double r = m_size / 2 + 2;
    return QRectF(-r, -r, 2 * r, 2 * r);
}

void TimelineSymbolItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    timeline::paintSymbol(painter, m_symbol, QPointF(0, 0), m_size);
}

}  // namespace onco
