// The course views in the real window: the marker chart in the Markers tab and the timeline across the Overview
// follow the open patient, every edit, the site's ULN settings and the UI language; a timeline click brings its
// record into view; the chart exports a PNG from its button.
#include "ui/mainwindow/CourseViews.h"

#include "core/demo/DemoData.h"
#include "core/settings/AppSettings.h"
#include "tests/ui/workspace/UiTestSupport.h"
#include "ui/charts/MarkerChartView.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/timeline/DiseaseTimeline.h"
#include "ui/timeline/TimelineScene.h"
#include "ui/timeline/TimelineView.h"
#include "ui/widgets/Display.h"
#include "ui/workspace/MarkersTab.h"
#include "ui/workspace/OverviewTab.h"
#include "ui/workspace/PatientWorkspace.h"
#include "ui/workspace/RecordTable.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QImage>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace onco;

namespace {

class CourseViewsTest : public test::UiTest
{
protected:
    void SetUp() override
    {
        test::UiTest::SetUp();
        languages.setLanguage(QStringLiteral("en"));
        ASSERT_TRUE(importDemoPatients(t.service()).ok());
        window = std::make_unique<MainWindow>(
            MainWindow::Services{t.service(), t.directory(), t.worklists(), t.openPatient()}, &languages);
        window->resize(1366, 768);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override
    {
        window.reset();
        languages.setLanguage(QStringLiteral("en"));
        test::UiTest::TearDown();
    }
    qint64 id(const char* mrn) { return t.service().findPatientId(QLatin1String(mrn)).value_or(0); }
    MarkerChartView* chart() { return window->courseViews()->chart(); }
    DiseaseTimeline* timeline() { return window->courseViews()->timeline(); }
    int results(const QString& analyte)
    {
        const ChartAnalyte* a = chart()->chartData().find(analyte);
        return a ? int(a->series.points.size()) : 0;
    }

    LanguageManager languages;
    test::TempDatabase t;
    std::unique_ptr<MainWindow> window;
};

}  // namespace

TEST_F(CourseViewsTest, TheChartSitsInTheMarkersTabAndFollowsTheOpenPatientAndEveryEdit)
{
    EXPECT_TRUE(window->workspace()->markersTab()->isAncestorOf(chart()));
    EXPECT_TRUE(window->workspace()->overviewTab()->isAncestorOf(timeline()));
    window->openPatient(id("DEMO-0001"));
    ASSERT_TRUE(chart()->chartData().hasResults());
    const int before = results(QStringLiteral("CA15-3"));
    EXPECT_GT(before, 0);
    EXPECT_EQ(timeline()->data().bars.size(), t.service().loadPatient(id("DEMO-0001"))->therapies.size());

    // An edit (saved through the service, as every dialog does) shows at once in the chart and the timeline.
    MarkerResult m;
    m.patientId = id("DEMO-0001");
    m.date = QDate(2026, 11, 20);
    m.analyte = QStringLiteral("CA15-3");
    m.value = 18;
    m.unit = QStringLiteral("U/mL");
    ASSERT_TRUE(t.service().save(m).ok());
    EXPECT_EQ(results(QStringLiteral("CA15-3")), before + 1);
    EXPECT_EQ(timeline()->data().markers.front().dates.size(), before + 1);

    // Undo of the patient's own edits is followed too: delete the result again through the service.
    const auto record = t.service().loadPatient(id("DEMO-0001")).value();
    ASSERT_TRUE(t.service().remove<MarkerResult>(record.markers.back().id).ok());
    EXPECT_EQ(results(QStringLiteral("CA15-3")), before);

    // Another patient replaces the chart; closing shows the empty state.
    window->openPatient(id("DEMO-0002"));
    EXPECT_EQ(chart()->chartData().asOf, QDate(2026, 11, 21));
    window->workspace()->openPatient(0);
    EXPECT_TRUE(chart()->isShowingEmptyState());
    EXPECT_TRUE(timeline()->isShowingEmptyState());
}

TEST_F(CourseViewsTest, AnalyteChoiceAndLogScaleAreRememberedPerPatient)
{
    window->openPatient(id("DEMO-0001"));
    const QStringList all = chart()->availableAnalytes();
    ASSERT_GE(all.size(), 2);
    auto* box = chart()->findChild<QCheckBox*>(QStringLiteral("analyte:") + all.last());
    ASSERT_TRUE(box);
    box->click();
    chart()->findChild<QCheckBox*>(QStringLiteral("logScale"))->click();
    const QStringList chosen = chart()->selectedAnalytes();
    EXPECT_FALSE(chosen.contains(all.last()));
    EXPECT_TRUE(chart()->logScale());

    window->openPatient(id("DEMO-0002"));
    EXPECT_EQ(chart()->selectedAnalytes(), chart()->availableAnalytes());
    EXPECT_FALSE(chart()->logScale());

    window->openPatient(id("DEMO-0001"));
    EXPECT_EQ(chart()->selectedAnalytes(), chosen);
    EXPECT_TRUE(chart()->logScale());
}

TEST_F(CourseViewsTest, SiteUlnSettingsReachTheChartAndTheTimeline)
{
    window->openPatient(id("DEMO-0001"));
    EXPECT_EQ(chart()->settings().uln(QStringLiteral("CA15-3")), 25.0);
    settings::setMarkerUln(QStringLiteral("CA15-3"), 31.0, t.service().knowledge());
    emit window->settingsChanged();
    EXPECT_EQ(chart()->settings().uln(QStringLiteral("CA15-3")), 31.0);
    // The one reading: what the dialogs show is what the chart uses.
    EXPECT_EQ(settings::markerUln(QStringLiteral("CA 15-3"), t.service().knowledge()), 31.0);
}

TEST_F(CourseViewsTest, ChartAndTimelineTextsFollowTheUiLanguage)
{
    window->openPatient(id("DEMO-0001"));
    ASSERT_FALSE(chart()->chartData().bands.isEmpty());
    const QString english = chart()->chartData().bands.last().shortLabel;
    languages.setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    const QString chinese = chart()->chartData().bands.last().shortLabel;
    EXPECT_NE(chinese, english);
    EXPECT_TRUE(chinese.contains(QStringLiteral("线"))) << chinese.toStdString();
    EXPECT_TRUE(timeline()->data().bars.last().shortLabel.contains(QStringLiteral("线")));
    EXPECT_EQ(chart()->findChild<QCheckBox*>(QStringLiteral("logScale"))->text(), QStringLiteral("对数坐标"));
}

TEST_F(CourseViewsTest, ClickingATimelineItemOpensItsRecordInItsTab)
{
    window->openPatient(id("DEMO-0001"));
    // The Overview gives the timeline the height of the new course (the scene is rebuilt at that size): let it
    // settle before taking its items.
    window->workspace()->tabs()->setCurrentIndex(PatientWorkspace::Overview);
    QCoreApplication::processEvents();
    const PatientRecord record = t.service().loadPatient(id("DEMO-0001")).value();
    TimelineView* view = timeline()->view();
    auto click = [&](QGraphicsItem* item, QPointF at) {
        ASSERT_TRUE(item);
        window->workspace()->tabs()->setCurrentIndex(PatientWorkspace::Overview);
        QCoreApplication::processEvents();
        view->ensureVisible(item);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(at));
    };
    auto tableOf = [&](const char* name) { return window->workspace()->findChild<RecordTable*>(QLatin1String(name)); };

    const TimelineBar& bar = timeline()->data().bars.last();
    QGraphicsItem* barItem = timeline()->scene()->itemFor(TimelineEntity::TherapyLine, bar.ref.index);
    click(barItem, barItem->sceneBoundingRect().center());
    EXPECT_EQ(window->workspace()->tabs()->currentIndex(), PatientWorkspace::Lines);
    EXPECT_EQ(tableOf("lines")->currentId(), record.therapies.at(bar.ref.index).id);

    QGraphicsItem* event = timeline()->scene()->itemsOfKind(QStringLiteral("event")).last();
    click(event, event->scenePos());
    EXPECT_EQ(window->workspace()->tabs()->currentIndex(), PatientWorkspace::History);
    EXPECT_NE(tableOf("events")->currentId(), 0);

    QGraphicsItem* gene = timeline()->scene()->itemsOfKind(QStringLiteral("genetic")).first();
    click(gene, gene->scenePos());
    EXPECT_EQ(window->workspace()->tabs()->currentIndex(), PatientWorkspace::Genetics);
    EXPECT_NE(tableOf("genetics")->currentId(), 0);
    // Selected, not edited: no dialog opened.
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
}

TEST_F(CourseViewsTest, TheOverviewFitsTheTimelineAndItsGroupsAt1366x768)
{
    window->openPatient(id("DEMO-0001"));
    window->workspace()->tabs()->setCurrentIndex(PatientWorkspace::Overview);
    QCoreApplication::processEvents();
    OverviewTab* overview = window->workspace()->overviewTab();
    ASSERT_TRUE(timeline()->isVisible());
    EXPECT_GE(timeline()->view()->height(), 120);
    // The timeline leaves at least half of the tab to the patient's facts.
    EXPECT_LE(timeline()->height(), overview->height() / 2);
}

TEST_F(CourseViewsTest, ExportPngFromTheChartsButton)
{
    window->openPatient(id("DEMO-0001"));
    window->workspace()->tabs()->setCurrentIndex(PatientWorkspace::Markers);
    QCoreApplication::processEvents();
    const QString path = QDir(t.dir()).filePath(QStringLiteral("chart.png"));
    test::onNextDialog<QFileDialog>([&](QFileDialog& d) {
        d.selectFile(path);
        static_cast<QDialog&>(d).accept();
    });
    chart()->findChild<QPushButton*>(QStringLiteral("exportPng"))->click();
    const QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_GE(image.width(), 900);
}

TEST_F(CourseViewsTest, EnglishDatesInTheWindowUseThreeLetterMonths)
{
    EXPECT_EQ(display::date(QDate(2025, 9, 1)), QStringLiteral("1 Sep 2025"));
    languages.setLanguage(QStringLiteral("zh_CN"));
    EXPECT_EQ(display::date(QDate(2025, 9, 1)), QStringLiteral("2025年9月1日"));
}
