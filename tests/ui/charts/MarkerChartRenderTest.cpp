// The marker chart with 0, 1 and 2,000 results; rendering without being shown; PNG export; screenshots.
#include "core/i18n/Language.h"
#include "core/knowledge/Knowledge.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/charts/CourseTestData.h"
#include "ui/charts/MarkerChartView.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/timeline/DiseaseTimeline.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace onco;

namespace {

const QDate kAsOf(2026, 11, 21);

/** Share of pixels that are not white: a blank image has none. */
double inkShare(const QImage& image)
{
    qint64 ink = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); y += 2)
        for (int x = 0; x < rgb.width(); x += 2)
            ink += rgb.pixel(x, y) != qRgb(255, 255, 255);
    return double(ink) / ((rgb.width() / 2) * (rgb.height() / 2));
}

}  // namespace

TEST(MarkerChartRender, NoResultsShowsAClearEmptyState)
{
    PatientRecord record = test::storedDemoPatient(QStringLiteral("DEMO-0001"));
    record.markers.clear();
    MarkerChartView view(Knowledge::builtin());
    view.setLanguage(&Language::english());
    view.setPatient(record, kAsOf);
    view.resize(900, 400);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_TRUE(view.isShowingEmptyState());
    auto* empty = view.findChild<QLabel*>(QStringLiteral("emptyState"));
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_EQ(empty->text(), QStringLiteral("No tumour marker results recorded for this patient."));
    EXPECT_FALSE(view.findChild<QCheckBox*>(QStringLiteral("logScale"))->isEnabled());
    EXPECT_FALSE(view.findChild<QPushButton*>(QStringLiteral("exportPng"))->isEnabled());
    EXPECT_TRUE(view.availableAnalytes().isEmpty());
    // Printed, the chart still shows the course and says there is nothing to plot.
    ASSERT_TRUE(view.chart()->emptyText());
    EXPECT_EQ(view.chart()->emptyText()->text(), QStringLiteral("No tumour marker results"));
    EXPECT_EQ(view.chart()->overlayItems(QStringLiteral("band")).size(), 4);
    const QImage image = view.renderImage(QSize(900, 400));
    EXPECT_GT(inkShare(image), 0.02);
    image.save(QDir(test::screenshotDir()).filePath(QStringLiteral("chart-empty-en.png")));

    view.clear();
    EXPECT_TRUE(view.isShowingEmptyState());
    EXPECT_TRUE(view.chartData().bands.isEmpty());
}

TEST(MarkerChartRender, OneResult)
{
    PatientRecord record;
    MarkerResult m;
    m.id = 7;
    m.date = QDate(2025, 3, 1);
    m.analyte = QStringLiteral("CEA");
    m.value = 7.5;
    m.unit = QStringLiteral("ng/mL");
    record.markers << m;
    MarkerChartView view(Knowledge::builtin());
    view.setLanguage(&Language::english());
    view.setPatient(record, QDate(2025, 3, 1));
    EXPECT_FALSE(view.isShowingEmptyState());
    QLineSeries* s = view.chart()->valueSeries(QStringLiteral("CEA"));
    ASSERT_TRUE(s);
    EXPECT_EQ(s->count(), 1);
    EXPECT_FALSE(view.chart()->nadirSeries(QStringLiteral("CEA")));  // only a baseline: no nadir yet
    // The date axis still has room around a single day, with month labels.
    EXPECT_LT(view.chart()->dateAxis()->min(), MarkerChart::xOf(QDate(2025, 3, 1)));
    EXPECT_GT(view.chart()->dateAxis()->max(), MarkerChart::xOf(QDate(2025, 3, 1)));
    EXPECT_FALSE(view.chart()->dateAxis()->categoriesLabels().isEmpty());
    // No ULN on the result: the site default (catalogue 5 ng/mL) is drawn and named as such.
    EXPECT_EQ(view.chart()->ulnSeries(QStringLiteral("CEA"))->points().constFirst().y(), 5.0);
    view.showHover(QStringLiteral("CEA"), 0);
    EXPECT_TRUE(view.hoverText().contains(QStringLiteral("7.5 ng/mL (site ULN 5) · above ULN")))
        << view.hoverText().toStdString();
    view.setLogScale(true);
    EXPECT_TRUE(qobject_cast<QLogValueAxis*>(view.chart()->valueAxis(QStringLiteral("ng/mL"))));
    EXPECT_GT(inkShare(view.renderImage(QSize(600, 300))), 0.02);
}

TEST(MarkerChartRender, TwoThousandResultsWithZerosOnALogAxis)
{
    const PatientRecord record = test::manyMarkers(2000);
    MarkerChartView view(Knowledge::builtin());
    view.setLanguage(&Language::english());
    view.setPatient(record, QDate(2026, 11, 21));
    QLineSeries* s = view.chart()->valueSeries(QStringLiteral("CA15-3"));
    ASSERT_TRUE(s);
    EXPECT_EQ(s->count(), 2000);
    EXPECT_FALSE(s->pointsVisible());  // a line only: 2,000 dots would hide it
    view.setLogScale(true);
    s = view.chart()->valueSeries(QStringLiteral("CA15-3"));
    auto* log = qobject_cast<QLogValueAxis*>(view.chart()->valueAxis(QStringLiteral("U/mL")));
    ASSERT_TRUE(log);
    // Result 99 is 0: drawn on the floor (half the smallest positive value), inside the axis.
    const double zero = s->at(99).y();
    EXPECT_GT(zero, 0);
    EXPECT_GE(zero, log->min());
    EXPECT_LT(zero, s->at(98).y());
    view.showHover(QStringLiteral("CA15-3"), 99);
    EXPECT_TRUE(view.hoverText().contains(QStringLiteral("\n0 U/mL"))) << view.hoverText().toStdString();
    view.resize(1200, 500);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.renderImage(QSize(1200, 500));
    EXPECT_GT(inkShare(image), 0.03);
    image.save(QDir(test::screenshotDir()).filePath(QStringLiteral("chart-2000-log.png")));
}

TEST(MarkerChartRender, NeverShownChartIsLaidOutAtTheRequestedSize)
{
    // toolchain.md §6 pitfall 5: a chart never shown must still fill the image.
    const PatientRecord record = test::storedDemoPatient(QStringLiteral("DEMO-0001"));
    const MarkerChartData data =
        buildMarkerChartData(record, Knowledge::builtin(), kAsOf,
                             analytics::MarkerSettings::fromKnowledge(Knowledge::builtin()), Language::english());
    QGraphicsScene scene;
    auto* chart =
        new MarkerChart(data, {{QStringLiteral("CA15-3"), QStringLiteral("CEA")}, false}, Language::english());
    scene.addItem(chart);
    chart->setGeometry(QRectF(0, 0, 1200, 500));
    chart->layoutOverlay();
    EXPECT_GT(chart->plotArea().width(), 950);
    EXPECT_GT(chart->plotArea().height(), 300);
    const auto* band = static_cast<QGraphicsRectItem*>(chart->overlayItems(QStringLiteral("band")).at(3));
    EXPECT_NEAR(band->rect().right(), chart->chartXOf(kAsOf), 0.5);
    EXPECT_GT(band->rect().width(), 100);

    const QImage image = MarkerChartView::renderChart(
        record, Knowledge::builtin(), kAsOf, analytics::MarkerSettings::fromKnowledge(Knowledge::builtin()),
        {{QStringLiteral("CA15-3")}, true}, Language::chinese(), QSize(800, 360), 2.0);
    EXPECT_EQ(image.size(), QSize(1600, 720));
    EXPECT_GT(inkShare(image), 0.03);
}

TEST(MarkerChartRender, ExportPng)
{
    MarkerChartView view(Knowledge::builtin());
    view.setPatient(test::storedDemoPatient(QStringLiteral("DEMO-0001")), kAsOf);
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("chart.png"));
    ASSERT_TRUE(view.exportPng(path, QSize(1000, 450)));
    QImage image(path);
    EXPECT_EQ(image.size(), QSize(2000, 900));  // drawn at twice the size for a sharp print
    EXPECT_FALSE(view.exportPng(QDir(dir.path()).filePath(QStringLiteral("missing/dir/chart.png")), QSize(100, 100)));
}

TEST(MarkerChartRender, ScreenshotsOfDemo0001InEnglishAndChinese)
{
    // The whole widget in the UI language (chrome through tr(), chart texts following it), at the size asked for
    // and at a workspace-tab size.
    const PatientRecord record = test::storedDemoPatient(QStringLiteral("DEMO-0001"));
    LanguageManager languages;
    for (const QString& code : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        languages.setLanguage(code);
        MarkerChartView view(Knowledge::builtin());
        view.setPatient(record, kAsOf);
        EXPECT_EQ(view.chartData().bands[1].shortLabel,
                  code == QLatin1String("en") ? QStringLiteral("L1") : QStringLiteral("一线"));
        for (const QSize size : {QSize(1200, 560), QSize(880, 400)}) {
            view.resize(size);
            view.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
            for (bool log : {false, true}) {
                view.setLogScale(log);
                const QString name =
                    QStringLiteral("chart-%1-%2-%3").arg(code, log ? "log" : "linear").arg(size.width());
                EXPECT_TRUE(
                    view.grab().save(QDir(test::screenshotDir()).filePath(name + QStringLiteral("-widget.png"))));
                EXPECT_TRUE(view.renderImage(QSize(size.width(), size.height() - 60))
                                .save(QDir(test::screenshotDir()).filePath(name + QStringLiteral(".png"))));
            }
        }
    }
    languages.setLanguage(QStringLiteral("en"));
}

TEST(MarkerChartRender, ChartAndTimelinePaintIntoAPdfPage)
{
    // What the printed summary does: vector drawing on a PDF page, in the print language.
    const PatientRecord record = test::storedDemoPatient(QStringLiteral("DEMO-0001"));
    const analytics::MarkerSettings settings = analytics::MarkerSettings::fromKnowledge(Knowledge::builtin());
    const QString path = QDir(test::screenshotDir()).filePath(QStringLiteral("course-views-zh_CN.pdf"));
    {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(150);
        QPainter painter(&pdf);
        const QRectF page = painter.viewport();
        const Language& zh = Language::chinese();
        MarkerChartView::paintChart(&painter, QRectF(page.left(), page.top(), page.width(), page.height() * 0.45),
                                    buildMarkerChartData(record, Knowledge::builtin(), kAsOf, settings, zh),
                                    {{QStringLiteral("CA15-3"), QStringLiteral("CEA")}, false}, zh);
        QFont font = QApplication::font();
        font.setPointSizeF(8);
        DiseaseTimeline::paintTimeline(&painter,
                                       QRectF(page.left(), page.height() * 0.5, page.width(), page.height() * 0.4),
                                       buildTimelineData(record, Knowledge::builtin(), kAsOf, settings, zh), zh, font);
    }
    EXPECT_GT(QFileInfo(path).size(), 20000);
}
