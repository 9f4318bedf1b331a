#include "ui/charts/MarkerChart.h"

#include "ui/course/CoursePalette.h"

#include <QBrush>
#include <QCategoryAxis>
#include <QDateTime>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace onco {

namespace {

constexpr double kMsPerDay = 24.0 * 60 * 60 * 1000;

QString tx(const Language& language, const char* source)
{
    return language.translate("MarkerChart", source);
}

void hideLegend(QChart* chart, QAbstractSeries* series)
{
    for (QLegendMarker* m : chart->legend()->markers(series))
        m->setVisible(false);
}

}  // namespace

MarkerChart::MarkerChart(const MarkerChartData& data, const MarkerChartOptions& options, const Language& language,
                         QGraphicsItem* parent)
    : QChart(parent)
    , m_data(data)
    , m_options(options)
    , m_language(language)
{
    setLocale(language.locale());
    setLocalizeNumbers(true);
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    legend()->setAlignment(Qt::AlignBottom);
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    buildDateAxis();

    QHash<QString, QList<const ChartAnalyte*>> byUnit;
    for (const ChartAnalyte& a : m_data.analytes) {
        if (!m_options.analytes.contains(a.analyte) || a.series.points.isEmpty())
            continue;
        if (!m_units.contains(a.unit))
            m_units << a.unit;
        byUnit[a.unit] << &a;
    }
    for (int i = 0; i < m_units.size(); ++i) {
        QAbstractAxis* axis = buildValueAxis(m_units.at(i), byUnit.value(m_units.at(i)), i);
        for (const ChartAnalyte* a : byUnit.value(m_units.at(i)))
            buildAnalyte(*a, axis);
    }
    for (const QString& unit : m_units)
        for (const ChartAnalyte* a : byUnit.value(unit))
            buildRises(*a, m_valueAxes.value(unit));
    if (m_units.isEmpty()) {
        auto* axis = new QValueAxis(this);
        axis->setRange(0, 1);
        axis->setLabelsVisible(false);
        axis->setGridLineVisible(false);
        addAxis(axis, Qt::AlignLeft);
        legend()->hide();
        m_emptyText = new QGraphicsSimpleTextItem(
            m_data.hasResults() ? tx(language, QT_TRANSLATE_NOOP("MarkerChart", "No marker selected"))
                                : tx(language, QT_TRANSLATE_NOOP("MarkerChart", "No tumour marker results")),
            this);
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 1.3);
        m_emptyText->setFont(f);
        m_emptyText->setBrush(QColor(0x55, 0x55, 0x55));
        m_emptyText->setZValue(6);
    }
    buildOverlay();
    connect(this, &QChart::plotAreaChanged, this, &MarkerChart::layoutOverlay);
    if (m_options.timeRange)
        setTimeRange(m_options.timeRange->first, m_options.timeRange->second);
}

double MarkerChart::xOf(const QDate& date)
{
    return double(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

QDate MarkerChart::dateAt(double x)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(x))).date();
}

double MarkerChart::chartXOf(const QDate& date) const
{
    const QRectF plot = plotArea();
    return plot.left() + (xOf(date) - m_viewMin) / (m_viewMax - m_viewMin) * plot.width();
}

double MarkerChart::timeAt(double chartX) const
{
    const QRectF plot = plotArea();
    if (plot.width() <= 0)
        return (m_viewMin + m_viewMax) / 2;
    return m_viewMin + (chartX - plot.left()) / plot.width() * (m_viewMax - m_viewMin);
}

bool MarkerChart::isZoomed() const
{
    constexpr double tolerance = 1000;  // ms
    return m_viewMin > m_xMin + tolerance || m_viewMax < m_xMax - tolerance;
}

void MarkerChart::setTimeRange(double from, double to)
{
    if (to < from)
        std::swap(from, to);
    const double full = m_xMax - m_xMin;
    const double span = std::clamp(to - from, std::min(full, kMinZoomDays * kMsPerDay), full);
    from = (from + to - span) / 2;  // the same middle
    from = std::max(m_xMin, std::min(from, m_xMax - span));
    to = from + span;
    if (from == m_viewMin && to == m_viewMax)
        return;
    m_viewMin = from;
    m_viewMax = to;
    labelDateAxis();
    layoutOverlay();
    emit timeRangeChanged(m_viewMin, m_viewMax);
}

void MarkerChart::zoomTime(double factor, double anchorX)
{
    if (!(factor > 0))
        return;
    const double span = m_viewMax - m_viewMin;
    const double full = m_xMax - m_xMin;
    const double next = std::clamp(span * factor, std::min(full, kMinZoomDays * kMsPerDay), full);
    const double anchor = std::clamp(timeAt(anchorX), m_viewMin, m_viewMax);
    const double share = span > 0 ? (anchor - m_viewMin) / span : 0.5;
    setTimeRange(anchor - share * next, anchor - share * next + next);
}

void MarkerChart::panTime(double pixels)
{
    const double width = plotArea().width();
    if (width <= 0)
        return;
    const double shift = pixels / width * (m_viewMax - m_viewMin);
    setTimeRange(m_viewMin - shift, m_viewMax - shift);
}

void MarkerChart::buildDateAxis()
{
    QDate from = m_data.from.isValid() ? m_data.from : QDate::currentDate();
    QDate to = m_data.to.isValid() ? m_data.to : from;
    const qint64 span = from.daysTo(to);
    const qint64 pad = std::max<qint64>(15, span / 40);
    m_firstLabel = from;
    m_lastLabel = to;
    from = from.addDays(-pad);
    to = to.addDays(pad);
    m_xMin = xOf(from);
    m_xMax = xOf(to);
    m_viewMin = m_xMin;
    m_viewMax = m_xMax;

    m_dateAxis = new QCategoryAxis(this);
    m_dateAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    labelDateAxis();
    addAxis(m_dateAxis, Qt::AlignBottom);
}

void MarkerChart::labelDateAxis()
{
    for (const QString& label : m_dateAxis->categoriesLabels())
        m_dateAxis->remove(label);
    m_dateAxis->setRange(m_viewMin, m_viewMax);
    m_dateAxis->setStartValue(m_viewMin);
    const QDate from = dateAt(m_viewMin), to = dateAt(m_viewMax);
    // Labels only between the first and the last date of the course, so none sits on the very edge of the plot.
    const QDate firstLabel = std::max(m_firstLabel, from), lastLabel = std::min(m_lastLabel, to);
    const qint64 days = from.daysTo(to);
    if (days >= 2 * 365) {
        const int step = std::max(1, int(std::ceil(days / 365.25 / 12)));
        for (int y = firstLabel.year() + 1; y <= lastLabel.year(); ++y)
            if (y % step == 0)
                m_dateAxis->append(QString::number(y), xOf(QDate(y, 1, 1)));
    } else if (days >= 120) {
        const int step = days >= 360 ? 3 : days >= 150 ? 2 : 1;
        for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1))
            if (m > from && (m.month() - 1) % step == 0 && (m >= firstLabel.addDays(-10) && m <= lastLabel.addDays(10)))
                m_dateAxis->append(m_language.month(m), xOf(m));
    } else {
        // Zoomed in to a few months: the 1st and the 15th of each month, as dates.
        for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1))
            for (const QDate& day : {m, m.addDays(14)})
                if (day > from && day < to && day >= firstLabel.addDays(-10) && day <= lastLabel.addDays(10))
                    m_dateAxis->append(m_language.date(day), xOf(day));
    }
}

QAbstractAxis* MarkerChart::buildValueAxis(const QString& unit, const QList<const ChartAnalyte*>& analytes,
                                           int position)
{
    double maxValue = 0;
    double minPositive = std::numeric_limits<double>::infinity();
    bool anyZero = false;
    QStringList labels;
    for (const ChartAnalyte* a : analytes) {
        labels << a->label;
        for (const auto& p : a->series.points) {
            maxValue = std::max(maxValue, p.result.value);
            if (p.result.value > 0)
                minPositive = std::min(minPositive, p.result.value);
            else
                anyZero = true;
            if (p.uln) {
                maxValue = std::max(maxValue, *p.uln);
                minPositive = std::min(minPositive, *p.uln);
            }
        }
    }
    QAbstractAxis* axis = nullptr;
    if (m_options.logScale) {
        if (!std::isfinite(minPositive))
            minPositive = maxValue > 0 ? maxValue : 1.0;
        // Zero cannot be drawn on a log axis: zeros sit at half the smallest positive value, on the floor.
        const double floorValue = minPositive / 2;
        m_logFloor.insert(unit, floorValue);
        const double lo = std::pow(10.0, std::floor(std::log10(anyZero ? floorValue : minPositive)));
        double hi = std::pow(10.0, std::ceil(std::log10(std::max(maxValue, minPositive) * 1.02)));
        if (hi <= lo)
            hi = lo * 10;
        auto* log = new QLogValueAxis(this);
        log->setBase(10);
        log->setRange(lo, hi);
        log->setMinorTickCount(8);
        // "%g" is not honoured with localised numbers; whole numbers above 1, decimals below. The first two axes
        // are labelled by the overlay (1, 2, 5 …, layoutLogLabels()): their own labels, at the powers of ten only,
        // are drawn transparent and keep the room for them.
        log->setLabelFormat(lo >= 1     ? QStringLiteral("%.0f")
                            : lo >= 0.1 ? QStringLiteral("%.1f")
                                        : QStringLiteral("%.2f"));
        axis = log;
    } else {
        auto* linear = new QValueAxis(this);
        linear->setRange(0, maxValue > 0 ? maxValue * 1.08 : 1);
        linear->applyNiceNumbers();
        linear->setMinorTickCount(1);
        const double interval = (linear->max() - linear->min()) / std::max(1, linear->tickCount() - 1);
        const bool whole = std::abs(interval - std::round(interval)) < 1e-9 && interval >= 1;
        linear->setLabelFormat(whole             ? QStringLiteral("%.0f")
                               : interval >= 0.1 ? QStringLiteral("%.1f")
                                                 : QStringLiteral("%.2f"));
        axis = linear;
    }
    axis->setTitleText(labels.join(QStringLiteral(" · ")) + QStringLiteral(" (") + unit + QLatin1Char(')'));
    if (analytes.size() == 1)
        axis->setTitleBrush(analytes.first()->color);
    if (position > 0) {
        axis->setGridLineVisible(false);
        axis->setMinorGridLineVisible(false);
    }
    addAxis(axis, position % 2 == 0 ? Qt::AlignLeft : Qt::AlignRight);
    if (m_options.logScale && position < 2) {
        m_logLabelBrush.insert(unit, axis->labelsBrush());  // the theme's, set when the axis was added
        axis->setLabelsBrush(QBrush(Qt::transparent));
    }
    m_valueAxes.insert(unit, axis);
    return axis;
}

double MarkerChart::plottedValue(const QString& analyte, int index) const
{
    const ChartAnalyte* a = m_data.find(analyte);
    if (!a || index < 0 || index >= a->series.points.size())
        return 0;
    const double v = a->series.points.at(index).result.value;
    if (m_options.logScale && v <= 0)
        return m_logFloor.value(a->unit, 0.1);
    return v;
}

void MarkerChart::buildAnalyte(const ChartAnalyte& a, QAbstractAxis* axis)
{
    const auto attach = [&](QAbstractSeries* s) {
        addSeries(s);
        s->attachAxis(m_dateAxis);
        s->attachAxis(axis);
    };
    auto* values = new QLineSeries(this);
    values->setName(a.label);
    values->setPen(QPen(a.color, 2));
    values->setPointsVisible(a.series.points.size() <= 200);
    values->setMarkerSize(5);
    QList<QPointF> points;
    points.reserve(a.series.points.size());
    for (int i = 0; i < a.series.points.size(); ++i)
        points << QPointF(xOf(a.series.points.at(i).result.date), plottedValue(a.analyte, i));
    values->replace(points);
    attach(values);
    m_valueSeries.insert(a.analyte, values);
    connectHover(values, a.analyte);

    // ULN: a dashed step line following each result's own ULN (or the site default), across the whole axis.
    QList<QPointF> uln;
    for (const auto& p : a.series.points) {
        if (!p.uln)
            continue;
        if (uln.isEmpty())
            uln << QPointF(m_xMin, *p.uln);
        else if (uln.constLast().y() != *p.uln)
            uln << QPointF(xOf(p.result.date), uln.constLast().y()) << QPointF(xOf(p.result.date), *p.uln);
    }
    if (!uln.isEmpty()) {
        uln << QPointF(m_xMax, uln.constLast().y());
        auto* series = new QLineSeries(this);
        series->setName(tx(m_language, QT_TRANSLATE_NOOP("MarkerChart", "%1 ULN")).arg(a.label));
        QColor c = a.color;
        c.setAlpha(170);
        QPen pen(c, 1.5, Qt::DashLine);
        series->setPen(pen);
        series->replace(uln);
        attach(series);
        hideLegend(this, series);
        m_ulnSeries.insert(a.analyte, series);
    }

    if (a.trend.nadir >= 0) {
        auto* nadir = new QScatterSeries(this);
        nadir->setName(tx(m_language, QT_TRANSLATE_NOOP("MarkerChart", "%1 nadir")).arg(a.label));
        nadir->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        nadir->setMarkerSize(13);
        nadir->setColor(a.color);
        nadir->setBorderColor(Qt::white);
        nadir->append(xOf(a.series.points.at(a.trend.nadir).result.date), plottedValue(a.analyte, a.trend.nadir));
        attach(nadir);
        hideLegend(this, nadir);
        connectHover(nadir, a.analyte);
        m_nadirSeries.insert(a.analyte, nadir);
    }
}

void MarkerChart::buildRises(const ChartAnalyte& a, QAbstractAxis* axis)
{
    // Every result that raised MARKER_RISE; in a long series only the first of each run, or rings hide the line.
    const bool onsetsOnly = a.series.points.size() > 200;
    QList<QPointF> rises;
    for (int i = 0; i < a.history.size(); ++i)
        if (a.history.at(i).markerRise && !(onsetsOnly && i > 0 && a.history.at(i - 1).markerRise))
            rises << QPointF(xOf(a.series.points.at(i).result.date), plottedValue(a.analyte, i));
    if (!rises.isEmpty()) {
        auto* rise = new QScatterSeries(this);
        rise->setName(tx(m_language, QT_TRANSLATE_NOOP("MarkerChart", "Confirmed rise")));
        rise->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        rise->setMarkerSize(onsetsOnly ? 11 : 15);
        rise->setColor(Qt::transparent);
        rise->setPen(QPen(palette::markerRise(), 2));
        rise->replace(rises);
        addSeries(rise);
        rise->attachAxis(m_dateAxis);
        rise->attachAxis(axis);
        connectHover(rise, a.analyte);
        if (std::any_of(m_riseSeries.cbegin(), m_riseSeries.cend(), [](QScatterSeries*) { return true; }))
            hideLegend(this, rise);  // one legend entry for all analytes
        m_riseSeries.insert(a.analyte, rise);
    }
}

void MarkerChart::connectHover(QXYSeries* series, const QString& analyte)
{
    // The marks drawn over a result (nadir, rise ring) take the pointer first: they report the same result.
    connect(series, &QXYSeries::hovered, this, [this, analyte](const QPointF& point, bool state) {
        if (const ChartAnalyte* found = m_data.find(analyte))
            emit resultHovered(analyte, nearestIndex(*found, point), state);
    });
}

int MarkerChart::nearestIndex(const ChartAnalyte& a, const QPointF& point) const
{
    int best = -1;
    double bestDx = 0, bestDy = 0;
    for (int i = 0; i < a.series.points.size(); ++i) {
        const double dx = std::abs(xOf(a.series.points.at(i).result.date) - point.x());
        const double dy = std::abs(plottedValue(a.analyte, i) - point.y());
        if (best < 0 || dx < bestDx || (dx == bestDx && dy < bestDy)) {
            best = i;
            bestDx = dx;
            bestDy = dy;
        }
    }
    return best;
}

}  // namespace onco
