#include "ui/print/SummaryDocument.h"

#include "core/i18n/Language.h"
#include "core/report/SummaryLayout.h"
#include "tests/core/report/ReportTestData.h"
#include "tests/support/TestSupport.h"

#include <QImage>
#include <QPainter>

using namespace onco;
using namespace onco::report;

namespace {

std::unique_ptr<SummaryDocument> documentOf(const PatientRecord& record, PrintLanguage language,
                                            const SummaryFigures& figures = defaultSummaryFigures())
{
    return std::make_unique<SummaryDocument>(test::summaryOf(record), language, Knowledge::builtin(), figures);
}

/** An A4 page image at `dpi`, white. */
QImage pageImage(double dpi)
{
    QImage image(qRound(210 / 25.4 * dpi), qRound(297 / 25.4 * dpi), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    return image;
}

}  // namespace

// The figures come from the renderers: their images are drawn in the slots, at the slot's size.
TEST(SummaryDocument, FiguresComeFromTheRenderers)
{
    QSize asked, logical;
    qreal ratio = 0;
    SummaryFigures figures;
    figures.timeline = [&](const FigureRequest& r) {
        asked = r.pixelSize;
        logical = r.logicalSize;
        ratio = r.devicePixelRatio;
        EXPECT_EQ(r.record.patient.mrn, QStringLiteral("DEMO-0001"));
        EXPECT_EQ(r.text.primary().code(), QStringLiteral("en"));
        QImage image(r.pixelSize, QImage::Format_RGB32);
        image.fill(QColor(255, 0, 0));
        return image;
    };
    auto doc = documentOf(test::demoRecord(0), PrintLanguage::English, figures);
    EXPECT_EQ(asked, QSize(qRound(kTimelineFigure.sizeMm.width() / 25.4 * kFigureDpi),
                           qRound(kTimelineFigure.sizeMm.height() / 25.4 * kFigureDpi)));
    EXPECT_EQ(logical, QSize(703, 144));  // 186 x 38 mm in CSS pixels
    EXPECT_DOUBLE_EQ(ratio, kFigureDpi / 96.0);
    QImage page = pageImage(60);
    doc->layoutFor(&page);
    {
        QPainter p(&page);
        doc->paintPage(p, 0);
    }
    int red = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x)
            if (page.pixelColor(x, y) == QColor(255, 0, 0))
                ++red;
    // About the slot's area (186 x 38 mm at 60 dpi = 439 x 90 pixels), scaling aside.
    const double expected = kTimelineFigure.sizeMm.width() / 25.4 * 60 * kTimelineFigure.sizeMm.height() / 25.4 * 60;
    EXPECT_GT(red, expected * 0.9);
    EXPECT_LT(red, expected * 1.1);
}

// Header and footer are painted on every page, inside the margins.
TEST(SummaryDocument, HeaderAndFooterOnEveryPageInsideTheMargins)
{
    auto doc = documentOf(test::demoRecord(0), PrintLanguage::Bilingual);
    QImage probe = pageImage(72);
    doc->layoutFor(&probe);
    ASSERT_EQ(doc->pageCount(), 2);
    for (int index = 0; index < doc->pageCount(); ++index) {
        QImage page = pageImage(72);
        doc->layoutFor(&page);
        {
            QPainter p(&page);
            doc->paintPage(p, index);
        }
        auto inkIn = [&](double topMm, double bottomMm, double leftMm, double rightMm) {
            int ink = 0;
            for (int y = qRound(topMm / 25.4 * 72); y < qRound(bottomMm / 25.4 * 72); ++y)
                for (int x = qRound(leftMm / 25.4 * 72); x < qRound(rightMm / 25.4 * 72); ++x)
                    if (qGray(page.pixel(x, y)) < 200)
                        ++ink;
            return ink;
        };
        EXPECT_GT(inkIn(layout::kMarginTopMm, layout::kMarginTopMm + layout::kHeaderHeightMm, 12, 198), 0) << index;
        EXPECT_GT(
            inkIn(297 - layout::kMarginBottomMm - layout::kFooterHeightMm, 297 - layout::kMarginBottomMm, 12, 198), 0)
            << index;
        EXPECT_EQ(inkIn(0, 297, 0, layout::kMarginLeftMm - 1), 0) << index;
        EXPECT_EQ(inkIn(0, 297, 210 - layout::kMarginRightMm + 1, 210), 0) << index;
        EXPECT_EQ(inkIn(0, layout::kMarginTopMm - 1, 0, 210), 0) << index;
        EXPECT_EQ(inkIn(297 - layout::kMarginBottomMm + 1, 297, 0, 210), 0) << index;
    }
}

// A figure that needs more room than its slot (all the timeline's lanes at the figure's type size) gets it: the
// image keeps its proportions on paper instead of being squeezed into the slot (issue 14: no text below 7 pt).
TEST(SummaryDocument, ATallerFigureIsPrintedTaller)
{
    SummaryFigures figures;
    figures.timeline = [](const FigureRequest& r) {
        QImage image(r.pixelSize.width(), r.pixelSize.height() * 2, QImage::Format_RGB32);
        image.fill(Qt::red);
        return image;
    };
    auto doc = documentOf(test::demoRecord(0), PrintLanguage::English, figures);
    const int slotHeight = qRound(kTimelineFigure.sizeMm.height() * layout::kCssPxPerMm);
    EXPECT_TRUE(doc->html().contains(QStringLiteral("height=\"%1\"").arg(slotHeight * 2 - 1)) ||
                doc->html().contains(QStringLiteral("height=\"%1\"").arg(slotHeight * 2)) ||
                doc->html().contains(QStringLiteral("height=\"%1\"").arg(slotHeight * 2 + 1)))
        << doc->html().toStdString();
}

// The program's own timeline of a long course asks for the room its lanes need and draws them at full size (its
// resolution is the request's: nothing is scaled down), in every print language.
TEST(SummaryDocument, TheTimelineFigureIsNotScaledDown)
{
    const SummaryFigures figures = defaultSummaryFigures();
    const PatientRecord record = test::demoRecord(0);
    for (PrintLanguage language : allPrintLanguages()) {
        const PrintText text(language, Knowledge::builtin());
        const QSize logical(qRound(kTimelineFigure.sizeMm.width() * layout::kCssPxPerMm),
                            qRound(kTimelineFigure.sizeMm.height() * layout::kCssPxPerMm));
        const qreal ratio = kFigureDpi / 96.0;
        const FigureRequest request{record, QDate(2026, 11, 21), text, logical * ratio, logical, ratio};
        const QImage image = figures.timeline(request);
        ASSERT_FALSE(image.isNull());
        EXPECT_DOUBLE_EQ(image.devicePixelRatio(), ratio) << printLanguageCode(language).toStdString();
        EXPECT_GT(image.height(), request.pixelSize.height()) << printLanguageCode(language).toStdString();
        EXPECT_EQ(image.width(), request.pixelSize.width());
    }
}
