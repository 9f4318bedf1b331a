// The lanes' contents: therapy bars packed into rows, event and genetic marks with labels, marker sparklines.
#include "ui/timeline/TimelineItems.h"
#include "ui/timeline/TimelineScene.h"
#include "ui/timeline/TimelineSymbols.h"

#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace onco {

namespace {

constexpr double kBarHeight = 22;
constexpr double kBarGap = 4;
constexpr double kRightMarginForLabels = 12;

QString tx(const Language& language, const char* source)
{
    return language.translate("Timeline", source);
}

}  // namespace

TimelineScene::BarRows TimelineScene::packBars() const
{
    // Greedy rows: a bar goes on the first row whose last bar ended on or before its start.
    BarRows packed;
    QList<QDate> rowEnds;
    for (const TimelineBar& bar : m_data.bars) {
        int row = 0;
        while (row < rowEnds.size() && rowEnds.at(row) > bar.start)
            ++row;
        if (row == rowEnds.size())
            rowEnds << bar.end;
        else
            rowEnds[row] = bar.end;
        packed.rows << row;
    }
    const int count = std::max<qsizetype>(1, rowEnds.size());
    packed.height = count * kBarHeight + (count - 1) * kBarGap;
    return packed;
}

void TimelineScene::addBars(const BarRows& packed, double top)
{
    for (int i = 0; i < m_data.bars.size(); ++i) {
        const TimelineBar& bar = m_data.bars.at(i);
        const double x1 = xOf(bar.start);
        const double x2 = std::max(xOf(bar.end), x1 + 3);
        double next = xOf(m_end) + kRightMarginForLabels;  // the next bar on the same row, or the end of the axis
        for (int j = i + 1; j < m_data.bars.size(); ++j)
            if (packed.rows.at(j) == packed.rows.at(i)) {
                next = std::min(next, xOf(m_data.bars.at(j).start));
                break;
            }
        auto* item = new TimelineBarItem(bar, QSizeF(x2 - x1, kBarHeight), m_small, next - x2 - 6);
        item->setPos(x1, top + packed.rows.at(i) * (kBarHeight + kBarGap));
        addItem(item);
        tag(item, "bar", bar.ref);
    }
}

TimelineScene::MarkRows TimelineScene::packMarks(const QList<TimelineMark>& marks, int maxRows, double symbolSize) const
{
    // A mark takes the first row free at its symbol, with its label when that fits too; when every row is taken,
    // the symbol alone goes on the row that ends first (the label stays in the tooltip). Highlighted marks (the
    // decisive ESR1 result) are placed first, so theirs is the label that always shows (issue 14).
    const QFontMetricsF fm(m_small);
    QFont bold = m_small;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    MarkRows packed;
    packed.rowHeight = std::max(symbolSize + 5, fm.height() + 3);
    packed.places.resize(marks.size());
    QList<qsizetype> order(marks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_partition(order.begin(), order.end(), [&](qsizetype i) { return marks.at(i).highlight; });
    QList<QList<std::pair<double, double>>> taken;  // per row: the spans taken
    for (qsizetype index : order) {
        const TimelineMark& mark = marks.at(index);
        const double x = xOf(mark.date);
        const double size = mark.highlight ? symbolSize + 3 : symbolSize;
        const double labelWidth = (mark.highlight ? boldMetrics : fm).horizontalAdvance(mark.label);
        // Near the right end of the axis the label goes to the left of its symbol, so it is never cut.
        const bool labelLeft = x + size / 2 + 4 + labelWidth > xOf(m_end) + kRightMarginForLabels;
        const double from = labelLeft ? x - size / 2 - 4 - labelWidth - 2 : x - size / 2 - 2;
        const double to = labelLeft ? x + size / 2 + 6 : x + size / 2 + 4 + labelWidth + 6;
        const auto isFree = [&](int r, double a, double b) {
            return std::none_of(taken[r].begin(), taken[r].end(), [&](const std::pair<double, double>& span) {
                return a < span.second && span.first < b;
            });
        };
        MarkRows::Place p{-1, true, labelLeft};
        for (int r = 0; r < maxRows && p.row < 0; ++r) {
            if (r == taken.size())
                taken << QList<std::pair<double, double>>();
            if (isFree(r, from, to))
                p.row = r;
        }
        if (p.row < 0) {  // the symbol alone, on the first row where it is free (else the first row)
            p.label = false;
            p.row = 0;
            for (int r = 0; r < taken.size(); ++r)
                if (isFree(r, x - size / 2 - 2, x + size / 2 + 2)) {
                    p.row = r;
                    break;
                }
        }
        taken[p.row] << (p.label ? std::pair{from, to} : std::pair{x - size / 2 - 2, x + size / 2 + 2});
        packed.places[index] = p;
    }
    packed.height = std::max<qsizetype>(1, taken.size()) * packed.rowHeight;
    return packed;
}

void TimelineScene::addMarks(const QList<TimelineMark>& marks, const MarkRows& packed, double top, double symbolSize,
                             const char* kind)
{
    for (int i = 0; i < marks.size(); ++i) {
        const TimelineMark& mark = marks.at(i);
        const double y = top + packed.places.at(i).row * packed.rowHeight + packed.rowHeight / 2;
        auto* symbol = new TimelineSymbolItem(mark.symbol, mark.highlight ? symbolSize + 3 : symbolSize);
        symbol->setPos(xOf(mark.date), y);
        symbol->setToolTip(mark.details);
        symbol->setZValue(2);
        addItem(symbol);
        tag(symbol, kind, mark.ref);
        if (!packed.places.at(i).label)
            continue;
        auto* label = new QGraphicsSimpleTextItem(mark.label, symbol);  // a click on it opens the record too
        QFont f = m_small;
        f.setBold(mark.highlight);
        label->setFont(f);
        label->setBrush(mark.highlight ? timeline::symbolColor(mark.symbol) : QColor(0x33, 0x33, 0x33));
        label->setToolTip(mark.details);
        const QRectF r = label->boundingRect();
        label->setPos(packed.places.at(i).labelLeft ? -symbolSize / 2 - 4 - r.width() : symbolSize / 2 + 4,
                      -r.height() / 2);
    }
}

void TimelineScene::addSparks(const QRectF& lane, const Language& language)
{
    if (m_data.markers.isEmpty())
        return;
    const double top = lane.top() + 8;
    const double bottom = lane.bottom() - 6;
    double maxRatio = 1.2;
    for (const TimelineSpark& s : m_data.markers)
        for (double r : s.ratios)
            maxRatio = std::max(maxRatio, r);
    maxRatio *= 1.08;
    const auto yOf = [&](double ratio) { return bottom - ratio / maxRatio * (bottom - top); };
    const bool anyUln = std::any_of(m_data.markers.begin(), m_data.markers.end(),
                                    [](const TimelineSpark& s) { return s.relativeToUln; });
    if (anyUln) {  // 1 × ULN
        const double y = yOf(1.0);
        auto* uln = addLine(m_labelWidth, y, lane.right(), y, QPen(QColor(0x80, 0x80, 0x80), 1, Qt::DashLine));
        uln->setZValue(-2);
        auto* label = addSimpleText(tx(language, QT_TRANSLATE_NOOP("Timeline", "ULN")), m_small);
        label->setBrush(QColor(0x66, 0x66, 0x66));
        label->setPos(lane.right() - label->boundingRect().width() - 4, y - label->boundingRect().height());
        label->setZValue(-1);
    }
    for (const TimelineSpark& s : m_data.markers) {
        QList<QPointF> points;
        for (int i = 0; i < s.dates.size(); ++i)
            points << QPointF(xOf(s.dates.at(i)), yOf(s.ratios.at(i)));
        auto* item = new TimelineSparkItem(s, points);
        item->setZValue(3);
        addItem(item);
        tag(item, "spark", TimelineRef{TimelineEntity::MarkerResult, 0, -1});
    }
}

}  // namespace onco
