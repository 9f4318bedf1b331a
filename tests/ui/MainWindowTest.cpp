#include "ui/mainwindow/MainWindow.h"

#include "core/demo/DemoData.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QStatusBar>
#include <QTableView>

using namespace onco;

TEST(MainWindow, ListsThePatientsOfTheDatabase)
{
    test::TempDatabase t;
    ASSERT_TRUE(importDemoPatients(t.service()).ok());
    MainWindow w(t.service());
    w.show();
    QAbstractItemModelTester tester(w.patientTable()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QAbstractItemModel* model = w.patientTable()->model();
    ASSERT_EQ(model->rowCount(), t.service().listPatients()->size());
    QStringList mrns;
    for (int r = 0; r < model->rowCount(); ++r)
        mrns << model->index(r, 0).data().toString();
    EXPECT_TRUE(mrns.contains(QStringLiteral("DEMO-0001")));
    EXPECT_TRUE(w.windowTitle().contains(t.path()));
}

TEST(MainWindow, ListFollowsChangesFromTheService)
{
    test::TempDatabase t;
    MainWindow w(t.service());
    EXPECT_EQ(w.patientTable()->model()->rowCount(), 0);
    ASSERT_TRUE(t.service().importRecord(test::sampleRecord(), false).ok());
    EXPECT_EQ(w.patientTable()->model()->rowCount(), 1);
    EXPECT_EQ(w.patientTable()->model()->index(0, 1).data().toString(), QStringLiteral("张伟"));
}
