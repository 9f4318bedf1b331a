// The graphics items drawn over the marker chart: therapy bands with their labels, progression lines, the ULN and
// nadir labels, the log axes' labels, and the empty-state text. Positions follow the plot area and the part of the
// time axis shown.
#include "ui/charts/MarkerChart.h"
#include "ui/course/CoursePalette.h"

#include <QBrush>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QPen>
#include <QScatterSeries>
#include <QXYSeries>

#include <algorithm>
#include <cmath>
#include <limits>

namespace onco {

namespace {

constexpr int kLabelRows = 2;
constexpr double kBandZ = 0.5;  // above the chart background, below the grid (Qt Charts: grid 2, series 4)
constexpr double kMarkZ = 3.5;
constexpr double kLabelZ = 6;
constexpr double kAxisLabelGap = 7;  // between the plot area and a value label (Qt Charts: tick and padding)

QString tx(const Language& language, const char* source)
{
    return language.translate("MarkerChart", source);
}

/** A label drawn on a light halo, so it stays readable over bands, grid and lines. */
class HaloText : public QGraphicsSimpleTextItem
{
public:
    HaloText(const QString& text, QGraphicsItem* parent)
        : QGraphicsSimpleTextItem(text, parent)
    {}
    QRectF boundingRect() const override { return QGraphicsSimpleTextItem::boundingRect().adjusted(-2, 0, 2, 0); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override
    {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 200));
        painter->drawRoundedRect(boundingRect(), 2, 2);
        QGraphicsSimpleTextItem::paint(painter, option, widget);
    }
};

QFont smallFont(const QFont& base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.9);
    return f;
}

}  // namespace

QList<QGraphicsItem*> MarkerChart::overlayItems(const QString& kind) const
{
    QList<QGraphicsItem*> items;
    for (QGraphicsItem* item : m_overlay)
        if (item->data(KindKey).toString() == kind)
            items << item;
    return items;
}

void MarkerChart::buildOverlay()
{
    const QFont small = smallFont(font());
    const QFontMetricsF fm(small);
    setMargins(QMargins(8, int(kLabelRows * (fm.height() + 2) + 8), 8, 4));
    const auto track = [this](QGraphicsItem* item, const char* kind, qint64 record) {
        item->setData(KindKey, QString::fromLatin1(kind));
        item->setData(RecordKey, record);
        m_overlay << item;
    };
    for (const ChartBand& band : m_data.bands) {
        auto* rect = new QGraphicsRectItem(this);
        QColor fill = band.color;
        fill.setAlpha(band.early ? 90 : 130);
        rect->setBrush(fill);
        rect->setPen(Qt::NoPen);
        rect->setZValue(kBandZ);
        track(rect, "band", band.line.recordIndex);
        if (band.early) {  // adjuvant / neoadjuvant: hatched, to set them apart from advanced lines
            auto* hatch = new QGraphicsRectItem(rect);
            QColor h = palette::groupColor(palette::leadingGroup(band.line));
            h.setAlpha(70);
            hatch->setBrush(QBrush(h, Qt::BDiagPattern));
            hatch->setPen(Qt::NoPen);
        }
        auto* label = new QGraphicsSimpleTextItem(this);
        label->setFont(small);
        label->setBrush(QColor(0x22, 0x22, 0x22));
        label->setToolTip(band.details);
        label->setZValue(kLabelZ);
        track(label, "band-label", band.line.recordIndex);
    }
    for (const ChartMark& mark : m_data.progressions) {
        auto* line = new QGraphicsLineItem(this);
        line->setPen(QPen(palette::progression(), 1.5, Qt::DashLine));
        line->setToolTip(mark.details);
        line->setZValue(kMarkZ);
        track(line, "progression", mark.eventId);
        auto* label = new HaloText(mark.label, this);
        QFont bold = small;
        bold.setBold(true);
        label->setFont(bold);
        label->setBrush(palette::progression());
        label->setToolTip(mark.details);
        label->setZValue(kLabelZ);
        track(label, "progression-label", mark.eventId);
    }
    for (const ChartAnalyte& a : m_data.analytes) {
        if (QLineSeries* uln = m_ulnSeries.value(a.analyte)) {
            auto* label = new HaloText(tx(m_language, QT_TRANSLATE_NOOP("MarkerChart", "ULN %1"))
                                           .arg(m_language.value(uln->points().constLast().y())),
                                       this);
            label->setFont(small);
            label->setBrush(a.color);
            label->setZValue(kLabelZ);
            label->setData(RecordKey + 1, a.analyte);
            track(label, "uln-label", -1);
        }
        if (m_nadirSeries.contains(a.analyte)) {
            const auto& p = a.series.points.at(a.trend.nadir);
            auto* label = new HaloText(
                tx(m_language, QT_TRANSLATE_NOOP("MarkerChart", "nadir %1")).arg(m_language.value(p.result.value)),
                this);
            label->setFont(small);
            label->setBrush(a.color);
            label->setZValue(kLabelZ);
            label->setData(RecordKey + 1, a.analyte);
            track(label, "nadir-label", p.result.id);
        }
    }
}

bool MarkerChart::bandShown(const ChartBand& band, const QRectF& plot) const
{
    return chartXOf(band.end) >= plot.left() && chartXOf(band.start) <= plot.right();
}

void MarkerChart::layoutOverlay()
{
    const QRectF plot = plotArea();
    if (plot.width() <= 0 || plot.height() <= 0)
        return;
    const auto clampX = [&](double x) { return std::clamp(x, plot.left(), plot.right()); };
    int band = 0;
    for (QGraphicsItem* item : overlayItems(QStringLiteral("band"))) {
        const ChartBand& b = m_data.bands.at(band++);
        const double x1 = clampX(chartXOf(b.start));
        const double x2 = clampX(chartXOf(b.end));
        auto* rect = static_cast<QGraphicsRectItem*>(item);
        rect->setRect(x1, plot.top(), std::max(1.5, x2 - x1), plot.height());
        rect->setVisible(bandShown(b, plot));  // zoomed in, a line before or after the part shown is not drawn
        for (QGraphicsItem* child : rect->childItems())
            static_cast<QGraphicsRectItem*>(child)->setRect(rect->rect());
    }
    layoutBandLabels(plot);
    int mark = 0;
    const QList<QGraphicsItem*> labels = overlayItems(QStringLiteral("progression-label"));
    for (QGraphicsItem* item : overlayItems(QStringLiteral("progression"))) {
        const double x = chartXOf(m_data.progressions.at(mark).date);
        const bool inside = x >= plot.left() && x <= plot.right();
        static_cast<QGraphicsLineItem*>(item)->setLine(x, plot.top(), x, plot.bottom());
        item->setVisible(inside);
        // At the foot of the line, where marker values are rarely drawn.
        QGraphicsItem* label = labels.at(mark++);
        const QRectF r = label->boundingRect();
        label->setPos(x + 3 + r.width() > plot.right() ? x - 3 - r.width() : x + 3, plot.bottom() - r.height() - 2);
        label->setVisible(inside);
    }
    layoutValueLabels(plot);
    layoutLogLabels(plot);
    if (m_emptyText) {
        const QRectF r = m_emptyText->boundingRect();
        m_emptyText->setPos(plot.center() - QPointF(r.width() / 2, r.height() / 2));
    }
}

void MarkerChart::layoutValueLabels(const QRectF& plot)
{
    // ULN labels by the right end of their lines, nadir labels beside their points: each takes the first of its
    // candidate places that covers no plotted result, mark or label placed before, else its first place.
    QList<QRectF> taken;
    for (QXYSeries* series : m_valueSeries)
        for (const QPointF& p : series->points())
            if (const QPointF at = mapToPosition(p, series); plot.contains(at))
                taken << QRectF(at - QPointF(5, 5), QSizeF(10, 10));
    for (QXYSeries* series : m_nadirSeries)
        taken << QRectF(mapToPosition(series->points().constFirst(), series) - QPointF(8, 8), QSizeF(16, 16));
    const qsizetype firstLabel = taken.size();  // the labels placed here come after the results and marks
    const auto place = [&](QGraphicsItem* item, const QList<QPointF>& candidates) {
        const QSizeF size = item->boundingRect().size();
        const auto inside = [&](const QPointF& p) {
            return QPointF(std::clamp(p.x(), plot.left(), plot.right() - size.width()),
                           std::clamp(p.y(), plot.top(), plot.bottom() - size.height()));
        };
        // The first free place; when none is free, the one that covers least (another label counts most).
        QPointF chosen = inside(candidates.first());
        double least = std::numeric_limits<double>::max();
        for (const QPointF& c : candidates) {
            const QRectF r(inside(c), size);
            double covered = 0;
            for (qsizetype i = 0; i < taken.size(); ++i) {
                const QRectF overlap = taken[i].intersected(r);
                covered += overlap.width() * overlap.height() * (i >= firstLabel ? 4 : 1);
            }
            if (covered < least) {
                least = covered;
                chosen = r.topLeft();
            }
            if (covered == 0)
                break;
        }
        item->setPos(chosen);
        taken << QRectF(chosen, size);
    };
    for (QGraphicsItem* item : overlayItems(QStringLiteral("uln-label"))) {
        QXYSeries* uln = m_ulnSeries.value(item->data(RecordKey + 1).toString());
        const QPointF p = mapToPosition(uln->points().constLast(), uln);
        const QSizeF size = item->boundingRect().size();
        QList<QPointF> candidates;
        for (double shift : {4.0, 60.0, 120.0, 180.0})
            candidates << QPointF(plot.right() - size.width() - shift, p.y() - size.height() - 1)
                       << QPointF(plot.right() - size.width() - shift, p.y() + 2);
        place(item, candidates);
    }
    for (QGraphicsItem* item : overlayItems(QStringLiteral("nadir-label"))) {
        QXYSeries* nadir = m_nadirSeries.value(item->data(RecordKey + 1).toString());
        const QPointF p = mapToPosition(nadir->points().constFirst(), nadir);
        // Zoomed in, a nadir outside the part shown has no label.
        const bool shown = p.x() >= plot.left() - 0.5 && p.x() <= plot.right() + 0.5;
        item->setVisible(shown);
        if (!shown)
            continue;
        const QSizeF size = item->boundingRect().size();
        const double right = p.x() + 9, left = p.x() - 9 - size.width(), mid = p.x() - size.width() / 2;
        place(item, {QPointF(right, p.y() + 3), QPointF(right, p.y() - 3 - size.height()), QPointF(left, p.y() + 3),
                     QPointF(left, p.y() - 3 - size.height()), QPointF(mid, p.y() + 9),
                     QPointF(mid, p.y() - 9 - size.height()), QPointF(mid, p.y() + 9 + size.height()),
                     QPointF(mid, p.y() - 9 - 2 * size.height())});
    }
}

void MarkerChart::layoutBandLabels(const QRectF& plot)
{
    const QList<QGraphicsItem*> labels = overlayItems(QStringLiteral("band-label"));
    if (labels.isEmpty())
        return;
    const QFontMetricsF fm(static_cast<QGraphicsSimpleTextItem*>(labels.first())->font());
    const double rowHeight = fm.height() + 2;
    double rowEnd[kLabelRows];
    std::fill(std::begin(rowEnd), std::end(rowEnd), plot.left() - 1e9);
    QGraphicsSimpleTextItem* rowLast[kLabelRows] = {};
    constexpr int kFullTextKey = 1;  // the text a label was given, before a later label made it give way
    for (int i = 0; i < labels.size(); ++i) {
        const ChartBand& b = m_data.bands.at(i);
        auto* label = static_cast<QGraphicsSimpleTextItem*>(labels.at(i));
        const bool shown = bandShown(b, plot);
        label->setVisible(shown);
        if (!shown)
            continue;
        const double x1 = std::clamp(chartXOf(b.start), plot.left(), plot.right());
        const double x2 = std::clamp(chartXOf(b.end), plot.left(), plot.right());
        const double room = plot.right() - x1;
        // The full label on the first row where it fits (it may overhang the band into free space), else the short
        // one; when even that collides, the short one elided on the row that frees up first.
        QString text;
        int row = -1;
        const QString elided = fm.elidedText(b.label, Qt::ElideRight, std::min(room, std::max(0.0, x2 - x1) + 60));
        const bool namesADrug = elided.size() > b.shortLabel.size() + 6;
        for (const QString& candidate : {b.label, namesADrug ? elided : b.shortLabel, b.shortLabel}) {
            const double w = fm.horizontalAdvance(candidate);
            for (int r = 0; r < kLabelRows && row < 0; ++r)
                if (rowEnd[r] + 8 <= x1 && w <= room) {
                    row = r;
                    text = candidate;
                }
            if (row >= 0)
                break;
        }
        if (row < 0) {
            // The row that frees up first; the label before on that row gives way (elided to end before this one).
            row = rowEnd[0] <= rowEnd[1] ? 0 : 1;
            text =
                fm.elidedText(b.shortLabel, Qt::ElideRight, std::max(room, fm.horizontalAdvance(QStringLiteral("…"))));
            if (QGraphicsSimpleTextItem* before = rowLast[row]; before && rowEnd[row] + 8 > x1) {
                const QString full = before->data(kFullTextKey).toString();
                before->setText(fm.elidedText(full, Qt::ElideRight, std::max(0.0, x1 - 8 - before->pos().x())));
            }
        }
        label->setText(text);
        label->setData(kFullTextKey, text);
        label->setPos(x1, plot.top() - (kLabelRows - row) * rowHeight - 2);
        rowEnd[row] = x1 + fm.horizontalAdvance(text);
        rowLast[row] = label;
    }
}

QList<double> MarkerChart::logTicks(double min, double max, double pixelsPerDecade, double labelHeight)
{
    QList<double> ticks;
    if (!(min > 0) || !(max > min) || !(pixelsPerDecade > 0))
        return ticks;
    // 1 → 2 and 5 → 10 are the closest pairs: log10(2) of a decade apart.
    const double room = labelHeight + 2;
    const bool intermediate = pixelsPerDecade * std::log10(2.0) >= room;
    const int decadeStep = intermediate || pixelsPerDecade >= room ? 1 : 2;
    const int first = int(std::floor(std::log10(min) + 1e-9));
    const int last = int(std::ceil(std::log10(max) - 1e-9));
    for (int e = first; e <= last; ++e) {
        if ((e - first) % decadeStep != 0)
            continue;
        for (double m : {1.0, 2.0, 5.0}) {
            if (m != 1.0 && !intermediate)
                continue;
            const double v = m * std::pow(10.0, e);
            if (v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9))
                ticks << v;
        }
    }
    return ticks;
}

void MarkerChart::layoutLogLabels(const QRectF& plot)
{
    // Made again on every layout: how many fit depends on the plot's height.
    for (qsizetype i = m_overlay.size() - 1; i >= 0; --i)
        if (m_overlay.at(i)->data(KindKey).toString() == QLatin1String("log-label"))
            delete m_overlay.takeAt(i);
    for (int position = 0; position < m_units.size(); ++position) {
        const QString& unit = m_units.at(position);
        auto* axis = qobject_cast<QLogValueAxis*>(m_valueAxes.value(unit));
        if (!axis || !m_logLabelBrush.contains(unit) || !(axis->min() > 0) || !(axis->max() > axis->min()))
            continue;
        const QFont font = axis->labelsFont();
        const double lo = std::log10(axis->min());
        const double perDecade = plot.height() / (std::log10(axis->max()) - lo);
        for (double v : logTicks(axis->min(), axis->max(), perDecade, QFontMetricsF(font).height())) {
            const QString text = v >= 0.01 ? m_language.value(v) : m_language.locale().toString(v, 'g', 1);
            auto* label = new QGraphicsSimpleTextItem(text, this);
            label->setFont(font);
            label->setBrush(m_logLabelBrush.value(unit));
            label->setZValue(kLabelZ);
            const QRectF r = label->boundingRect();
            const double y = plot.bottom() - (std::log10(v) - lo) * perDecade;
            const double x = position % 2 == 0 ? plot.left() - kAxisLabelGap - r.width() : plot.right() + kAxisLabelGap;
            label->setPos(x, y - r.height() / 2);
            label->setData(KindKey, QStringLiteral("log-label"));
            label->setData(RecordKey, -1);
            label->setData(RecordKey + 1, unit);
            m_overlay << label;
        }
    }
}

}  // namespace onco
