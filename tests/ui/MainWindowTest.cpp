#include "ui/mainwindow/MainWindow.h"

#include "core/accounts/AccountService.h"
#include "core/demo/DemoData.h"
#include "tests/ui/workspace/UiTestSupport.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/mainwindow/AutoLock.h"
#include "ui/patients/PatientListModel.h"
#include "ui/patients/PatientListPanel.h"
#include "ui/workspace/PatientWorkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialog>
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

// Auto-lock (issue 12): locked, the window shows no patient data (lock screen, menus off, an open dialog hidden);
// a wrong password keeps it locked; the same account's password brings everything back; another account's log-in
// takes over and closes the first one's open dialog without saving.
TEST_F(MainWindowTest, TheLockScreenHidesPatientDataUntilALogIn)
{
    test::TempDatabase t;
    ASSERT_TRUE(importDemoPatients(t.service()).ok());
    accounts::AccountService accounts(t.storage(), accounts::HashCost::Fast);
    const auto admin = accounts.createFirstAdmin(QStringLiteral("wang.li"), {}, QStringLiteral("admin-pass-1"));
    ASSERT_TRUE(admin.ok());
    ASSERT_TRUE(
        accounts.add(*admin, QStringLiteral("zhang.wei"), {}, accounts::Role::Clinician, QStringLiteral("clinic-pass"))
            .ok());
    t.service().signIn(*admin);
    MainWindow w({t.service(), t.directory(), t.worklists(), t.openPatient(), &accounts});
    w.resize(1000, 700);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    ASSERT_NE(w.autoLock(), nullptr);
    QDialog entry(&w);
    entry.show();

    w.autoLock()->lock();
    QApplication::processEvents();
    EXPECT_TRUE(w.autoLock()->isLocked());
    EXPECT_TRUE(w.autoLock()->isVisible());
    EXPECT_FALSE(w.patientTable()->isVisible());
    EXPECT_FALSE(w.menuBar()->isEnabled());
    EXPECT_FALSE(entry.isVisible());
    EXPECT_FALSE(w.windowTitle().contains(QStringLiteral("DEMO")));

    QTest::keyClicks(w.autoLock()->passwordField(), QStringLiteral("not-it"));
    QTest::keyClick(w.autoLock()->passwordField(), Qt::Key_Return);
    EXPECT_TRUE(w.autoLock()->isLocked());
    EXPECT_FALSE(w.autoLock()->problem().isEmpty());

    QTest::keyClicks(w.autoLock()->passwordField(), QStringLiteral("admin-pass-1"));
    QTest::keyClick(w.autoLock()->passwordField(), Qt::Key_Return);
    EXPECT_FALSE(w.autoLock()->isLocked());
    EXPECT_TRUE(w.patientTable()->isVisible());
    EXPECT_TRUE(w.menuBar()->isEnabled());
    EXPECT_TRUE(entry.isVisible());  // the same person: her open entry comes back

    w.autoLock()->lock();
    w.autoLock()->nameField()->setText(QStringLiteral("zhang.wei"));
    QTest::keyClicks(w.autoLock()->passwordField(), QStringLiteral("clinic-pass"));
    QTest::keyClick(w.autoLock()->passwordField(), Qt::Key_Return);
    EXPECT_FALSE(w.autoLock()->isLocked());
    EXPECT_EQ(t.service().user(), QStringLiteral("zhang.wei"));
    EXPECT_FALSE(entry.isVisible());
    EXPECT_EQ(entry.result(), QDialog::Rejected);
}

// Without accounts there is no lock.
TEST_F(MainWindowTest, NoLockWithoutAccounts)
{
    test::TempDatabase t;
    MainWindow w({t.service(), t.directory(), t.worklists(), t.openPatient()});
    EXPECT_EQ(w.autoLock(), nullptr);
}
