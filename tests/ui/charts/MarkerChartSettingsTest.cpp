// Site conventions from the settings; the views follow a change of the UI language; hovering with the pointer.
#include "ui/charts/MarkerChartSettings.h"

#include "core/knowledge/Knowledge.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/charts/CourseTestData.h"
#include "ui/charts/MarkerChartView.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/timeline/DiseaseTimeline.h"
#include "ui/timeline/TimelineScene.h"

#include <QCategoryAxis>
#include <QChartView>
#include <QCheckBox>
#include <QLineSeries>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace onco;

namespace {
const QDate kAsOf(2026, 11, 21);
}

TEST(MarkerChartSettings, SiteUlnAndRiseThresholdFromTheSettings)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("site.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("markers/uln/CA15-3"), 30);
    settings.setValue(QStringLiteral("markers/uln/CEA"), QStringLiteral("not a number"));
    settings.setValue(QStringLiteral("markers/uln/CA125"), -4);
    settings.setValue(QStringLiteral("markers/rise_percent"), 20);
    const analytics::MarkerSettings s = loadMarkerSettings(Knowledge::builtin(), settings);
    EXPECT_EQ(s.uln(QStringLiteral("CA15-3")), 30.0);
    EXPECT_EQ(s.uln(QStringLiteral("CEA")), 5.0);     // ignored: not a number
    EXPECT_EQ(s.uln(QStringLiteral("CA125")), 35.0);  // ignored: not above 0
    EXPECT_EQ(s.uln(QStringLiteral("CA27.29")), 38.0);
    EXPECT_EQ(s.risePercent, 20.0);
    EXPECT_EQ(s.newLineWindowDays, 60);

    settings.setValue(QStringLiteral("markers/rise_percent"), 0);
    EXPECT_EQ(loadMarkerSettings(Knowledge::builtin(), settings).risePercent, 25.0);

    // The chart reads them: a result without its own ULN is compared with the site's.
    PatientRecord record;
    MarkerResult m;
    m.date = QDate(2025, 1, 1);
    m.analyte = QStringLiteral("CA15-3");
    m.value = 28;
    m.unit = QStringLiteral("U/mL");
    record.markers << m;
    MarkerChartView view(Knowledge::builtin());
    view.setLanguage(&Language::english());
    view.setSettings(s);
    view.setPatient(record, kAsOf);
    view.showHover(QStringLiteral("CA15-3"), 0);
    EXPECT_TRUE(view.hoverText().contains(QStringLiteral("28 U/mL (site ULN 30)"))) << view.hoverText().toStdString();
    EXPECT_FALSE(view.hoverText().contains(QStringLiteral("above ULN")));
}

TEST(CourseViews, FollowTheUiLanguageAtRunTime)
{
    const PatientRecord record = test::storedDemoPatient(QStringLiteral("DEMO-0001"));
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MarkerChartView chart(Knowledge::builtin());
    DiseaseTimeline timeline(Knowledge::builtin());
    chart.setPatient(record, kAsOf);
    timeline.setPatient(record, kAsOf);
    EXPECT_EQ(chart.chartData().bands[2].label, QStringLiteral("L2 · goserelin + letrozole"));
    EXPECT_EQ(chart.findChild<QCheckBox*>(QStringLiteral("logScale"))->text(), QStringLiteral("Log scale"));

    languages.setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::sendPostedEvents();  // LanguageChange reaches widgets as a posted event
    EXPECT_EQ(chart.chartData().bands[2].label, QStringLiteral("二线 · 戈舍瑞林 + 来曲唑"));
    EXPECT_EQ(chart.findChild<QCheckBox*>(QStringLiteral("logScale"))->text(), QStringLiteral("对数坐标"));
    EXPECT_EQ(timeline.data().bars[3].label, QStringLiteral("三线 · 艾拉司群 + 达尔西利 + 戈舍瑞林"));
    EXPECT_EQ(timeline.findChild<QToolButton*>(QStringLiteral("fitAll"))->text(), QStringLiteral("显示全程"));
    EXPECT_EQ(chart.chart()->dateAxis()->categoriesLabels().first(), QStringLiteral("2020"));

    // A view given a language keeps it (e.g. a print preview in English while the UI is Chinese).
    chart.setLanguage(&Language::english());
    languages.setLanguage(QStringLiteral("en"));
    languages.setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::sendPostedEvents();  // LanguageChange reaches widgets as a posted event
    EXPECT_EQ(chart.chartData().bands[2].label, QStringLiteral("L2 · goserelin + letrozole"));
    languages.setLanguage(QStringLiteral("en"));
}

TEST(MarkerChartView, HoveringAPointWithThePointer)
{
    MarkerChartView view(Knowledge::builtin());
    view.setLanguage(&Language::english());
    view.setPatient(test::storedDemoPatient(QStringLiteral("DEMO-0001")), kAsOf);
    view.resize(1200, 500);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(50);  // let the chart lay out at the window's size (xcb delivers the resize late)
    MarkerChart* chart = view.chart();
    QLineSeries* series = chart->valueSeries(QStringLiteral("CA15-3"));
    const QPointF inChart = chart->mapToPosition(series->at(14), series);  // 96.4 on 2025-05-15
    const QPoint inView = view.chartView()->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseMove(view.chartView()->viewport(), inView - QPoint(20, 20));
    QTest::mouseMove(view.chartView()->viewport(), inView);
    QTest::qWait(50);
    EXPECT_TRUE(view.hoverText().startsWith(QStringLiteral("CA 15-3 · 15 May 2025\n96.4 U/mL")))
        << view.hoverText().toStdString();
    // A point under no mark: the line itself reports it.
    const QPointF plain = chart->mapToPosition(series->at(3), series);  // 31.6 on 2022-10-12
    QTest::mouseMove(view.chartView()->viewport(), view.chartView()->mapFromScene(chart->mapToScene(plain)));
    QTest::qWait(50);
    EXPECT_TRUE(view.hoverText().startsWith(QStringLiteral("CA 15-3 · 12 Oct 2022\n31.6 U/mL")))
        << view.hoverText().toStdString();
}
