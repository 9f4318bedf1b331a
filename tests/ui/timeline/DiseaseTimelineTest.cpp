// The timeline's items and their places in time, colours by drug class, symbols, legend; 0 / 1 / 2,000 points.
#include "ui/timeline/DiseaseTimeline.h"

#include "core/i18n/Language.h"
#include "core/knowledge/Knowledge.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/charts/CourseTestData.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/timeline/TimelineItems.h"
#include "ui/timeline/TimelineLegend.h"
#include "ui/timeline/TimelineScene.h"
#include "ui/timeline/TimelineSymbols.h"
#include "ui/timeline/TimelineView.h"

#include <QDir>
#include <QLabel>
#include <QTest>

using namespace onco;

namespace {

const QDate kAsOf(2026, 11, 21);

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

TimelineBarItem* barFor(TimelineScene* scene, int recordIndex)
{
    return dynamic_cast<TimelineBarItem*>(scene->itemFor(TimelineEntity::TherapyLine, recordIndex));
}

int therapyIndex(const PatientRecord& r, const QDate& start)
{
    for (int i = 0; i < r.therapies.size(); ++i)
        if (r.therapies.at(i).start == start)
            return i;
    return -1;
}

struct DemoTimeline
{
    PatientRecord record = test::storedDemoPatient(QStringLiteral("DEMO-0001"));
    DiseaseTimeline widget{Knowledge::builtin()};
    DemoTimeline()
    {
        widget.setLanguage(&Language::english());
        widget.setPatient(record, kAsOf);
        widget.resize(1200, 500);
        widget.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&widget));
    }
};

}  // namespace

TEST(DiseaseTimeline, BarsStartAndEndAtTheirLinesDates)
{
    DemoTimeline t;
    TimelineScene* scene = t.widget.scene();
    ASSERT_EQ(t.widget.data().bars.size(), 4);
    EXPECT_TRUE(t.widget.view()->isFitted());
    for (const TimelineBar& bar : t.widget.data().bars) {
        TimelineBarItem* item = barFor(scene, bar.ref.index);
        ASSERT_TRUE(item) << bar.label.toStdString();
        const TherapyLine& line = t.record.therapies.at(bar.ref.index);
        EXPECT_EQ(bar.ref.id, line.id);
        EXPECT_NEAR(item->scenePos().x(), scene->xOf(line.start), 1e-9);
        EXPECT_EQ(scene->dateAt(item->scenePos().x()), line.start);
        const QDate end = line.end.isValid() ? line.end : kAsOf;
        EXPECT_NEAR(item->scenePos().x() + item->boundingRect().width() - 8, scene->xOf(end), 1e-6);
        EXPECT_TRUE(scene->laneRect(TimelineScene::Lane::Therapy).contains(item->sceneBoundingRect().center()));
    }
    // The whole course fits the view: the first line and as_of are both inside the viewport.
    const double width = t.widget.view()->viewport()->width();
    EXPECT_GT(scene->xOf(d("2019-03-18")), scene->labelWidth());
    EXPECT_LT(scene->xOf(kAsOf), width);
}

TEST(DiseaseTimeline, BarsAreColouredByDrugClass)
{
    DemoTimeline t;
    TimelineScene* scene = t.widget.scene();
    TimelineBarItem* chemo = barFor(scene, therapyIndex(t.record, d("2022-04-15")));
    TimelineBarItem* ofsAi = barFor(scene, therapyIndex(t.record, d("2022-08-01")));
    TimelineBarItem* current = barFor(scene, therapyIndex(t.record, d("2025-06-05")));
    TimelineBarItem* adjuvant = barFor(scene, therapyIndex(t.record, d("2019-04-20")));
    ASSERT_TRUE(chemo && ofsAi && current && adjuvant);
    EXPECT_EQ(chemo->stripeColors(), QList<QColor>{palette::groupTint(ClassGroup::Chemotherapy)});
    EXPECT_EQ(ofsAi->stripeColors(),
              (QList<QColor>{palette::groupTint(ClassGroup::Endocrine), palette::groupTint(ClassGroup::Ofs)}));
    EXPECT_EQ(current->stripeColors(),
              (QList<QColor>{palette::groupTint(ClassGroup::Endocrine), palette::groupTint(ClassGroup::Cdk46i),
                             palette::groupTint(ClassGroup::Ofs)}));
    EXPECT_TRUE(adjuvant->bar().early);
    EXPECT_FALSE(chemo->bar().early);
    EXPECT_TRUE(current->bar().ongoing);
    // Distinct colours per group, and the tints stay light enough for dark text.
    QList<QRgb> seen;
    for (ClassGroup g : palette::allGroups()) {
        EXPECT_FALSE(seen.contains(palette::groupColor(g).rgb()));
        seen << palette::groupColor(g).rgb();
        EXPECT_GT(palette::groupTint(g).lightness(), 170);
    }
    // Labels: the full one where it fits, else as much as fits, else the short one.
    EXPECT_EQ(ofsAi->shownText(), QStringLiteral("L2 · goserelin + letrozole"));
    EXPECT_TRUE(current->shownText().startsWith(QStringLiteral("L3 · elacestrant")))
        << current->shownText().toStdString();
    EXPECT_EQ(chemo->shownText(), QStringLiteral("L1"));
}

TEST(DiseaseTimeline, EventsAndGeneticTestsAsSymbolsAtTheirDates)
{
    DemoTimeline t;
    TimelineScene* scene = t.widget.scene();
    const QList<QGraphicsItem*> events = scene->itemsOfKind(QStringLiteral("event"));
    ASSERT_EQ(events.size(), 5);  // diagnosis, surgery, radiotherapy, recurrence, progression
    QList<TimelineSymbol> symbols;
    for (QGraphicsItem* item : events) {
        auto* symbol = dynamic_cast<TimelineSymbolItem*>(item);
        ASSERT_TRUE(symbol);
        symbols << symbol->symbol();
        EXPECT_TRUE(scene->laneRect(TimelineScene::Lane::Events).contains(item->scenePos()));
    }
    EXPECT_EQ(symbols,
              (QList<TimelineSymbol>{TimelineSymbol::Diagnosis, TimelineSymbol::Surgery, TimelineSymbol::Radiotherapy,
                                     TimelineSymbol::Recurrence, TimelineSymbol::Progression}));
    EXPECT_NEAR(events[4]->scenePos().x(), scene->xOf(d("2025-05-12")), 1e-9);
    EXPECT_EQ(events[0]->data(TimelineScene::EntityKey).toInt(), int(TimelineEntity::Diagnosis));
    EXPECT_TRUE(events[0]->toolTip().contains(QStringLiteral("ER 90 % · PR 70 % · HER2 IHC 1+")))
        << events[0]->toolTip().toStdString();

    const QList<QGraphicsItem*> genetics = scene->itemsOfKind(QStringLiteral("genetic"));
    ASSERT_EQ(genetics.size(), 2);
    QList<TimelineSymbol> geneSymbols;
    for (QGraphicsItem* item : genetics)
        geneSymbols << static_cast<TimelineSymbolItem*>(item)->symbol();
    EXPECT_TRUE(geneSymbols.contains(TimelineSymbol::Esr1Mutated));
    EXPECT_TRUE(geneSymbols.contains(TimelineSymbol::GeneticResult));
    const TimelineMark& esr1 =
        t.widget.data().genetics[0].highlight ? t.widget.data().genetics[0] : t.widget.data().genetics[1];
    EXPECT_EQ(esr1.label, QStringLiteral("ESR1 p.D538G (ctDNA)"));
    EXPECT_NE(timeline::symbolColor(TimelineSymbol::Esr1Mutated), timeline::symbolColor(TimelineSymbol::GeneticResult));
}

TEST(DiseaseTimeline, MarkerOnlyProgressionIsShownButNotAsProgression)
{
    PatientRecord record = test::storedDemoPatient(QStringLiteral("DEMO-0001"));
    DiseaseEvent e;
    e.date = d("2024-10-20");
    e.type = EventType::Progression;
    e.evidence = Evidence::TumorMarker;
    record.events << e;
    const TimelineData data =
        buildTimelineData(record, Knowledge::builtin(), kAsOf,
                          analytics::MarkerSettings::fromKnowledge(Knowledge::builtin()), Language::english());
    int progressions = 0, markerOnly = 0;
    for (const TimelineMark& m : data.events) {
        progressions += m.symbol == TimelineSymbol::Progression;
        markerOnly += m.symbol == TimelineSymbol::MarkerOnlyProgression;
    }
    EXPECT_EQ(progressions, 1);
    EXPECT_EQ(markerOnly, 1);
    const QList<LegendEntry> legend = TimelineLegend::entriesFor(data, Language::english());
    EXPECT_TRUE(std::any_of(legend.begin(), legend.end(), [](const LegendEntry& l) {
        return l.text == QStringLiteral("Marker rise only (not progression)");
    }));
}

TEST(DiseaseTimeline, MarkerSparklineSharesTheTimeAxis)
{
    DemoTimeline t;
    TimelineScene* scene = t.widget.scene();
    const QList<QGraphicsItem*> sparks = scene->itemsOfKind(QStringLiteral("spark"));
    ASSERT_EQ(sparks.size(), 2);
    auto* ca153 = dynamic_cast<TimelineSparkItem*>(sparks[0]);
    ASSERT_TRUE(ca153);
    EXPECT_EQ(ca153->spark().analyte, QStringLiteral("CA15-3"));
    ASSERT_EQ(ca153->points().size(), 22);
    EXPECT_NEAR(ca153->points().constFirst().x(), scene->xOf(d("2022-04-08")), 1e-9);
    EXPECT_DOUBLE_EQ(ca153->spark().ratios.constFirst(), 78.5 / 25);
    const QRectF lane = scene->laneRect(TimelineScene::Lane::Markers);
    for (const QPointF& p : ca153->points())
        EXPECT_TRUE(lane.contains(p));
    // Higher multiples of ULN sit higher.
    EXPECT_LT(ca153->points()[14].y(), ca153->points()[21].y());  // 96.4 above 18.9
}

TEST(DiseaseTimeline, LegendListsWhatIsShown)
{
    DemoTimeline t;
    QStringList texts;
    for (const LegendEntry& e : t.widget.legend()->entries())
        texts << e.text;
    for (const char* expected :
         {"Endocrine therapy", "CDK4/6 inhibitor", "Chemotherapy", "Ovarian function suppression",
          "Adjuvant / neoadjuvant", "Diagnosis", "Surgery", "Radiotherapy", "Recurrence", "Progression",
          "ESR1 mutation", "Other genetic result", "CA 15-3", "CEA"})
        EXPECT_TRUE(texts.contains(QString::fromLatin1(expected))) << expected;
    EXPECT_FALSE(texts.contains(QStringLiteral("Antibody–drug conjugate")));  // no ADC in this course
    EXPECT_FALSE(texts.contains(QStringLiteral("Death")));
    EXPECT_GT(t.widget.legend()->height(), 10);
}

TEST(DiseaseTimeline, EmptyOneAndTwoThousandPoints)
{
    DiseaseTimeline widget(Knowledge::builtin());
    widget.setLanguage(&Language::english());
    widget.resize(1000, 400);
    widget.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
    EXPECT_TRUE(widget.isShowingEmptyState());
    widget.setPatient(PatientRecord{}, kAsOf);
    EXPECT_TRUE(widget.isShowingEmptyState());
    EXPECT_EQ(widget.findChild<QLabel*>(QStringLiteral("emptyState"))->text(),
              QStringLiteral("Nothing recorded on the timeline yet."));

    PatientRecord one;
    MarkerResult m;
    m.date = QDate(2025, 1, 10);
    m.analyte = QStringLiteral("CA15-3");
    m.value = 30;
    m.unit = QStringLiteral("U/mL");
    one.markers << m;
    widget.setPatient(one, kAsOf);
    EXPECT_FALSE(widget.isShowingEmptyState());
    auto* spark = dynamic_cast<TimelineSparkItem*>(widget.scene()->itemsOfKind(QStringLiteral("spark")).value(0));
    ASSERT_TRUE(spark);
    EXPECT_EQ(spark->points().size(), 1);
    EXPECT_DOUBLE_EQ(spark->spark().ratios[0], 30.0 / 25);  // the catalogue ULN stands in for a missing one

    widget.setPatient(test::manyMarkers(2000), kAsOf);
    spark = dynamic_cast<TimelineSparkItem*>(widget.scene()->itemsOfKind(QStringLiteral("spark")).value(0));
    ASSERT_TRUE(spark);
    EXPECT_EQ(spark->points().size(), 2000);
    EXPECT_EQ(widget.scene()->itemsOfKind(QStringLiteral("bar")).size(), 1);
    EXPECT_FALSE(widget.renderImage(QSize(1000, 400)).isNull());
}

TEST(DiseaseTimeline, ScreenshotsOfDemo0001InEnglishAndChinese)
{
    const PatientRecord record = test::storedDemoPatient(QStringLiteral("DEMO-0001"));
    LanguageManager languages;
    for (const QString& code : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        languages.setLanguage(code);
        DiseaseTimeline widget(Knowledge::builtin());
        widget.setPatient(record, kAsOf);
        EXPECT_EQ(widget.data().bars[2].shortLabel,
                  code == QLatin1String("en") ? QStringLiteral("L2") : QStringLiteral("二线"));
        for (const QSize size : {QSize(1200, 500), QSize(900, 300)}) {
            widget.resize(size);
            widget.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
            const QString base =
                QDir(test::screenshotDir()).filePath(QStringLiteral("timeline-%1-%2").arg(code).arg(size.width()));
            EXPECT_TRUE(widget.grab().save(base + QStringLiteral("-widget.png")));
            EXPECT_TRUE(widget.renderImage(size).save(base + QStringLiteral(".png")));
        }
        widget.view()->zoomIn();
        widget.view()->zoomIn();
        widget.view()->zoomIn();
        EXPECT_TRUE(widget.grab().save(
            QDir(test::screenshotDir()).filePath(QStringLiteral("timeline-%1-zoomed.png").arg(code))));
    }
    languages.setLanguage(QStringLiteral("en"));
}

// The decisive ESR1 result keeps its label however crowded the genetic lane is and at any width, in English too
// (issue 14: it disappeared on the English timeline when other results took the rows first).
TEST(DiseaseTimeline, TheDecisiveEsr1ResultAlwaysKeepsItsLabel)
{
    PatientRecord record = test::storedDemoPatient(QStringLiteral("DEMO-0001"));
    // Other results taken the same week, listed before it.
    for (const char* gene : {"PIK3CA", "AKT1", "PTEN", "BRCA1"}) {
        GeneticResult other = record.genomics.first();
        other.id = 0;
        other.gene = QString::fromLatin1(gene);
        other.variant.clear();
        other.result = GeneticOutcome::NotDetected;
        record.genomics.prepend(other);
    }
    for (const Language* language : {&Language::english(), &Language::chinese()})
        for (int width : {700, 1000, 1400}) {
            DiseaseTimeline widget{Knowledge::builtin()};
            widget.setLanguage(language);
            widget.setPatient(record, kAsOf);
            widget.resize(width, 500);
            widget.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
            bool labelled = false;
            for (QGraphicsItem* item : widget.scene()->itemsOfKind(QStringLiteral("genetic"))) {
                auto* symbol = static_cast<TimelineSymbolItem*>(item);
                if (symbol->symbol() != TimelineSymbol::Esr1Mutated)
                    continue;
                for (QGraphicsItem* child : symbol->childItems())
                    if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(child))
                        labelled = text->text().startsWith(QStringLiteral("ESR1"));
            }
            EXPECT_TRUE(labelled) << language->code().toStdString() << " " << width;
        }
}
