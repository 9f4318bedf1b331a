// PDF output of the summary, read back with poppler (pdftotext, pdfinfo), and its audit rows.
#include "core/demo/DemoData.h"
#include "core/report/SummaryLayout.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/print/PdfTools.h"
#include "ui/print/SummaryPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextTable>

using namespace onco;
using namespace onco::report;

namespace {

/** Where the first line of a block is, and where its last line ends (pagination moves lines, not blocks). */
double firstLineTop(const QTextDocument& doc, const QTextBlock& b)
{
    const double top = doc.documentLayout()->blockBoundingRect(b).top();
    return b.layout()->lineCount() ? top + b.layout()->lineAt(0).y() : top;
}

double lastLineBottom(const QTextDocument& doc, const QTextBlock& b)
{
    const double top = doc.documentLayout()->blockBoundingRect(b).top();
    const int n = b.layout()->lineCount();
    return n ? top + b.layout()->lineAt(n - 1).y() + b.layout()->lineAt(n - 1).height() : top;
}

/** A laid-out summary: nothing wider than the body, no heading alone at a page foot, no table row cut in two. */
void expectCleanLayout(const SummaryDocument& doc, double pageHeight, const std::string& where)
{
    EXPECT_LE(doc.contentWidth(), doc.bodyWidth() * 1.001) << where;
    const QTextDocument& body = doc.body();
    auto pageOf = [&](double y) { return int((y + 0.5) / pageHeight); };
    for (QTextBlock b = body.begin(); b.isValid() && b.next().isValid(); b = b.next())
        if (b.blockFormat().headingLevel() > 0) {
            EXPECT_EQ(pageOf(firstLineTop(body, b)), pageOf(firstLineTop(body, b.next())))
                << b.text().toStdString() << " " << where;
        }
    for (QTextFrame* frame : body.rootFrame()->childFrames()) {
        const auto* table = qobject_cast<QTextTable*>(frame);
        for (int r = 0; table && r < table->rows(); ++r)
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                EXPECT_EQ(pageOf(firstLineTop(body, cell.firstCursorPosition().block())),
                          pageOf(lastLineBottom(body, cell.lastCursorPosition().block()) - 2.5))
                    << "row " << r << " column " << c << " " << where;
            }
    }
}

class SummaryPdf : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(importDemoPatients(t.service()).ok()); }
    qint64 id(const char* mrn) { return t.service().findPatientId(QLatin1String(mrn)).value_or(0); }
    QString file(const QString& name) const { return QDir(t.dir()).filePath(name); }
    SummaryOptions options(PrintLanguage language) const
    {
        SummaryOptions o;
        o.language = language;
        return o;
    }
    test::TempDatabase t;
};

}  // namespace

// Every demo patient fits on two pages in Chinese or English (three bilingual), laid out cleanly; the PDF has those
// pages.
TEST_F(SummaryPdf, EveryDemoPatientPrintsOnAtMostTwoPagesInEveryLanguage)
{
    const auto patients = t.service().listPatients();
    ASSERT_TRUE(patients.ok());
    QList<qint64> ids;
    for (const PatientListEntry& p : patients.value())
        ids << p.id;
    SummaryPrinter printer(t.service());
    for (PrintLanguage language : allPrintLanguages()) {
        auto docs = printer.documents(ids, options(language));
        ASSERT_TRUE(docs.ok());
        const QString path = file(QStringLiteral("all-%1.pdf").arg(printLanguageCode(language)));
        Result<QList<int>> pages = QList<int>();
        {
            QPdfWriter writer(path);
            writer.setResolution(1200);
            SummaryPrinter::setUpPage(writer);
            for (const auto& doc : docs.value()) {
                doc->layoutFor(&writer);
                const std::string where =
                    doc->data().record.patient.mrn.toStdString() + " " + printLanguageCode(language).toStdString();
                // The demo patients fit without smaller type in one language; printing both languages may take
                // the first step down (94 %), never more.
                if (language == PrintLanguage::Bilingual)
                    EXPECT_GE(doc->scale(), 0.94) << where;
                else
                    EXPECT_EQ(doc->scale(), 1.0) << where;
                expectCleanLayout(*doc, layout::kBodyHeightMm / 25.4 * 1200, where);
            }
            pages = SummaryPrinter::paint(writer, docs.value());
        }
        ASSERT_TRUE(pages.ok());
        ASSERT_EQ(pages->size(), ids.size());
        int total = 0;
        for (int i = 0; i < pages->size(); ++i) {
            const std::string where = docs.value()[size_t(i)]->data().record.patient.mrn.toStdString() + " " +
                                      printLanguageCode(language).toStdString();
            EXPECT_GE(pages->at(i), 1) << where;
            EXPECT_LE(pages->at(i),
                      language == PrintLanguage::Bilingual ? layout::kMaxPagesBilingual : layout::kMaxPages)
                << where;
            total += pages->at(i);
        }
        EXPECT_EQ(test::pdfPages(path), total);
    }
}

TEST_F(SummaryPdf, ChineseSummaryTextCanBeExtracted)
{
    const QString path = file(QStringLiteral("zh.pdf"));
    const auto pages = SummaryPrinter(t.service()).writePdf({id("DEMO-0001")}, options(PrintLanguage::Chinese), path);
    ASSERT_TRUE(pages.ok()) << pages.error().message.toStdString();
    const QString text = test::pdfText(path);
    for (const char* term :
         {"患者摘要", "阿依古丽", "DEMO-0001", "绝经前", "艾拉司群", "来曲唑", "戈舍瑞林", "达尔西利", "ESR1",
          "p.D538G", "2025年5月12日", "2019年3月18日", "供临床审阅", "第 1 页，共 2 页"})
        EXPECT_TRUE(text.contains(test::normalized(QString::fromUtf8(term)))) << term;
    EXPECT_EQ(test::pdfPages(path), pages.value());
}

TEST_F(SummaryPdf, EnglishSummaryTextCanBeExtracted)
{
    const QString path = file(QStringLiteral("en.pdf"));
    ASSERT_TRUE(SummaryPrinter(t.service()).writePdf({id("DEMO-0001")}, options(PrintLanguage::English), path).ok());
    const QString text = test::pdfText(path);
    for (const char* term : {"Patient summary", "Aigul Nurlankyzy", "DEMO-0001", "Premenopausal", "elacestrant",
                             "letrozole", "goserelin", "ESR1", "p.D538G", "12 May 2025", "18 Mar 2019", "HER2", "Ki-67",
                             "For clinical review — not a prescription.", "Page 1 of 2"})
        EXPECT_TRUE(text.contains(test::normalized(QString::fromUtf8(term)))) << term;
}

TEST_F(SummaryPdf, BilingualSummaryHasBothLanguages)
{
    const QString path = file(QStringLiteral("both.pdf"));
    ASSERT_TRUE(SummaryPrinter(t.service()).writePdf({id("DEMO-0001")}, options(PrintLanguage::Bilingual), path).ok());
    const QString text = test::pdfText(path);
    for (const char* term : {"患者摘要", "Patient summary", "艾拉司群", "elacestrant", "绝经前", "Premenopausal",
                             "治疗线", "Lines of therapy", "2025-05-12"})
        EXPECT_TRUE(text.contains(test::normalized(QString::fromUtf8(term)))) << term;
}

TEST_F(SummaryPdf, EachPrintIsAudited)
{
    const QString path = file(QStringLiteral("two.pdf"));
    const qint64 first = id("DEMO-0001");
    const qint64 second = id("DEMO-0004");
    ASSERT_TRUE(SummaryPrinter(t.service()).writePdf({first, second}, options(PrintLanguage::Bilingual), path).ok());
    for (qint64 patient : {first, second}) {
        const QStringList rows = test::auditDetails(t.path(), QStringLiteral("print"), patient);
        ASSERT_EQ(rows.size(), 1);
        const QJsonObject details = QJsonDocument::fromJson(rows.front().toUtf8()).object();
        EXPECT_EQ(details.value(QStringLiteral("output")).toString(), QStringLiteral("pdf"));
        EXPECT_EQ(details.value(QStringLiteral("target")).toString(), QFileInfo(path).absoluteFilePath());
        EXPECT_EQ(details.value(QStringLiteral("language")).toString(), QStringLiteral("bilingual"));
        EXPECT_EQ(details.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-11-21"));
        EXPECT_EQ(details.value(QStringLiteral("summaries")).toInt(), 2);
        EXPECT_GE(details.value(QStringLiteral("pages")).toInt(), 1);
    }
    EXPECT_TRUE(t.audit().verify().ok);
}

TEST_F(SummaryPdf, NothingIsWrittenForAnUnknownPatientOrAnUnwritablePath)
{
    const QString path = file(QStringLiteral("none.pdf"));
    const auto unknown =
        SummaryPrinter(t.service()).writePdf({id("DEMO-0001"), 999999}, options(PrintLanguage::English), path);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind, ErrorKind::NotFound);
    EXPECT_FALSE(QFile::exists(path));
    const auto unwritable =
        SummaryPrinter(t.service())
            .writePdf({id("DEMO-0001")}, options(PrintLanguage::English), file(QStringLiteral("no/such/folder/x.pdf")));
    ASSERT_FALSE(unwritable.ok());
    EXPECT_EQ(unwritable.error().kind, ErrorKind::Io);
    EXPECT_TRUE(test::auditDetails(t.path(), QStringLiteral("print"), id("DEMO-0001")).isEmpty());
}

// Paper smaller than A4 (Letter, from a print dialog) gets the page scaled to fit: no word outside the paper.
TEST_F(SummaryPdf, SmallerPaperGetsThePageScaledToFit)
{
    SummaryPrinter printer(t.service());
    auto docs = printer.documents({id("DEMO-0001")}, options(PrintLanguage::English));
    ASSERT_TRUE(docs.ok());
    const QString path = file(QStringLiteral("letter.pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(1200);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF()));
        ASSERT_TRUE(SummaryPrinter::paint(writer, docs.value()).ok());
    }
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(30000));
    const QString boxes = QString::fromUtf8(p.readAllStandardOutput());
    const double letterHeight = 11 * 72.0, letterWidth = 8.5 * 72.0;  // points
    int words = 0;
    auto it = QRegularExpression(QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                                                "yMax=\"([\\d.]+)\">([^<]*)</word>"))
                  .globalMatch(boxes);
    while (it.hasNext()) {
        const auto m = it.next();
        ++words;
        EXPECT_LE(m.captured(3).toDouble(), letterWidth) << m.captured(5).toStdString();
        EXPECT_LE(m.captured(4).toDouble(), letterHeight) << m.captured(5).toStdString();
    }
    EXPECT_GT(words, 100);
    EXPECT_TRUE(boxes.contains(QStringLiteral(">prescription.</word>")));
}
