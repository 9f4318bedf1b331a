// The GUI entry points: export and preview (dialogs replaced or driven offscreen).
#include "ui/print/PrintController.h"

#include "core/demo/DemoData.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/print/PdfTools.h"
#include "ui/print/PrintOptionsDialog.h"
#include "ui/print/PrintPreview.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QPrintPreviewDialog>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTimer>

using namespace onco;
using namespace onco::report;

namespace {

class PrintGui : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(importDemoPatients(t.service()).ok()); }
    qint64 id(const char* mrn) { return t.service().findPatientId(QLatin1String(mrn)).value_or(0); }
    QString file(const QString& name) const { return QDir(t.dir()).filePath(name); }
    test::TempDatabase t;
};

}  // namespace

TEST_F(PrintGui, ExportPdfWritesTheChosenLanguageAndAudits)
{
    PrintController controller(t.service(), nullptr);
    const QString path = file(QStringLiteral("export"));
    QString suggested;
    controller.setLanguageChooser([](const QString&) { return PrintLanguage::English; });
    controller.setFileChooser([&](const QString& s) {
        suggested = s;
        return path;
    });
    QSignalSpy printed(&controller, &PrintController::printed);
    controller.exportPdf(id("DEMO-0001"));
    EXPECT_TRUE(suggested.endsWith(QStringLiteral("DEMO-0001-summary-2026-11-21.pdf")));
    ASSERT_EQ(printed.size(), 1);
    // The extension is added; the summary is in English whatever the UI language.
    const QString written = path + QStringLiteral(".pdf");
    ASSERT_TRUE(QFile::exists(written));
    EXPECT_TRUE(test::pdfText(written).contains(QStringLiteral("Lines of therapy")));
    EXPECT_EQ(test::auditDetails(t.path(), QStringLiteral("print"), id("DEMO-0001")).size(), 1);
}

TEST_F(PrintGui, BatchExportPutsEveryPatientInOneFile)
{
    PrintController controller(t.service(), nullptr);
    const QString path = file(QStringLiteral("batch.pdf"));
    controller.setLanguageChooser([](const QString&) { return PrintLanguage::Chinese; });
    controller.setFileChooser([&](const QString& s) {
        EXPECT_TRUE(s.endsWith(QStringLiteral("summaries-2026-11-21.pdf")));
        return path;
    });
    controller.exportBatchPdf({id("DEMO-0002"), id("DEMO-0003")});
    const QString text = test::pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("DEMO-0002")));
    EXPECT_TRUE(text.contains(QStringLiteral("DEMO-0003")));
    EXPECT_EQ(test::auditDetails(t.path(), QStringLiteral("print"), id("DEMO-0003")).size(), 1);
}

TEST_F(PrintGui, CancellingWritesNothing)
{
    PrintController controller(t.service(), nullptr);
    QSignalSpy printed(&controller, &PrintController::printed);
    bool askedForFile = false;
    controller.setLanguageChooser([](const QString&) { return std::nullopt; });
    controller.setFileChooser([&](const QString&) {
        askedForFile = true;
        return QString();
    });
    controller.exportPdf(id("DEMO-0001"));
    EXPECT_FALSE(askedForFile);
    controller.setLanguageChooser([](const QString&) { return PrintLanguage::English; });
    controller.exportPdf(id("DEMO-0001"));
    EXPECT_TRUE(askedForFile);
    EXPECT_EQ(printed.size(), 0);
    EXPECT_TRUE(test::auditDetails(t.path(), QStringLiteral("print"), id("DEMO-0001")).isEmpty());
}

TEST_F(PrintGui, PreviewOffersThePrintLanguageAndRelaysOutOnChange)
{
    SummaryPrinter printer(t.service());
    SummaryOptions options;
    options.language = PrintLanguage::Chinese;
    PrintPreview preview(printer, options, {id("DEMO-0001")});
    QComboBox* box = preview.languageBox();
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->count(), 3);
    EXPECT_EQ(box->currentIndex(), box->findData(int(PrintLanguage::Chinese)));
    bool checked = false;
    QTimer::singleShot(0, [&] {
        QCoreApplication::processEvents();
        // The preview painted the Chinese summary; switching the box lays it out again in English.
        EXPECT_FALSE(preview.documents().empty());
        if (!preview.documents().empty()) {
            EXPECT_EQ(preview.documents().front()->language(), PrintLanguage::Chinese);
        }
        box->setCurrentIndex(box->findData(int(PrintLanguage::English)));
        QCoreApplication::processEvents();
        EXPECT_EQ(preview.options().language, PrintLanguage::English);
        if (!preview.documents().empty()) {
            EXPECT_EQ(preview.documents().front()->language(), PrintLanguage::English);
        }
        EXPECT_EQ(preview.pages().size(), 1);
        checked = true;
        preview.dialog()->reject();
    });
    EXPECT_FALSE(preview.run());
    EXPECT_TRUE(checked);
    // Looking is not printing: nothing in the audit trail.
    EXPECT_TRUE(test::auditDetails(t.path(), QStringLiteral("print"), id("DEMO-0001")).isEmpty());
}

TEST_F(PrintGui, OptionsDialogRemembersTheLanguage)
{
    PrintOptionsDialog::saveLanguage(PrintLanguage::Bilingual);
    PrintOptionsDialog dialog;
    EXPECT_EQ(dialog.language(), PrintLanguage::Bilingual);
    dialog.findChild<QRadioButton*>(QStringLiteral("languageEnglish"))->click();
    EXPECT_EQ(dialog.language(), PrintLanguage::English);
    PrintOptionsDialog::saveLanguage(PrintLanguage::Chinese);
    EXPECT_EQ(PrintOptionsDialog::savedLanguage(), PrintLanguage::Chinese);
}
