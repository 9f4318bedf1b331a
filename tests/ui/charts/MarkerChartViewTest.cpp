// The marker chart's data: series, axes, bands, progression marks, log scale, nadir, rises, hover text.
#include "ui/charts/MarkerChartView.h"

#include "core/i18n/Language.h"
#include "core/knowledge/Knowledge.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/charts/CourseTestData.h"
#include "tests/ui/charts/ShownDemoChart.h"

#include <QCategoryAxis>
#include <QCheckBox>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

using namespace onco;

namespace {

const QDate kAsOf(2026, 11, 21);

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

/** A shown chart of DEMO-0001 in English. */
struct DemoChart : test::ShownDemoChart
{
    int indexOf(const QString& analyte, const QDate& date) const
    {
        const ChartAnalyte* a = view.chartData().find(analyte);
        for (int i = 0; a && i < a->series.points.size(); ++i)
            if (a->series.points.at(i).result.date == date)
                return i;
        return -1;
    }
};

}  // namespace

TEST(MarkerChartView, Demo0001SeriesOnePerAnalyteOnAnAxisPerUnit)
{
    DemoChart c;
    EXPECT_EQ(c.view.availableAnalytes(), (QStringList{QStringLiteral("CA15-3"), QStringLiteral("CEA")}));
    EXPECT_EQ(c.view.selectedAnalytes(), c.view.availableAnalytes());
    MarkerChart* chart = c.view.chart();
    ASSERT_TRUE(chart);
    EXPECT_EQ(chart->units(), (QStringList{QStringLiteral("U/mL"), QStringLiteral("ng/mL")}));
    QLineSeries* ca153 = chart->valueSeries(QStringLiteral("CA15-3"));
    QLineSeries* cea = chart->valueSeries(QStringLiteral("CEA"));
    ASSERT_TRUE(ca153 && cea);
    EXPECT_EQ(ca153->count(), 22);
    EXPECT_EQ(cea->count(), 13);
    EXPECT_EQ(ca153->name(), QStringLiteral("CA 15-3"));
    EXPECT_EQ(ca153->at(0), QPointF(MarkerChart::xOf(d("2022-04-08")), 78.5));
    EXPECT_EQ(ca153->at(21), QPointF(MarkerChart::xOf(d("2026-09-08")), 18.9));
    // One axis per unit: U/mL on the left, ng/mL on the right, each series on its own.
    QAbstractAxis* left = chart->valueAxis(QStringLiteral("U/mL"));
    QAbstractAxis* right = chart->valueAxis(QStringLiteral("ng/mL"));
    ASSERT_TRUE(left && right);
    EXPECT_EQ(left->alignment(), Qt::AlignLeft);
    EXPECT_EQ(right->alignment(), Qt::AlignRight);
    EXPECT_TRUE(ca153->attachedAxes().contains(left));
    EXPECT_TRUE(cea->attachedAxes().contains(right));
    EXPECT_EQ(left->titleText(), QStringLiteral("CA 15-3 (U/mL)"));
    auto* linear = qobject_cast<QValueAxis*>(left);
    ASSERT_TRUE(linear);
    EXPECT_EQ(linear->min(), 0);
    EXPECT_GE(linear->max(), 96.4);
    // The ULN as a dashed step line at each result's own ULN, across the whole date axis.
    QLineSeries* uln = chart->ulnSeries(QStringLiteral("CA15-3"));
    ASSERT_TRUE(uln);
    EXPECT_EQ(uln->pen().style(), Qt::DashLine);
    for (const QPointF& p : uln->points())
        EXPECT_EQ(p.y(), 25.0);
    EXPECT_EQ(chart->ulnSeries(QStringLiteral("CEA"))->points().constFirst().y(), 5.0);
}

TEST(MarkerChartView, Demo0001DateAxisCoversTheWholeCourseWithYearLabels)
{
    DemoChart c;
    QCategoryAxis* axis = c.view.chart()->dateAxis();
    ASSERT_TRUE(axis);
    EXPECT_LE(axis->min(), MarkerChart::xOf(d("2019-04-20")));  // the adjuvant line
    EXPECT_GE(axis->max(), MarkerChart::xOf(kAsOf));
    EXPECT_EQ(
        axis->categoriesLabels(),
        (QStringList{QStringLiteral("2020"), QStringLiteral("2021"), QStringLiteral("2022"), QStringLiteral("2023"),
                     QStringLiteral("2024"), QStringLiteral("2025"), QStringLiteral("2026")}));
    EXPECT_EQ(axis->endValue(QStringLiteral("2023")), MarkerChart::xOf(d("2023-01-01")));
}

TEST(MarkerChartView, Demo0001TherapyBandsWithLineNumbersAndDrugs)
{
    DemoChart c;
    const MarkerChartData& data = c.view.chartData();
    ASSERT_EQ(data.bands.size(), 4);
    EXPECT_TRUE(data.bands[0].early);
    EXPECT_EQ(data.bands[0].label, QStringLiteral("Adjuvant · epirubicin + cyclophosphamide + docetaxel"));
    EXPECT_EQ(data.bands[1].label, QStringLiteral("L1 · docetaxel + capecitabine"));
    EXPECT_EQ(data.bands[2].label, QStringLiteral("L2 · goserelin + letrozole"));
    EXPECT_EQ(data.bands[3].label, QStringLiteral("L3 · elacestrant + dalpiciclib + goserelin"));
    EXPECT_FALSE(data.bands[1].early);
    EXPECT_TRUE(data.bands[3].ongoing);
    EXPECT_EQ(data.bands[3].end, kAsOf);
    EXPECT_EQ(data.bands[2].end, d("2025-05-12"));
    // The band items span their lines' dates on the laid-out chart.
    MarkerChart* chart = c.view.chart();
    const QList<QGraphicsItem*> bands = chart->overlayItems(QStringLiteral("band"));
    ASSERT_EQ(bands.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const QRectF r = static_cast<QGraphicsRectItem*>(bands[i])->rect();
        EXPECT_NEAR(r.left(), chart->chartXOf(data.bands[i].start), 0.5) << i;
        EXPECT_NEAR(r.right(), chart->chartXOf(data.bands[i].end), 0.5) << i;
        EXPECT_EQ(r.top(), chart->plotArea().top());
        EXPECT_EQ(bands[i]->data(MarkerChart::RecordKey).toLongLong(), data.bands[i].line.recordIndex);
    }
    // Adjuvant bands are hatched (a pattern child); advanced ones are not.
    EXPECT_EQ(bands[0]->childItems().size(), 1);
    EXPECT_EQ(bands[1]->childItems().size(), 0);
    // Labels sit above the plot area and do not overlap each other.
    const QList<QGraphicsItem*> labels = chart->overlayItems(QStringLiteral("band-label"));
    ASSERT_EQ(labels.size(), 4);
    for (int i = 0; i < 4; ++i) {
        EXPECT_LE(labels[i]->sceneBoundingRect().bottom(), chart->mapToScene(chart->plotArea().topLeft()).y() + 1);
        for (int j = i + 1; j < 4; ++j)
            EXPECT_FALSE(labels[i]->sceneBoundingRect().intersects(labels[j]->sceneBoundingRect())) << i << " " << j;
    }
}

TEST(MarkerChartView, ProgressionMarksLeaveOutMarkerOnlyEvidence)
{
    PatientRecord record = test::storedDemoPatient(QStringLiteral("DEMO-0001"));
    DiseaseEvent markerOnly;
    markerOnly.id = 991;
    markerOnly.date = d("2024-10-20");
    markerOnly.type = EventType::Progression;
    markerOnly.evidence = Evidence::TumorMarker;
    record.events << markerOnly;
    MarkerChartView view(Knowledge::builtin());
    view.setLanguage(&Language::english());
    view.setPatient(record, kAsOf);
    const QList<ChartMark>& marks = view.chartData().progressions;
    ASSERT_EQ(marks.size(), 1);
    EXPECT_EQ(marks[0].date, d("2025-05-12"));
    EXPECT_TRUE(marks[0].details.contains(QStringLiteral("Imaging")));
    view.resize(1200, 500);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const QList<QGraphicsItem*> lines = view.chart()->overlayItems(QStringLiteral("progression"));
    ASSERT_EQ(lines.size(), 1);
    EXPECT_NEAR(static_cast<QGraphicsLineItem*>(lines[0])->line().x1(), view.chart()->chartXOf(d("2025-05-12")), 0.5);
}

TEST(MarkerChartView, NadirAndConfirmedRisesAreMarked)
{
    DemoChart c;
    MarkerChart* chart = c.view.chart();
    QScatterSeries* nadir = chart->nadirSeries(QStringLiteral("CA15-3"));
    ASSERT_TRUE(nadir);
    ASSERT_EQ(nadir->count(), 1);
    EXPECT_EQ(nadir->at(0), QPointF(MarkerChart::xOf(d("2026-06-09")), 18.4));  // lowest on elacestrant
    EXPECT_EQ(chart->nadirSeries(QStringLiteral("CEA"))->at(0), QPointF(MarkerChart::xOf(d("2026-09-08")), 3.4));
    // Confirmed rises on letrozole (nadir 17.6): 31.2 with 23.9 before it, and every result after up to 96.4.
    QScatterSeries* rises = chart->riseSeries(QStringLiteral("CA15-3"));
    ASSERT_TRUE(rises);
    QList<QDate> dates;
    for (const QPointF& p : rises->points())
        dates << QDateTime::fromMSecsSinceEpoch(qint64(p.x())).date();
    EXPECT_EQ(dates,
              (QList<QDate>{d("2024-07-16"), d("2024-10-15"), d("2025-01-14"), d("2025-03-18"), d("2025-05-15")}));
    // CEA: nadir 3.1; 3.9 (+25.8 %) confirms 6.0 (above the ULN of 5).
    EXPECT_EQ(chart->riseSeries(QStringLiteral("CEA"))->count(), 3);
    const QList<QGraphicsItem*> nadirLabels = chart->overlayItems(QStringLiteral("nadir-label"));
    ASSERT_EQ(nadirLabels.size(), 2);
    EXPECT_EQ(static_cast<QGraphicsSimpleTextItem*>(nadirLabels[0])->text(), QStringLiteral("nadir 18.4"));
}

TEST(MarkerChartView, LogScaleToggle)
{
    DemoChart c;
    QSignalSpy spy(&c.view, &MarkerChartView::logScaleChanged);
    auto* box = c.view.findChild<QCheckBox*>(QStringLiteral("logScale"));
    ASSERT_TRUE(box);
    box->click();
    EXPECT_TRUE(c.view.logScale());
    ASSERT_EQ(spy.count(), 1);
    EXPECT_TRUE(spy.at(0).at(0).toBool());
    auto* log = qobject_cast<QLogValueAxis*>(c.view.chart()->valueAxis(QStringLiteral("U/mL")));
    ASSERT_TRUE(log);
    EXPECT_EQ(log->base(), 10);
    EXPECT_EQ(log->min(), 10);  // 17.6 … 96.4 in one decade
    EXPECT_EQ(log->max(), 100);
    EXPECT_TRUE(qobject_cast<QLogValueAxis*>(c.view.chart()->valueAxis(QStringLiteral("ng/mL"))));
    EXPECT_EQ(c.view.chart()->valueSeries(QStringLiteral("CA15-3"))->count(), 22);
    box->click();
    EXPECT_FALSE(c.view.logScale());
    EXPECT_TRUE(qobject_cast<QValueAxis*>(c.view.chart()->valueAxis(QStringLiteral("U/mL"))));
}

TEST(MarkerChartView, ChoosingAnalytes)
{
    DemoChart c;
    QSignalSpy spy(&c.view, &MarkerChartView::selectedAnalytesChanged);
    auto* cea = c.view.findChild<QCheckBox*>(QStringLiteral("analyte:CEA"));
    ASSERT_TRUE(cea);
    cea->click();
    EXPECT_EQ(c.view.selectedAnalytes(), QStringList{QStringLiteral("CA15-3")});
    EXPECT_EQ(spy.count(), 1);
    EXPECT_EQ(c.view.chart()->units(), QStringList{QStringLiteral("U/mL")});
    EXPECT_FALSE(c.view.chart()->valueSeries(QStringLiteral("CEA")));
    c.view.findChild<QCheckBox*>(QStringLiteral("analyte:CA15-3"))->click();
    EXPECT_TRUE(c.view.selectedAnalytes().isEmpty());
    ASSERT_TRUE(c.view.chart()->emptyText());
    EXPECT_EQ(c.view.chart()->emptyText()->text(), QStringLiteral("No marker selected"));
    // A new record keeps the choice where it applies; an empty choice goes back to all.
    c.view.setPatient(c.record, kAsOf);
    EXPECT_EQ(c.view.selectedAnalytes(), c.view.availableAnalytes());
    c.view.setSelectedAnalytes({QStringLiteral("CEA")});
    c.view.setPatient(c.record, kAsOf);
    EXPECT_EQ(c.view.selectedAnalytes(), QStringList{QStringLiteral("CEA")});
}

TEST(MarkerChartView, HoverShowsDateValueAndChangeFromNadir)
{
    DemoChart c;
    const int i = c.indexOf(QStringLiteral("CA15-3"), d("2025-03-18"));
    ASSERT_GE(i, 0);
    // What the series reports when the pointer is over the point.
    QLineSeries* series = c.view.chart()->valueSeries(QStringLiteral("CA15-3"));
    emit series->hovered(QPointF(MarkerChart::xOf(d("2025-03-18")) + 3.6e6, 79.0), true);
    const QString text = c.view.hoverText();
    EXPECT_TRUE(text.startsWith(QStringLiteral("CA 15-3 · 18 Mar 2025\n79.8 U/mL (ULN 25) · above ULN")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("+353 % from nadir (17.6 on 12 Jul 2023)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("+62 % from baseline (49.3 on 25 Jul 2022)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Confirmed marker rise")));
    EXPECT_TRUE(text.contains(QStringLiteral("Doubling time 270 days (8 rising results)"))) << text.toStdString();

    c.view.showHover(QStringLiteral("CA15-3"), c.indexOf(QStringLiteral("CA15-3"), d("2026-06-09")));
    EXPECT_TRUE(c.view.hoverText().contains(QStringLiteral("Nadir on the current line")));
    c.view.showHover(QStringLiteral("CA15-3"), c.indexOf(QStringLiteral("CA15-3"), d("2026-09-08")));
    EXPECT_TRUE(c.view.hoverText().contains(QStringLiteral("+3 % from nadir (18.4 on 9 Jun 2026)")))
        << c.view.hoverText().toStdString();

    c.view.setLanguage(&Language::chinese());
    c.view.showHover(QStringLiteral("CA15-3"), i);
    EXPECT_TRUE(c.view.hoverText().contains(QStringLiteral("2025年3月18日"))) << c.view.hoverText().toStdString();
    EXPECT_TRUE(c.view.hoverText().contains(QStringLiteral("+353 %"))) << c.view.hoverText().toStdString();
}

TEST(MarkerChartView, RiseConventionIsStatedUnderTheChart)
{
    DemoChart c;
    auto* note = c.view.findChild<QLabel*>(QStringLiteral("riseNote"));
    ASSERT_TRUE(note);
    EXPECT_TRUE(note->text().contains(QStringLiteral("25 % is a local convention set by this site")));
    EXPECT_FALSE(note->text().contains(QStringLiteral("correlate with imaging")));  // no rise on as_of
    c.view.setPatient(c.record, d("2025-05-12"));
    EXPECT_TRUE(note->text().contains(QStringLiteral("CA 15-3 is 353 % above its nadir")))
        << note->text().toStdString();
    EXPECT_TRUE(note->text().contains(QStringLiteral("correlate with imaging")));
}

TEST(MarkerChartView, V57TwoResultsPerAnalyte)
{
    MarkerChartView view(Knowledge::builtin());
    view.setLanguage(&Language::english());
    view.setPatient(test::vignette(QStringLiteral("V57")), d("2025-07-10"));
    EXPECT_EQ(view.chart()->valueSeries(QStringLiteral("CA15-3"))->count(), 2);
    EXPECT_EQ(view.chart()->valueSeries(QStringLiteral("CEA"))->count(), 2);
    ASSERT_EQ(view.chartData().bands.size(), 4);
    EXPECT_EQ(view.chartData().bands[3].end, d("2025-07-10"));  // ongoing on as_of
    EXPECT_EQ(view.chart()->nadirSeries(QStringLiteral("CA15-3"))->at(0).y(), 41.2);
    EXPECT_FALSE(view.chart()->riseSeries(QStringLiteral("CA15-3")));
}
