// Clicking items of the timeline names their records; zoom with buttons and the wheel; fit all.
#include "core/i18n/Language.h"
#include "core/knowledge/Knowledge.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/charts/CourseTestData.h"
#include "ui/timeline/DiseaseTimeline.h"
#include "ui/timeline/TimelineItems.h"
#include "ui/timeline/TimelineScene.h"
#include "ui/timeline/TimelineView.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using namespace onco;

namespace {

const QDate kAsOf(2026, 11, 21);

struct Shown
{
    PatientRecord record = test::storedDemoPatient(QStringLiteral("DEMO-0001"));
    DiseaseTimeline widget{Knowledge::builtin()};
    Shown()
    {
        widget.setLanguage(&Language::english());
        widget.setPatient(record, kAsOf);
        widget.resize(1200, 500);
        widget.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&widget));
    }
    void click(const QPointF& scenePos)
    {
        TimelineView* view = widget.view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(scenePos));
    }
};

}  // namespace

TEST(TimelineInteraction, ClickingABarNamesItsLine)
{
    Shown s;
    QSignalSpy spy(&s.widget, &DiseaseTimeline::itemClicked);
    const TimelineBar& bar = s.widget.data().bars.last();  // elacestrant + dalpiciclib + goserelin
    QGraphicsItem* item = s.widget.scene()->itemFor(TimelineEntity::TherapyLine, bar.ref.index);
    ASSERT_TRUE(item);
    s.click(item->sceneBoundingRect().center());
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy[0][0].value<TimelineEntity>(), TimelineEntity::TherapyLine);
    EXPECT_EQ(spy[0][1].toLongLong(), s.record.therapies.at(bar.ref.index).id);
    EXPECT_GT(spy[0][1].toLongLong(), 0);
    EXPECT_EQ(spy[0][2].toInt(), bar.ref.index);
    EXPECT_EQ(s.record.therapies.at(bar.ref.index).drugs.first(), QStringLiteral("elacestrant"));
}

TEST(TimelineInteraction, ClickingAnEventAGeneticResultAndAMarkerPoint)
{
    Shown s;
    QSignalSpy spy(&s.widget, &DiseaseTimeline::itemClicked);
    TimelineScene* scene = s.widget.scene();
    QGraphicsItem* progression = scene->itemsOfKind(QStringLiteral("event")).last();
    s.click(progression->scenePos());
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy[0][0].value<TimelineEntity>(), TimelineEntity::Event);
    const int e = spy[0][2].toInt();
    EXPECT_EQ(s.record.events.at(e).type, EventType::Progression);
    EXPECT_EQ(spy[0][1].toLongLong(), s.record.events.at(e).id);

    QGraphicsItem* gene = scene->itemsOfKind(QStringLiteral("genetic")).first();
    s.click(gene->scenePos());
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(spy[1][0].value<TimelineEntity>(), TimelineEntity::GeneticResult);
    EXPECT_EQ(spy[1][1].toLongLong(), s.record.genomics.at(spy[1][2].toInt()).id);

    auto* spark = dynamic_cast<TimelineSparkItem*>(scene->itemsOfKind(QStringLiteral("spark")).first());
    ASSERT_TRUE(spark);
    s.click(spark->mapToScene(spark->points().at(14)));  // CA 15-3 96.4 on 2025-05-15
    ASSERT_EQ(spy.count(), 3);
    EXPECT_EQ(spy[2][0].value<TimelineEntity>(), TimelineEntity::MarkerResult);
    const MarkerResult& m = s.record.markers.at(spy[2][2].toInt());
    EXPECT_EQ(m.date, QDate(2025, 5, 15));
    EXPECT_EQ(m.analyte, QStringLiteral("CA15-3"));
    EXPECT_EQ(spy[2][1].toLongLong(), m.id);

    // Empty background and the lane labels name nothing.
    s.click(QPointF(scene->xOf(QDate(2020, 6, 1)), scene->laneRect(TimelineScene::Lane::Genetics).center().y()));
    s.click(QPointF(10, scene->laneRect(TimelineScene::Lane::Therapy).center().y()));
    EXPECT_EQ(spy.count(), 3);
}

TEST(TimelineInteraction, ZoomButtonsWheelAndFitAll)
{
    Shown s;
    TimelineView* view = s.widget.view();
    const double fit = view->pxPerDay();
    s.widget.findChild<QToolButton*>(QStringLiteral("zoomIn"))->click();
    EXPECT_NEAR(view->pxPerDay(), fit * 1.4, 1e-9);
    EXPECT_FALSE(view->isFitted());
    EXPECT_GT(view->horizontalScrollBar()->maximum(), 0);
    // Bars follow the scale: the start still maps to the line's date.
    const TimelineBar& bar = s.widget.data().bars.last();
    QGraphicsItem* item = s.widget.scene()->itemFor(TimelineEntity::TherapyLine, bar.ref.index);
    EXPECT_NEAR(item->scenePos().x(), s.widget.scene()->xOf(bar.start), 1e-9);
    // The wheel zooms around the pointer: the date under it stays put.
    const QPoint at(700, 100);
    const QDate under = s.widget.scene()->dateAt(view->mapToScene(at).x());
    QWheelEvent wheel(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &wheel);
    EXPECT_NEAR(view->pxPerDay(), fit * 1.4 * 1.4, 1e-9);
    EXPECT_LE(std::abs(s.widget.scene()->dateAt(view->mapToScene(at).x()).daysTo(under)), 2);
    // Zooming out stops at the whole course; fit all goes back there.
    s.widget.findChild<QToolButton*>(QStringLiteral("fitAll"))->click();
    EXPECT_TRUE(view->isFitted());
    EXPECT_NEAR(view->pxPerDay(), fit, 1e-9);
    s.widget.findChild<QToolButton*>(QStringLiteral("zoomOut"))->click();
    EXPECT_NEAR(view->pxPerDay(), fit, 1e-9);
    // The lane labels stay at the left while scrolled.
    view->zoomIn();
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum());
    int labels = 0;
    for (QGraphicsItem* label : s.widget.scene()->items()) {
        if (label->data(TimelineScene::KindKey).toString() == QLatin1String("lane-label")) {
            EXPECT_NEAR(view->mapFromScene(label->scenePos()).x(), 8, 1.5);
            ++labels;
        }
    }
    EXPECT_EQ(labels, 4);
}
