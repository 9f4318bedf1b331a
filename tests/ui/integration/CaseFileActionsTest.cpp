// Import and export of case files from the window: a good and a bad file through the real path (checked, confirmed,
// imported, result dialog naming the JSON path and problem), replacing an existing MRN only when chosen (and her
// undo history cleared), the default confirmation saying an import cannot be undone, export audited.
#include "ui/mainwindow/CaseFileActions.h"

#include "core/demo/DemoData.h"
#include "tests/ui/print/PdfTools.h"
#include "tests/ui/workspace/UiTestSupport.h"
#include "ui/dialogs/ImportResultDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/workspace/PatientSession.h"
#include "ui/workspace/PatientWorkspace.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QTreeWidget>
#include <QUndoStack>

using namespace onco;

namespace {

class CaseFileActionsTest : public test::UiTest
{
protected:
    void SetUp() override
    {
        test::UiTest::SetUp();
        window = std::make_unique<MainWindow>(
            MainWindow::Services{t.service(), t.directory(), t.worklists(), t.openPatient()});
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override
    {
        if (ImportResultDialog* d = actions()->resultDialog())
            d->close();
        window.reset();
        test::UiTest::TearDown();
    }
    CaseFileActions* actions() { return window->caseFileActions(); }
    QString vignette(const char* name)
    {
        return test::dataPath(QStringLiteral("vignettes/%1.case.json").arg(QLatin1String(name)));
    }
    /** V05 with a misspelt drug in its first line. */
    QString badFile()
    {
        QJsonObject o = QJsonDocument::fromJson(test::readFile(vignette("V05"))).object();
        QJsonArray lines = o.value(QStringLiteral("therapies")).toArray();
        QJsonObject line = lines[0].toObject();
        line.insert(QStringLiteral("drugs"), QJsonArray{QStringLiteral("letrazole")});
        lines[0] = line;
        o.insert(QStringLiteral("therapies"), lines);
        const QString path = QDir(t.dir()).filePath(QStringLiteral("bad.case.json"));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(o).toJson());
        return path;
    }
    QStringList resultRows()
    {
        QStringList rows;
        QTreeWidget* list = actions()->resultDialog()->list();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = list->topLevelItem(i);
            rows << item->text(0) + QStringLiteral(" | ") + item->text(1);
            for (int c = 0; c < item->childCount(); ++c)
                rows << QStringLiteral("  ") + item->child(c)->text(0) + QStringLiteral(" | ") +
                            item->child(c)->text(1);
        }
        return rows;
    }

    test::TempDatabase t;
    std::unique_ptr<MainWindow> window;
};

}  // namespace

TEST_F(CaseFileActionsTest, AGoodAndABadFileThroughTheMenuWithTheResultDialog)
{
    const QList<QAction*> menu = window->fileMenu()->actions();
    const qsizetype place = menu.indexOf(window->importExportPlace());
    EXPECT_EQ(menu.mid(place - 2, 2), (QList<QAction*>{actions()->importAction(), actions()->exportAction()}));

    const QString bad = badFile();
    actions()->setFilesChooser([&] { return QStringList{vignette("V57"), bad}; });
    ImportPlan seen;
    actions()->setConfirmation([&](const ImportPlan& plan) {
        seen = plan;
        return std::optional<bool>(false);
    });
    actions()->importAction()->trigger();

    EXPECT_EQ(seen.files.size(), 2);
    EXPECT_EQ(seen.validFiles, 1);
    EXPECT_TRUE(seen.existingMrns.isEmpty());
    const auto imported = t.service().findPatientId(QStringLiteral("SEED-KZ-01"));
    ASSERT_TRUE(imported.has_value());
    EXPECT_FALSE(t.service().findPatientId(QStringLiteral("VIG-05")).has_value());
    // The first imported patient is opened.
    EXPECT_EQ(window->workspace()->currentPatientId(), *imported);

    ImportResultDialog* dialog = actions()->resultDialog();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->summary().contains(QStringLiteral("1 of 2")));
    const QStringList rows = resultRows();
    const QString all = rows.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("V57.case.json | Imported: new patient SEED-KZ-01"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("bad.case.json | Not imported"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("therapies[0].drugs[0] |"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("letrozole"))) << all.toStdString();  // the suggestion
    // The result dialog does not block: the window goes on.
    EXPECT_EQ(QApplication::activeModalWidget(), dialog);
    dialog->close();
    QCoreApplication::processEvents();
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
}

TEST_F(CaseFileActionsTest, AnExistingMrnIsReplacedOnlyWhenChosenAndHerUndoHistoryIsCleared)
{
    ASSERT_TRUE(importDemoPatients(t.service()).ok());
    ASSERT_TRUE(casefiles::importFile(t.service(), vignette("V57"), false).imported());
    const qint64 id = *t.service().findPatientId(QStringLiteral("SEED-KZ-01"));
    window->openPatient(id);
    PatientSession* session = window->workspace()->currentSession();
    ASSERT_TRUE(session);
    session->undoStack()->push(new QUndoCommand(QStringLiteral("edit before the import")));

    actions()->setConfirmation([](const ImportPlan& plan) {
        EXPECT_EQ(plan.existingMrns, QStringList{QStringLiteral("SEED-KZ-01")});
        return std::optional<bool>(false);
    });
    auto outcomes = actions()->importFiles({vignette("V57")});
    ASSERT_EQ(outcomes.size(), 1);
    EXPECT_EQ(outcomes.front().result, ImportOutcome::Result::Skipped);
    EXPECT_EQ(session->undoStack()->count(), 1);

    actions()->setConfirmation([](const ImportPlan&) { return std::optional<bool>(true); });
    outcomes = actions()->importFiles({vignette("V57")});
    EXPECT_EQ(outcomes.front().result, ImportOutcome::Result::Replaced);
    EXPECT_EQ(*t.service().findPatientId(QStringLiteral("SEED-KZ-01")), id);
    EXPECT_EQ(session->undoStack()->count(), 0);

    // Cancelling writes nothing.
    actions()->setConfirmation([](const ImportPlan&) { return std::nullopt; });
    EXPECT_TRUE(actions()->importFiles({vignette("V01")}).isEmpty());
    EXPECT_FALSE(t.service().findPatientId(QStringLiteral("VIG-01")).has_value());
}

TEST_F(CaseFileActionsTest, TheConfirmationSaysAnImportCannotBeUndone)
{
    ASSERT_TRUE(casefiles::importFile(t.service(), vignette("V57"), false).imported());
    QString informative;
    test::onNextDialog<QMessageBox>([&](QMessageBox& box) {
        informative = box.informativeText();
        ASSERT_TRUE(box.checkBox());
        box.checkBox()->setChecked(true);
        for (QAbstractButton* b : box.buttons())
            if (box.buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
    });
    const auto outcomes = actions()->importFiles({vignette("V57"), vignette("V01")});
    EXPECT_TRUE(informative.contains(QStringLiteral("not an undoable edit"))) << informative.toStdString();
    EXPECT_TRUE(informative.contains(QStringLiteral("SEED-KZ-01")));
    ASSERT_EQ(outcomes.size(), 2);
    EXPECT_EQ(outcomes[0].result, ImportOutcome::Result::Replaced);
    EXPECT_EQ(outcomes[1].result, ImportOutcome::Result::Added);
}

TEST_F(CaseFileActionsTest, ExportWritesTheOpenPatientAudited)
{
    ASSERT_TRUE(importDemoPatients(t.service()).ok());
    const qint64 id = *t.service().findPatientId(QStringLiteral("DEMO-0001"));
    EXPECT_FALSE(actions()->exportAction()->isEnabled());
    window->openPatient(id);
    EXPECT_TRUE(actions()->exportAction()->isEnabled());
    const QString path = QDir(t.dir()).filePath(QStringLiteral("out"));
    actions()->setSaveChooser([&](const QString& suggested) {
        EXPECT_TRUE(suggested.endsWith(QStringLiteral("DEMO-0001.json")));
        return path;
    });
    actions()->exportAction()->trigger();
    ASSERT_TRUE(QFile::exists(path + QStringLiteral(".json")));
    EXPECT_EQ(test::auditDetails(t.path(), QStringLiteral("export"), id).size(), 1);
    const CaseFileImport back =
        casefiles::read(path + QStringLiteral(".json"), t.service().knowledge(), t.clock().today());
    EXPECT_TRUE(back.valid()) << back.problems().join('\n').toStdString();
}
