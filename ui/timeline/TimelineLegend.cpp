#include "ui/timeline/TimelineLegend.h"

#include "ui/course/CourseText.h"
#include "ui/timeline/TimelineSymbols.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace onco {

namespace {

constexpr double kSwatch = 14;
constexpr double kGap = 16;

QString tx(const Language& language, const char* source)
{
    return language.translate("Timeline", source);
}

double entryWidth(const LegendEntry& e, const QFontMetricsF& fm)
{
    return kSwatch + 5 + fm.horizontalAdvance(e.text);
}

/** Positions of the entries laid out in rows within `width`. */
QList<QPointF> flow(const QList<LegendEntry>& entries, double width, const QFontMetricsF& fm, double* height)
{
    QList<QPointF> at;
    const double rowHeight = std::max(kSwatch, fm.height()) + 6;
    double x = 0, y = 0;
    for (const LegendEntry& e : entries) {
        const double w = entryWidth(e, fm);
        if (x > 0 && x + w > width) {
            x = 0;
            y += rowHeight;
        }
        at << QPointF(x, y);
        x += w + kGap;
    }
    if (height)
        *height = entries.isEmpty() ? 0 : y + rowHeight;
    return at;
}

}  // namespace

QList<LegendEntry> TimelineLegend::entriesFor(const TimelineData& data, const Language& language)
{
    QList<LegendEntry> entries;
    QList<ClassGroup> groups;
    bool early = false;
    for (const TimelineBar& bar : data.bars) {
        early = early || bar.early;
        for (ClassGroup g : bar.groups)
            if (!groups.contains(g))
                groups << g;
    }
    for (ClassGroup g : palette::allGroups())
        if (groups.contains(g))
            entries << LegendEntry{
                LegendEntry::Kind::Group, g, {}, palette::groupTint(g), course::groupName(g, language)};
    if (early)
        entries << LegendEntry{LegendEntry::Kind::Early,
                               ClassGroup::Supportive,
                               {},
                               QColor(0x77, 0x77, 0x77),
                               tx(language, QT_TRANSLATE_NOOP("Timeline", "Adjuvant / neoadjuvant"))};
    QList<TimelineSymbol> symbols;
    for (const TimelineMark& m : data.events + data.genetics)
        if (!symbols.contains(m.symbol))
            symbols << m.symbol;
    std::sort(symbols.begin(), symbols.end());
    for (TimelineSymbol s : symbols)
        entries << LegendEntry{LegendEntry::Kind::Symbol, {}, s, timeline::symbolColor(s), symbolName(s, language)};
    for (const TimelineSpark& s : data.markers)
        entries << LegendEntry{LegendEntry::Kind::Marker, {}, {}, s.color, s.label};
    return entries;
}

double TimelineLegend::heightFor(const QList<LegendEntry>& entries, double width, const QFont& font)
{
    double height = 0;
    flow(entries, width, QFontMetricsF(font), &height);
    return height;
}

void TimelineLegend::paint(QPainter* painter, const QRectF& rect, const QList<LegendEntry>& entries, const QFont& font)
{
    const QFontMetricsF fm(font);
    const QList<QPointF> at = flow(entries, rect.width(), fm, nullptr);
    const double rowHeight = std::max(kSwatch, fm.height()) + 6;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(font);
    for (int i = 0; i < entries.size(); ++i) {
        const LegendEntry& e = entries.at(i);
        const QPointF origin = rect.topLeft() + at.at(i);
        const QRectF swatch(origin.x(), origin.y() + (rowHeight - kSwatch) / 2, kSwatch, kSwatch);
        switch (e.kind) {
        case LegendEntry::Kind::Group:
            painter->fillRect(swatch, e.color);
            painter->setPen(palette::groupColor(e.group).darker(115));
            painter->drawRect(swatch.adjusted(0.5, 0.5, -0.5, -0.5));
            break;
        case LegendEntry::Kind::Early:
            painter->fillRect(swatch, QBrush(e.color, Qt::BDiagPattern));
            painter->setPen(QPen(e.color, 1, Qt::DashLine));
            painter->drawRect(swatch.adjusted(0.5, 0.5, -0.5, -0.5));
            break;
        case LegendEntry::Kind::Symbol:
            timeline::paintSymbol(painter, e.symbol, swatch.center(), 12);
            break;
        case LegendEntry::Kind::Marker:
            painter->setPen(QPen(e.color, 2));
            painter->drawLine(QPointF(swatch.left(), swatch.center().y()),
                              QPointF(swatch.right(), swatch.center().y()));
            break;
        }
        painter->setPen(QColor(0x33, 0x33, 0x33));
        painter->drawText(QRectF(swatch.right() + 5, origin.y(), fm.horizontalAdvance(e.text) + 2, rowHeight),
                          Qt::AlignVCenter | Qt::AlignLeft, e.text);
    }
    painter->restore();
}

TimelineLegendWidget::TimelineLegendWidget(QWidget* parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void TimelineLegendWidget::setEntries(const QList<LegendEntry>& entries)
{
    m_entries = entries;
    updateGeometry();
    update();
}

int TimelineLegendWidget::heightForWidth(int width) const
{
    return int(std::ceil(TimelineLegend::heightFor(m_entries, width - 8, font()))) + 4;
}

QSize TimelineLegendWidget::sizeHint() const
{
    return QSize(600, heightForWidth(width() > 0 ? width() : 600));
}

void TimelineLegendWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    TimelineLegend::paint(&painter, QRectF(rect()).adjusted(4, 2, -4, -2), m_entries, font());
}

}  // namespace onco
