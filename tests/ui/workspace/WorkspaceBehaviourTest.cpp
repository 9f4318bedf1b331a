// The workspace as the clinician uses it: deleting with confirmation and undo, archiving with undo, switching the
// language at run time, and a read-only database.
#include "core/demo/DemoData.h"
#include "tests/ui/workspace/UiTestSupport.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/patients/PatientListModel.h"
#include "ui/patients/PatientListPanel.h"
#include "ui/workspace/PatientHeader.h"
#include "ui/workspace/PatientWorkspace.h"
#include "ui/workspace/RecordEditor.h"

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>

using namespace onco;

namespace {

class Workspace : public test::UiTest
{
protected:
    void SetUp() override
    {
        test::UiTest::SetUp();
        ASSERT_TRUE(importDemoPatients(t.service()).ok());
        patientId = *t.service().findPatientId(QStringLiteral("DEMO-0001"));
    }
    PatientRecord record() { return t.service().loadPatient(patientId).value(); }

    test::TempDatabase t;
    qint64 patientId = 0;
};

}  // namespace

TEST_F(Workspace, DeleteAsksFirstAndCanBeUndone)
{
    MainWindow w({t.service(), t.directory(), t.worklists(), t.openPatient()});
    w.show();
    w.openPatient(patientId);
    w.workspace()->tabs()->setCurrentIndex(PatientWorkspace::Lines);
    auto* table = w.findChild<QTableWidget*>(QStringLiteral("linesTable"));
    auto* remove = w.findChild<QPushButton*>(QStringLiteral("linesRemove"));
    ASSERT_TRUE(table && remove);
    const int lines = int(record().therapies.size());
    table->selectRow(0);
    ASSERT_TRUE(remove->isEnabled());

    test::answerNextMessageBox(QMessageBox::Cancel);
    remove->click();
    EXPECT_EQ(record().therapies.size(), lines);

    test::answerNextMessageBox(QMessageBox::Yes);
    remove->click();
    EXPECT_EQ(record().therapies.size(), lines - 1);
    EXPECT_EQ(table->rowCount(), lines - 1);  // the workspace follows at once
    EXPECT_TRUE(w.undoAction()->text().contains(QCoreApplication::translate("UndoCommands", "Delete therapy line")));
    w.undoAction()->trigger();
    EXPECT_EQ(record().therapies.size(), lines);
    EXPECT_EQ(table->rowCount(), lines);
}

TEST_F(Workspace, ArchiveFromTheHeaderAndUndo)
{
    MainWindow w({t.service(), t.directory(), t.worklists(), t.openPatient()});
    w.show();
    w.openPatient(patientId);
    auto* archive = w.workspace()->header()->findChild<QPushButton*>(QStringLiteral("headerArchive"));
    ASSERT_TRUE(archive);
    archive->click();
    EXPECT_TRUE(record().patient.archived);
    EXPECT_EQ(w.patientList()->model()->rowOf(patientId), -1);  // hidden from the list
    EXPECT_EQ(w.workspace()->currentPatientId(), patientId);    // still open
    w.undoAction()->trigger();
    EXPECT_FALSE(record().patient.archived);
    EXPECT_GE(w.patientList()->model()->rowOf(patientId), 0);
}

TEST_F(Workspace, UndoHistoryBelongsToEachPatient)
{
    MainWindow w({t.service(), t.directory(), t.worklists(), t.openPatient()});
    w.show();
    w.openPatient(patientId);
    w.workspace()->editor()->setArchived(true);
    EXPECT_TRUE(w.undoAction()->isEnabled());
    w.openPatient(*t.service().findPatientId(QStringLiteral("DEMO-0002")));
    EXPECT_FALSE(w.undoAction()->isEnabled());  // her stack is empty
    w.openPatient(patientId);
    EXPECT_TRUE(w.undoAction()->isEnabled());
    w.undoAction()->trigger();
    EXPECT_FALSE(record().patient.archived);
}

TEST_F(Workspace, LanguageSwitchesAtRunTimeEverywhere)
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow w({t.service(), t.directory(), t.worklists(), t.openPatient()}, &languages);
    w.show();
    w.openPatient(patientId);
    auto texts = [&] {
        return QStringList{w.fileMenu()->title(), w.workspace()->tabs()->tabText(0),
                           w.patientTable()->model()->headerData(0, Qt::Horizontal).toString(),
                           w.patientList()->advancedChip()->text(),
                           w.workspace()->header()->detailsLabel()->text().section(QLatin1Char(' '), 0, 0)};
    };
    EXPECT_EQ(texts(), (QStringList{QStringLiteral("&File"), QStringLiteral("&Overview"), QStringLiteral("Name"),
                                    QStringLiteral("Advanced"), QStringLiteral("MRN")}));
    languages.setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();  // widgets retranslate on the LanguageChange event
    EXPECT_EQ(texts(), (QStringList{QStringLiteral("文件(&F)"), QStringLiteral("概览(&O)"), QStringLiteral("姓名"),
                                    QStringLiteral("晚期"), QStringLiteral("病历号")}));
    // Drug names follow the language too (from the knowledge data).
    EXPECT_TRUE(w.workspace()->header()->detailsLabel()->text().contains(QStringLiteral("艾拉司群")));
    languages.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_EQ(texts().front(), QStringLiteral("&File"));
    EXPECT_TRUE(w.workspace()->header()->detailsLabel()->text().contains(QStringLiteral("elacestrant")));
}

TEST_F(Workspace, ReadOnlyDatabaseAllowsNoEdits)
{
    t.close();
    QFile::setPermissions(t.path(), QFile::ReadOwner | QFile::ReadGroup);
    auto app = test::openContext(t.path(), t.clock(), Storage::Access::ReadOnly, QStringLiteral("reader"));
    {
        MainWindow w({app->cases(), app->directory(), app->worklistSource(), app->openPatient()});
        w.show();
        w.openPatient(patientId);
        EXPECT_TRUE(w.windowTitle().contains(QStringLiteral("read-only")));
        EXPECT_FALSE(w.newPatientAction()->isEnabled());
        EXPECT_TRUE(w.workspace()->isReadOnly());
        EXPECT_FALSE(w.workspace()->header()->findChild<QPushButton*>(QStringLiteral("headerArchive"))->isVisible());
        EXPECT_FALSE(w.findChild<QPushButton*>(QStringLiteral("linesAdd"))->isVisibleTo(&w));
        w.workspace()->editor()->add<TherapyLine>();  // refused without opening a dialog
        w.workspace()->editor()->setArchived(true);
        EXPECT_FALSE(w.undoAction()->isEnabled());
        EXPECT_EQ(w.patientList()->model()->rowCount(), 14);  // searching still works
    }
    EXPECT_FALSE(app->cases().loadPatient(patientId)->patient.archived);
    QFile::setPermissions(t.path(), QFile::ReadOwner | QFile::WriteOwner);
}
