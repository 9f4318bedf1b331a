// Printing from the window: the File menu and the toolbar carry Print preview, Print and Export PDF for the open
// patient; preview and export run through PrintController with the real figures and assessment (offscreen, no
// dialog left open).
#include "ui/mainwindow/PrintActions.h"

#include "core/demo/DemoData.h"
#include "tests/ui/print/PdfTools.h"
#include "tests/ui/workspace/UiTestSupport.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/print/PrintController.h"
#include "ui/workspace/PatientWorkspace.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QToolBar>

using namespace onco;
using namespace onco::report;

namespace {

class PrintActionsTest : public test::UiTest
{
protected:
    void SetUp() override
    {
        test::UiTest::SetUp();
        ASSERT_TRUE(importDemoPatients(t.service()).ok());
        window = std::make_unique<MainWindow>(
            MainWindow::Services{t.service(), t.directory(), t.worklists(), t.openPatient()});
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    qint64 id(const char* mrn) { return t.service().findPatientId(QLatin1String(mrn)).value_or(0); }
    PrintActions* actions() { return window->printActions(); }

    test::TempDatabase t;
    std::unique_ptr<MainWindow> window;
};

}  // namespace

TEST_F(PrintActionsTest, TheActionsSitAtTheirPlacesAndNeedAnOpenPatient)
{
    const QList<QAction*> menu = window->fileMenu()->actions();
    const qsizetype place = menu.indexOf(window->printPlace());
    ASSERT_GE(place, 3);
    EXPECT_EQ(menu.mid(place - 3, 3),
              (QList<QAction*>{actions()->previewAction(), actions()->printAction(), actions()->exportPdfAction()}));
    const QList<QAction*> bar = window->mainToolBar()->actions();
    const qsizetype barPlace = bar.indexOf(window->toolbarPrintPlace());
    EXPECT_EQ(bar.mid(barPlace - 3, 3),
              (QList<QAction*>{actions()->previewAction(), actions()->printAction(), actions()->exportPdfAction()}));
    window->workspace()->openPatient(0);
    EXPECT_FALSE(actions()->exportPdfAction()->isEnabled());
    EXPECT_FALSE(actions()->previewAction()->isEnabled());
    window->openPatient(id("DEMO-0001"));
    EXPECT_TRUE(actions()->exportPdfAction()->isEnabled());
    EXPECT_TRUE(actions()->printAction()->isEnabled());
}

TEST_F(PrintActionsTest, ExportPdfWritesTheOpenPatientsSummaryWithTheAssessment)
{
    window->openPatient(id("DEMO-0001"));
    const QString path = QDir(t.dir()).filePath(QStringLiteral("summary.pdf"));
    actions()->controller()->setLanguageChooser([](const QString&) { return PrintLanguage::English; });
    actions()->controller()->setFileChooser([&](const QString& suggested) {
        EXPECT_TRUE(suggested.contains(QStringLiteral("DEMO-0001")));
        return path;
    });
    actions()->exportPdfAction()->trigger();
    const QString text = test::pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Endocrine resistance")));
    EXPECT_TRUE(text.contains(QStringLiteral("SERD-ESR1")));
    EXPECT_FALSE(text.contains(QStringLiteral("not available in this version")));  // real figures, no placeholder
    EXPECT_LE(test::pdfPages(path), 2);
    EXPECT_EQ(test::auditDetails(t.path(), QStringLiteral("print"), id("DEMO-0001")).size(), 1);
}

TEST_F(PrintActionsTest, PrintPreviewShowsTheOpenPatientAndClosesWithoutPrinting)
{
    window->openPatient(id("DEMO-0001"));
    int pages = -1;
    test::onNextDialog<QPrintPreviewDialog>([&](QPrintPreviewDialog& d) {
        QCoreApplication::processEvents();
        if (auto* preview = d.findChild<QPrintPreviewWidget*>())
            pages = preview->pageCount();
        d.reject();
    });
    actions()->previewAction()->trigger();
    EXPECT_GE(pages, 1);
    EXPECT_LE(pages, 2);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_TRUE(test::auditDetails(t.path(), QStringLiteral("print"), id("DEMO-0001")).isEmpty());
}
