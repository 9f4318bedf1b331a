#include "ui/mainwindow/MainWindow.h"

#include "core/demo/DemoData.h"
#include "tests/ui/workspace/UiTestSupport.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/patients/PatientListModel.h"
#include "ui/patients/PatientListPanel.h"
#include "ui/workspace/PatientWorkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace onco;

using MainWindowTest = test::UiTest;

TEST_F(MainWindowTest, ListsThePatientsOfTheDatabase)
{
    test::TempDatabase t;
    ASSERT_TRUE(importDemoPatients(t.service()).ok());
    MainWindow w({t.service(), t.directory(), t.worklists(), t.openPatient()});
    w.show();
    QAbstractItemModelTester tester(w.patientTable()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QAbstractItemModel* model = w.patientTable()->model();
    const QList<PatientListEntry> all = t.service().listPatients().value();
    const auto active = std::count_if(all.begin(), all.end(), [](const PatientListEntry& e) { return !e.archived; });
    ASSERT_EQ(model->rowCount(), active);  // archived patients are hidden by default
    QStringList mrns;
    for (int r = 0; r < model->rowCount(); ++r)
        mrns << model->index(r, PatientListModel::Mrn).data().toString();
    EXPECT_TRUE(mrns.contains(QStringLiteral("DEMO-0001")));
    EXPECT_TRUE(w.windowTitle().contains(t.path()));
    EXPECT_TRUE(w.statusBar()->findChildren<QLabel*>().size() >= 3);
}

TEST_F(MainWindowTest, ListFollowsChangesFromTheService)
{
    test::TempDatabase t;
    MainWindow w({t.service(), t.directory(), t.worklists(), t.openPatient()});
    EXPECT_EQ(w.patientTable()->model()->rowCount(), 0);
    ASSERT_TRUE(t.service().importRecord(test::sampleRecord(), false).ok());
    EXPECT_EQ(w.patientTable()->model()->rowCount(), 1);
    EXPECT_TRUE(w.patientTable()
                    ->model()
                    ->index(0, PatientListModel::Name)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("张伟")));
}

TEST_F(MainWindowTest, ReservesPlacesForImportExportAndPrinting)
{
    test::TempDatabase t;
    MainWindow w({t.service(), t.directory(), t.worklists(), t.openPatient()});
    ASSERT_TRUE(w.importExportPlace() && w.printPlace() && w.toolbarPrintPlace());
    EXPECT_TRUE(w.fileMenu()->actions().contains(w.importExportPlace()));
    EXPECT_TRUE(w.fileMenu()->actions().contains(w.printPlace()));
    EXPECT_LT(w.fileMenu()->actions().indexOf(w.newPatientAction()), w.fileMenu()->actions().indexOf(w.printPlace()));
}

TEST_F(MainWindowTest, SearchHasFocusOnStartAndTheLastPatientReopens)
{
    test::TempDatabase t;
    ASSERT_TRUE(importDemoPatients(t.service()).ok());
    const qint64 id = *t.service().findPatientId(QStringLiteral("DEMO-0003"));
    {
        MainWindow w({t.service(), t.directory(), t.worklists(), t.openPatient()});
        w.show();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
        EXPECT_EQ(QApplication::focusWidget(), w.patientList()->searchField());
        w.openPatient(id);
        w.close();
    }
    MainWindow again({t.service(), t.directory(), t.worklists(), t.openPatient()});
    EXPECT_EQ(again.workspace()->currentPatientId(), id);
    EXPECT_EQ(again.patientList()->selectedPatient(), id);
}

TEST_F(MainWindowTest, TheLastPatientOfAnotherDatabaseIsNotOpened)
{
    test::TempDatabase first;
    ASSERT_TRUE(importDemoPatients(first.service()).ok());
    {
        MainWindow w({first.service(), first.directory(), first.worklists(), first.openPatient()});
        w.openPatient(*first.service().findPatientId(QStringLiteral("DEMO-0003")));
        w.close();
    }
    // Another file whose ids mean other patients: nothing opens, although an id of the same number exists there.
    test::TempDatabase second;
    ASSERT_TRUE(second.service().importRecord(test::sampleRecord(QStringLiteral("OTHER-1")), false).ok());
    ASSERT_TRUE(second.service().importRecord(test::sampleRecord(QStringLiteral("OTHER-2")), false).ok());
    ASSERT_TRUE(second.service().importRecord(test::sampleRecord(QStringLiteral("OTHER-3")), false).ok());
    MainWindow other({second.service(), second.directory(), second.worklists(), second.openPatient()});
    EXPECT_EQ(other.workspace()->currentPatientId(), 0);
    // Back on the first file: she reopens.
    MainWindow again({first.service(), first.directory(), first.worklists(), first.openPatient()});
    EXPECT_EQ(again.workspace()->currentPatientId(), *first.service().findPatientId(QStringLiteral("DEMO-0003")));
}

TEST_F(MainWindowTest, NoTwoMenusOrTabsShareAnAltKeyInEitherLanguage)
{
    // Alt+letter reaches the menu bar's menus and the workspace's tabs alike: each letter must open one thing only
    // (Alt+H was both Help and Disease history).
    test::TempDatabase t;
    LanguageManager languages;
    MainWindow w({t.service(), t.directory(), t.worklists(), t.openPatient()}, &languages);
    w.show();
    for (const char* code : {"en", "zh_CN"}) {
        languages.setLanguage(QString::fromLatin1(code));
        QApplication::processEvents();
        QStringList texts;
        for (QAction* menu : w.menuBar()->actions())
            texts << menu->text();
        for (QTabWidget* tabs : {w.workspace()->tabs(), w.sideTabs()})
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        QHash<int, QString> owner;
        int mnemonics = 0;
        for (const QString& text : texts) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (key.isEmpty())
                continue;
            ++mnemonics;
            EXPECT_FALSE(owner.contains(key[0].toCombined()))
                << code << ": " << text.toStdString() << " and " << owner.value(key[0].toCombined()).toStdString();
            owner.insert(key[0].toCombined(), text);
        }
        EXPECT_GE(mnemonics, 10) << code;  // the menu bar's menus and the six tabs at least
    }
    languages.setLanguage(QStringLiteral("en"));
}

TEST_F(MainWindowTest, ClickingAColumnHeaderOpensNobody)
{
    test::TempDatabase t;
    ASSERT_TRUE(importDemoPatients(t.service()).ok());
    MainWindow w({t.service(), t.directory(), t.worklists(), t.openPatient()});
    w.show();
    w.activateWindow();
    QApplication::setActiveWindow(&w);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    QHeaderView* header = w.patientTable()->horizontalHeader();
    for (int column : {int(PatientListModel::Age), int(PatientListModel::Mrn)}) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + 5, header->height() / 2));
        QApplication::processEvents();
        EXPECT_EQ(w.workspace()->currentSession(), nullptr) << column;
    }
}
