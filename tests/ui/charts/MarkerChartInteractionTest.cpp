// The interactive marker chart: wheel zoom and drag on the time axis (the value axes stay), Reset zoom and
// double-click, the date labels and overlay following the part shown, the zoom kept for the patient only; the log
// axis labelled at 1, 2, 5 …; hover texts at the baseline and with a zero baseline.
#include "core/i18n/Language.h"
#include "core/knowledge/Knowledge.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/charts/CourseTestData.h"
#include "tests/ui/charts/ShownDemoChart.h"
#include "ui/charts/MarkerChartView.h"

#include <QCategoryAxis>
#include <QChartView>
#include <QCheckBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QPushButton>
#include <QTest>
#include <QValueAxis>
#include <QWheelEvent>

#include <cmath>

using namespace onco;

namespace {

const QDate kAsOf(2026, 11, 21);
constexpr double kDay = 24.0 * 60 * 60 * 1000;

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

/** A shown chart of DEMO-0001 in English. */
struct Shown : test::ShownDemoChart
{
    MarkerChart* chart() const { return view.chart(); }
    QWidget* viewport() const { return view.chartView()->viewport(); }
    /** The viewport pixel over a point of the chart. */
    QPoint pixelOf(const QPointF& chartPoint) const
    {
        return view.chartView()->mapFromScene(chart()->mapToScene(chartPoint));
    }
    /** The chart point under a viewport pixel. */
    QPointF chartPointOf(const QPoint& pixel) const
    {
        return chart()->mapFromScene(view.chartView()->mapToScene(pixel));
    }
    void wheel(const QPoint& at, int notches)
    {
        QWheelEvent event(at, viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(viewport(), &event);
    }
    void mouse(QEvent::Type type, const QPoint& at, Qt::MouseButton button, Qt::MouseButtons buttons)
    {
        QMouseEvent event(type, QPointF(at), viewport()->mapToGlobal(QPointF(at)), button, buttons, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport(), &event);
    }
    double span() const { return chart()->timeMax() - chart()->timeMin(); }
    /** Waits (up to 2 s) until the current chart has a plot area and its overlay is laid out. */
    void waitForLayout() const
    {
        QElapsedTimer timer;
        timer.start();
        while (chart()->plotArea().height() <= 0 && timer.elapsed() < 2000)
            QTest::qWait(10);
        QCoreApplication::processEvents();
        chart()->layoutOverlay();
    }
};

}  // namespace

TEST(MarkerChartInteraction, WheelZoomsTheTimeAxisAroundThePointerAndTheValueAxisStays)
{
    Shown c;
    MarkerChart* chart = c.chart();
    auto* reset = c.view.findChild<QPushButton*>(QStringLiteral("resetZoom"));
    ASSERT_TRUE(reset);
    EXPECT_EQ(reset->text(), QStringLiteral("Reset zoom"));
    EXPECT_FALSE(reset->isEnabled());
    EXPECT_FALSE(c.view.isZoomed());
    const double full = c.span();
    EXPECT_EQ(chart->timeMin(), chart->fullTimeMin());
    auto* values = qobject_cast<QValueAxis*>(chart->valueAxis(QStringLiteral("U/mL")));
    ASSERT_TRUE(values);
    const double valueMax = values->max();

    const QRectF plot = chart->plotArea();
    const QPoint at = c.pixelOf(QPointF(plot.left() + plot.width() * 0.75, plot.center().y()));
    const double x = c.chartPointOf(at).x();
    const double under = chart->timeAt(x);
    c.wheel(at, 1);  // one notch away from the user: in
    EXPECT_TRUE(c.view.isZoomed());
    EXPECT_TRUE(reset->isEnabled());
    EXPECT_NEAR(c.span(), full * 0.8, 1000);
    EXPECT_NEAR(chart->timeAt(x), under, 1000);  // the time under the pointer stays put
    EXPECT_DOUBLE_EQ(chart->dateAxis()->min(), chart->timeMin());
    EXPECT_DOUBLE_EQ(chart->dateAxis()->max(), chart->timeMax());
    EXPECT_EQ(values->max(), valueMax);  // the value axis keeps the whole course's range
    // Zooming out stops at the whole course.
    c.wheel(at, -3);
    EXPECT_FALSE(c.view.isZoomed());
    EXPECT_NEAR(c.span(), full, 1);
    EXPECT_FALSE(reset->isEnabled());
    // In, it stops at a month.
    for (int i = 0; i < 40; ++i)
        c.wheel(at, 1);
    EXPECT_NEAR(c.span(), MarkerChart::kMinZoomDays * kDay, 1);
    EXPECT_GE(chart->timeMin(), chart->fullTimeMin());
    EXPECT_LE(chart->timeMax(), chart->fullTimeMax());
    // Outside the plot area the wheel does nothing.
    const double before = chart->timeMin();
    c.wheel(c.pixelOf(QPointF(plot.left() - 20, plot.center().y())), -2);
    EXPECT_EQ(chart->timeMin(), before);
    reset->click();
    EXPECT_FALSE(c.view.isZoomed());
    EXPECT_EQ(chart->timeMin(), chart->fullTimeMin());
}

TEST(MarkerChartInteraction, DragMovesInTimeAndDoubleClickShowsTheWholeCourse)
{
    Shown c;
    MarkerChart* chart = c.chart();
    chart->setTimeRange(MarkerChart::xOf(d("2024-01-01")), MarkerChart::xOf(d("2025-01-01")));
    ASSERT_TRUE(c.view.isZoomed());
    const double span = c.span();
    EXPECT_NEAR(span, 366 * kDay, 1);
    const QRectF plot = chart->plotArea();
    const QPoint from = c.pixelOf(plot.center());
    const QPoint to = from + QPoint(100, 0);
    const double start = chart->timeMin();
    const double dx = c.chartPointOf(to).x() - c.chartPointOf(from).x();

    c.mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    c.mouse(QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
    c.mouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    // Dragged to the right: earlier dates come into view, by as much time as the pixels moved stand for.
    EXPECT_NEAR(chart->timeMin(), start - dx / plot.width() * span, 1000);
    EXPECT_NEAR(c.span(), span, 1);
    // A move without the button down does nothing.
    const double after = chart->timeMin();
    c.mouse(QEvent::MouseMove, from, Qt::NoButton, Qt::NoButton);
    EXPECT_EQ(chart->timeMin(), after);
    // Far to the right: it stops at the start of the course.
    c.mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    c.mouse(QEvent::MouseMove, from + QPoint(int(plot.width() * 20), 0), Qt::NoButton, Qt::LeftButton);
    c.mouse(QEvent::MouseButtonRelease, from, Qt::LeftButton, Qt::NoButton);
    EXPECT_EQ(chart->timeMin(), chart->fullTimeMin());
    EXPECT_NEAR(c.span(), span, 1);

    c.mouse(QEvent::MouseButtonDblClick, from, Qt::LeftButton, Qt::LeftButton);
    EXPECT_FALSE(c.view.isZoomed());
    EXPECT_EQ(chart->timeMin(), chart->fullTimeMin());
    EXPECT_EQ(chart->timeMax(), chart->fullTimeMax());
    EXPECT_FALSE(c.view.findChild<QPushButton*>(QStringLiteral("resetZoom"))->isEnabled());
}

TEST(MarkerChartInteraction, TheDateLabelsAndTheOverlayFollowThePartShown)
{
    Shown c;
    MarkerChart* chart = c.chart();
    const QStringList years = chart->dateAxis()->categoriesLabels();
    ASSERT_EQ(years.first(), QStringLiteral("2020"));
    chart->setTimeRange(MarkerChart::xOf(d("2025-01-01")), MarkerChart::xOf(d("2025-04-01")));
    // Three months: the 1st and the 15th of each month, inside the part shown.
    EXPECT_EQ(chart->dateAxis()->categoriesLabels(),
              (QStringList{QStringLiteral("15 Jan 2025"), QStringLiteral("1 Feb 2025"), QStringLiteral("15 Feb 2025"),
                           QStringLiteral("1 Mar 2025"), QStringLiteral("15 Mar 2025")}));
    EXPECT_DOUBLE_EQ(chart->dateAxis()->endValue(QStringLiteral("1 Feb 2025")), MarkerChart::xOf(d("2025-02-01")));
    // Lines outside the part shown are not drawn, nor their labels; the ones across it are.
    const MarkerChartData& data = c.view.chartData();
    const QList<QGraphicsItem*> bands = chart->overlayItems(QStringLiteral("band"));
    const QList<QGraphicsItem*> labels = chart->overlayItems(QStringLiteral("band-label"));
    ASSERT_EQ(bands.size(), data.bands.size());
    for (int i = 0; i < bands.size(); ++i) {
        const bool across = data.bands[i].end >= d("2025-01-01") && data.bands[i].start <= d("2025-04-01");
        EXPECT_EQ(bands[i]->isVisible(), across) << i;
        EXPECT_EQ(labels[i]->isVisible(), across) << i;
    }
    EXPECT_FALSE(bands[0]->isVisible());  // the adjuvant line of 2019
    ASSERT_TRUE(bands[2]->isVisible());   // letrozole until 12 May 2025 covers the whole plot
    const QRectF r = static_cast<QGraphicsRectItem*>(bands[2])->rect();
    EXPECT_NEAR(r.left(), chart->plotArea().left(), 0.5);
    EXPECT_NEAR(r.right(), chart->plotArea().right(), 0.5);
    // The progression of 12 May 2025 and the CA 15-3 nadir of 9 Jun 2026 are outside.
    EXPECT_FALSE(chart->overlayItems(QStringLiteral("progression")).first()->isVisible());
    EXPECT_FALSE(chart->overlayItems(QStringLiteral("nadir-label")).first()->isVisible());

    c.view.resetZoom();
    EXPECT_EQ(chart->dateAxis()->categoriesLabels(), years);
    for (QGraphicsItem* band : chart->overlayItems(QStringLiteral("band")))
        EXPECT_TRUE(band->isVisible());
    EXPECT_TRUE(chart->overlayItems(QStringLiteral("nadir-label")).first()->isVisible());
}

TEST(MarkerChartInteraction, TheZoomStaysForThePatientButNotForAnother)
{
    Shown c;
    const double from = MarkerChart::xOf(d("2024-01-01")), to = MarkerChart::xOf(d("2025-01-01"));
    c.chart()->setTimeRange(from, to);
    ASSERT_TRUE(c.view.isZoomed());
    // The analyte choice and the scale build a new chart: it shows the same part.
    c.view.findChild<QCheckBox*>(QStringLiteral("analyte:CEA"))->click();
    EXPECT_TRUE(c.view.isZoomed());
    EXPECT_EQ(c.chart()->timeMin(), from);
    EXPECT_EQ(c.chart()->timeMax(), to);
    c.view.setLogScale(true);
    EXPECT_EQ(c.chart()->timeMin(), from);
    // An edit of the same patient keeps it too.
    c.view.setPatient(c.record, kAsOf);
    EXPECT_EQ(c.chart()->timeMin(), from);
    EXPECT_TRUE(c.view.findChild<QPushButton*>(QStringLiteral("resetZoom"))->isEnabled());
    // Another patient starts with her whole course; so does the empty state.
    c.view.setPatient(test::storedDemoPatient(QStringLiteral("DEMO-0002")), kAsOf);
    EXPECT_FALSE(c.view.isZoomed());
    EXPECT_FALSE(c.view.findChild<QPushButton*>(QStringLiteral("resetZoom"))->isEnabled());
    c.view.setPatient(c.record, kAsOf);
    c.chart()->setTimeRange(from, to);
    c.view.clear();
    c.view.setPatient(c.record, kAsOf);
    EXPECT_FALSE(c.view.isZoomed());
}

TEST(MarkerChartInteraction, LogTicksAtOneTwoFiveWhereThereIsRoom)
{
    const auto same = [](const QList<double>& got, const QList<double>& expected) {
        if (got.size() != expected.size())
            return false;
        for (int i = 0; i < got.size(); ++i)
            if (std::abs(got[i] - expected[i]) > 1e-9 * expected[i])
                return false;
        return true;
    };
    EXPECT_TRUE(same(MarkerChart::logTicks(10, 100, 300, 15), {10, 20, 50, 100}));
    EXPECT_TRUE(same(MarkerChart::logTicks(1, 1000, 100, 15), {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}));
    EXPECT_TRUE(same(MarkerChart::logTicks(0.1, 10, 200, 15), {0.1, 0.2, 0.5, 1, 2, 5, 10}));
    // A decade too low for 2 and 5: the powers of ten; too low even for those: every other one.
    EXPECT_TRUE(same(MarkerChart::logTicks(1, 1000, 40, 15), {1, 10, 100, 1000}));
    EXPECT_TRUE(same(MarkerChart::logTicks(0.1, 100000, 10, 15), {0.1, 10, 1000, 100000}));
    EXPECT_TRUE(MarkerChart::logTicks(0, 100, 100, 15).isEmpty());
}

TEST(MarkerChartInteraction, LogAxisLabelledAtOneTwoFive)
{
    Shown c;
    c.view.setLogScale(true);
    c.waitForLayout();
    MarkerChart* chart = c.chart();
    const QRectF plot = chart->plotArea();
    auto* axis = qobject_cast<QLogValueAxis*>(chart->valueAxis(QStringLiteral("U/mL")));
    ASSERT_TRUE(axis);
    EXPECT_EQ(axis->labelsBrush().color().alpha(), 0);  // Qt's own labels (powers of ten only) give way
    QLineSeries* series = chart->valueSeries(QStringLiteral("CA15-3"));
    QStringList left;
    int right = 0;
    for (QGraphicsItem* item : chart->overlayItems(QStringLiteral("log-label"))) {
        auto* label = static_cast<QGraphicsSimpleTextItem*>(item);
        const QRectF r = label->mapRectToParent(label->boundingRect());
        if (item->data(MarkerChart::RecordKey + 1).toString() != QLatin1String("U/mL")) {
            EXPECT_GT(r.left(), plot.right());  // ng/mL on the right
            ++right;
            continue;
        }
        left << label->text();
        EXPECT_LT(r.right(), plot.left());
        // Centred on its value.
        const double y = chart->mapToPosition(QPointF(series->at(0).x(), label->text().toDouble()), series).y();
        EXPECT_NEAR(r.center().y(), y, 1.0) << label->text().toStdString();
    }
    EXPECT_EQ(left,
              (QStringList{QStringLiteral("10"), QStringLiteral("20"), QStringLiteral("50"), QStringLiteral("100")}));
    EXPECT_GE(right, 2);

    c.view.setLogScale(false);
    c.waitForLayout();
    EXPECT_TRUE(c.chart()->overlayItems(QStringLiteral("log-label")).isEmpty());  // a linear axis labels itself
}

TEST(MarkerChartInteraction, HoverAtTheBaselineAndWithAZeroBaseline)
{
    PatientRecord r;
    const auto add = [&r](const char* date, double value) {
        MarkerResult m;
        m.id = r.markers.size() + 1;
        m.date = d(date);
        m.analyte = QStringLiteral("CA15-3");
        m.value = value;
        m.unit = QStringLiteral("U/mL");
        m.uln = 25;
        r.markers << m;
    };
    add("2025-01-01", 20);
    add("2025-02-01", 16);
    add("2025-03-01", 24);
    MarkerChartView view(Knowledge::builtin());
    view.setLanguage(&Language::english());
    view.setPatient(r, d("2025-06-01"));
    view.showHover(QStringLiteral("CA15-3"), 0);
    EXPECT_TRUE(view.hoverText().contains(QStringLiteral("Baseline (first result)"))) << view.hoverText().toStdString();
    EXPECT_FALSE(view.hoverText().contains(QStringLiteral("from nadir")));
    EXPECT_FALSE(view.hoverText().contains(QStringLiteral("from baseline")));
    view.showHover(QStringLiteral("CA15-3"), 2);
    EXPECT_TRUE(view.hoverText().contains(QStringLiteral("+50 % from nadir (16 on 1 Feb 2025)")))
        << view.hoverText().toStdString();
    EXPECT_TRUE(view.hoverText().contains(QStringLiteral("+20 % from baseline (20 on 1 Jan 2025)")));

    // A result on the day a line starts is that line's baseline.
    TherapyLine line;
    line.start = d("2025-02-01");
    line.drugs = {QStringLiteral("letrozole")};
    r.therapies << line;
    view.setPatient(r, d("2025-06-01"));
    view.showHover(QStringLiteral("CA15-3"), 1);
    EXPECT_TRUE(view.hoverText().contains(QStringLiteral("Baseline of the current line (started 1 Feb 2025)")))
        << view.hoverText().toStdString();

    // A baseline of 0: no percentage from it.
    r.therapies.clear();
    r.markers[0].value = 0;
    view.setPatient(r, d("2025-06-01"));
    view.showHover(QStringLiteral("CA15-3"), 2);
    EXPECT_FALSE(view.hoverText().contains(QStringLiteral("from baseline"))) << view.hoverText().toStdString();
    EXPECT_TRUE(view.hoverText().contains(QStringLiteral("+50 % from nadir")));
}
