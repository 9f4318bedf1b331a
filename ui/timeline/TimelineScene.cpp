#include "ui/timeline/TimelineScene.h"

#include "ui/timeline/TimelineItems.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace onco {

namespace {

constexpr double kRightMargin = 16;
constexpr double kLabelZ = 20;
constexpr double kMinMarkerLane = 56;
/** A view shorter than the natural height squeezes the marker lane down to this before anything is cut off. */
constexpr double kCompactMarkerLane = 30;
constexpr double kLanePad = 6;
constexpr double kEventSymbol = 13;
constexpr double kGeneticSymbol = 12;

QString tx(const Language& language, const char* source)
{
    return language.translate("Timeline", source);
}

/** The lane names (bilingual print: Chinese above English). */
QStringList laneNames(const Language& language)
{
    return {language.stacked("Timeline", QT_TRANSLATE_NOOP("Timeline", "Lines of therapy")),
            language.stacked("Timeline", QT_TRANSLATE_NOOP("Timeline", "Events")),
            language.stacked("Timeline", QT_TRANSLATE_NOOP("Timeline", "Genetic tests")),
            language.stacked("Timeline", QT_TRANSLATE_NOOP("Timeline", "Markers (× ULN)"))};
}

double labelColumnWidth(const QFont& font, const Language& language)
{
    const QFontMetricsF fm(font);
    double w = 0;
    for (const QString& name : laneNames(language))
        for (const QString& line : name.split(QLatin1Char('\n')))
            w = std::max(w, fm.horizontalAdvance(line));
    return std::ceil(w + 18);
}

qint64 padDays(const TimelineData& data)
{
    const qint64 span = data.from.isValid() ? data.from.daysTo(data.to) : 0;
    return std::max<qint64>(20, span / 40);
}

}  // namespace

TimelineScene::TimelineScene(QObject* parent)
    : QGraphicsScene(parent)
{}

double TimelineScene::fitScale(const TimelineData& data, double width, const QFont& font, const Language& language)
{
    const qint64 pad = padDays(data);
    const qint64 days = (data.from.isValid() ? data.from.daysTo(data.to) : 0) + 2 * pad;
    return std::max(0.01,
                    (width - labelColumnWidth(font, language) - kRightMargin) / double(std::max<qint64>(days, 1)));
}

void TimelineScene::computeSpan(double pxPerDay)
{
    m_pxPerDay = pxPerDay;
    const QDate from = m_data.from.isValid() ? m_data.from : (m_data.asOf.isValid() ? m_data.asOf : QDate(2000, 1, 1));
    const QDate to = m_data.to.isValid() ? m_data.to : from;
    const qint64 pad = padDays(m_data);
    m_start = from.addDays(-pad);
    m_end = to.addDays(pad);
}

double TimelineScene::xOf(const QDate& date) const
{
    return m_labelWidth + m_start.daysTo(date) * m_pxPerDay;
}

QDate TimelineScene::dateAt(double x) const
{
    return m_start.addDays(qint64(std::floor((x - m_labelWidth) / m_pxPerDay + 0.5)));
}

QRectF TimelineScene::laneRect(Lane lane) const
{
    return m_lanes[int(lane)];
}

void TimelineScene::tag(QGraphicsItem* item, const char* kind, const TimelineRef& ref)
{
    item->setData(KindKey, QString::fromLatin1(kind));
    item->setData(EntityKey, int(ref.entity));
    item->setData(IdKey, ref.id);
    item->setData(IndexKey, ref.index);
    m_tagged << item;
}

QList<QGraphicsItem*> TimelineScene::itemsOfKind(const QString& kind) const
{
    QList<QGraphicsItem*> out;
    for (QGraphicsItem* item : m_tagged)
        if (item->data(KindKey).toString() == kind)
            out << item;
    return out;
}

QGraphicsItem* TimelineScene::itemFor(TimelineEntity entity, int index) const
{
    for (QGraphicsItem* item : m_tagged)
        if (item->data(EntityKey).toInt() == int(entity) && item->data(IndexKey).toInt() == index &&
            item->data(KindKey).toString() != QLatin1String("spark"))
            return item;
    return nullptr;
}

std::optional<TimelineRef> TimelineScene::refAt(QGraphicsItem* item, const QPointF& scenePos) const
{
    for (; item; item = item->parentItem()) {
        if (auto* spark = dynamic_cast<TimelineSparkItem*>(item)) {
            const std::optional<int> i = spark->nearest(spark->mapFromScene(scenePos), 8);
            if (i)
                return spark->spark().refs.at(*i);
            return std::nullopt;
        }
        if (item->data(EntityKey).isValid())
            return TimelineRef{TimelineEntity(item->data(EntityKey).toInt()), item->data(IdKey).toLongLong(),
                               item->data(IndexKey).toInt()};
    }
    return std::nullopt;
}

void TimelineScene::build(const TimelineData& data, const Language& language, double pxPerDay, double height)
{
    clear();
    m_pinned.clear();
    m_tagged.clear();
    m_data = data;
    m_font = font().family().isEmpty() ? QApplication::font() : font();
    m_small = m_font;
    m_small.setPointSizeF(m_font.pointSizeF() * 0.9);
    m_labelWidth = labelColumnWidth(m_font, language);
    computeSpan(pxPerDay);

    const QFontMetricsF fm(m_small);
    const double axisHeight = std::ceil(fm.height() + 10);
    const BarRows bars = packBars();
    const MarkRows events = packMarks(m_data.events, 3, kEventSymbol);
    const MarkRows genetics = packMarks(m_data.genetics, 2, kGeneticSymbol);
    // Lanes take what they need (padded); the marker lane up to 40 % of the height; any height left over pads the
    // other lanes evenly, their contents centred.
    const double natural = axisHeight + bars.height + events.height + genetics.height + 6 * kLanePad;
    m_naturalHeight = natural + kMinMarkerLane;
    const double markers =
        height < m_naturalHeight
            ? std::max(kCompactMarkerLane, height - natural)  // short view: the sparkline shrinks, all lanes show
            : std::max(kMinMarkerLane, std::min(height - natural, 0.4 * height));
    const double extra = std::max(0.0, height - natural - markers) / 3;
    double y = axisHeight;
    const auto placeLane = [&](Lane which, double contentHeight) {
        const double h = contentHeight + 2 * kLanePad + extra;
        m_lanes[int(which)] = QRectF(0, y, 0, h);
        y += h;
        return m_lanes[int(which)].top() + kLanePad + extra / 2;  // where the content starts
    };
    m_lanes[int(Lane::Axis)] = QRectF(0, 0, 0, axisHeight);
    addBars(bars, placeLane(Lane::Therapy, bars.height));
    addMarks(m_data.events, events, placeLane(Lane::Events, events.height), kEventSymbol, "event");
    addMarks(m_data.genetics, genetics, placeLane(Lane::Genetics, genetics.height), kGeneticSymbol, "genetic");
    m_lanes[int(Lane::Markers)] = QRectF(0, y, 0, std::max(markers, height - y));
    const double width = xOf(m_end) + kRightMargin;
    for (QRectF& lane : m_lanes)
        lane.setWidth(width);
    const double sceneHeight = m_lanes[int(Lane::Markers)].bottom();
    addBackground(language, sceneHeight);
    addAxis(language, sceneHeight);
    addSparks(m_lanes[int(Lane::Markers)], language);
    setSceneRect(0, 0, width, sceneHeight);
}

void TimelineScene::addBackground(const Language& language, double height)
{
    const double width = m_lanes[0].width();
    const QColor shades[] = {QColor(0xFA, 0xFA, 0xFA), QColor(0xF1, 0xF3, 0xF6)};
    for (int lane = 1; lane <= 4; ++lane) {
        QRectF r = m_lanes[lane];
        if (lane == 4)
            r.setBottom(height);
        auto* band = addRect(r, Qt::NoPen, shades[lane % 2]);
        band->setZValue(-10);
    }
    // The label column: opaque, pinned to the view's left edge while scrolling.
    auto* column = addRect(QRectF(0, 0, m_labelWidth, height), QPen(QColor(0xC8, 0xC8, 0xC8)), Qt::white);
    column->setZValue(kLabelZ);
    m_pinned << qMakePair(column, 0.0);
    const QStringList names = laneNames(language);
    for (int lane = 1; lane <= 4; ++lane) {
        auto* text = addSimpleText(names.at(lane - 1), m_font);
        text->setBrush(QColor(0x33, 0x33, 0x33));
        const QRectF r = m_lanes[lane];
        const double h = text->boundingRect().height();
        text->setPos(8, lane == 4 ? r.top() + 6 : r.center().y() - h / 2);  // beside the content it names
        text->setZValue(kLabelZ + 1);
        text->setData(KindKey, QStringLiteral("lane-label"));
        m_pinned << qMakePair(text, text->x());
        if (lane > 1) {
            auto* line = addLine(0, r.top(), width, r.top(), QPen(QColor(0xD8, 0xD8, 0xD8)));
            line->setZValue(-9);
        }
    }
}

void TimelineScene::addAxis(const Language& language, double bottom)
{
    const double top = m_lanes[int(Lane::Axis)].bottom();
    const double pxPerYear = m_pxPerDay * 365.25;
    const int yearStep = pxPerYear >= 45 ? 1 : pxPerYear >= 22 ? 2 : 5;
    const bool months = m_pxPerDay * 30 >= 38;
    const bool quarters = !months && m_pxPerDay * 91 >= 40;
    const QPen yearPen(QColor(0xC4, 0xC4, 0xC4));
    const QPen monthPen(QColor(0xE2, 0xE2, 0xE2), 1, Qt::DotLine);
    for (QDate m(m_start.year(), m_start.month(), 1); m <= m_end; m = m.addMonths(1)) {
        if (m < m_start)
            continue;
        const double x = xOf(m);
        const bool year = m.month() == 1;
        if (year && m.year() % yearStep == 0) {
            addLine(x, top - 4, x, bottom, yearPen)->setZValue(-5);
            const QString text = QString::number(m.year());
            if (x + 3 + QFontMetricsF(m_small).horizontalAdvance(text) > m_lanes[0].width())
                continue;  // no label cut at the right edge
            auto* label = addSimpleText(text, m_small);
            label->setPos(x + 3, 3);
            label->setBrush(QColor(0x33, 0x33, 0x33));
            label->setData(KindKey, QStringLiteral("year"));
            m_tagged << label;
        } else if (months || (quarters && (m.month() - 1) % 3 == 0)) {
            addLine(x, top, x, bottom, monthPen)->setZValue(-6);
            if (months && m_pxPerDay * 30 >= 48) {
                const QString name = language.shortMonth(m.month());
                auto* label = addSimpleText(name, m_small);
                label->setPos(x + 3, 3);
                label->setBrush(QColor(0x77, 0x77, 0x77));
            }
        }
    }
    addLine(m_labelWidth, top, m_lanes[0].width(), top, QPen(QColor(0x99, 0x99, 0x99)))->setZValue(-4);
    if (m_data.asOf.isValid()) {
        const double x = xOf(m_data.asOf);
        auto* line = addLine(x, top, x, bottom, QPen(QColor(0x55, 0x55, 0x55), 1, Qt::DashLine));
        line->setZValue(-3);
        line->setToolTip(tx(language, QT_TRANSLATE_NOOP("Timeline", "As of %1")).arg(language.date(m_data.asOf)));
        line->setData(KindKey, QStringLiteral("as-of"));
        m_tagged << line;
    }
}

void TimelineScene::pinLabels(double left)
{
    for (const auto& [item, x] : m_pinned)
        item->setX(x + std::max(0.0, left));
}

}  // namespace onco
