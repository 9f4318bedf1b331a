// File ▸ Move to server… (issue 12): the open desk database copied into an empty server database (a throwaway
// PostgreSQL cluster), checked, and the window says what it copied.
#include "tests/support/PgTestCluster.h"
#include "tests/ui/workspace/UiTestSupport.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ServerMoveAction.h"

#include <QAction>
#include <QMenu>

using namespace onco;

TEST(ServerMoveWindow, FileMoveToServerCopiesTheOpenDatabaseAndSaysWhatItCopied)
{
    test::PgTestCluster& cluster = test::PgTestCluster::shared();
    ASSERT_TRUE(cluster.problem().isEmpty()) << cluster.problem().toStdString();
    test::TempDatabase t;
    ASSERT_TRUE(t.service().importRecord(test::sampleRecord(), false).ok());
    MainWindow window(MainWindow::Services{t.service(), t.directory(), t.worklists(), t.openPatient()});
    auto* move = window.findChild<ServerMoveAction*>();
    ASSERT_TRUE(move);
    EXPECT_TRUE(window.fileMenu()->actions().contains(move->action()));
    EXPECT_TRUE(move->action()->isVisible());

    const QString url = cluster.newDatabase();
    QString said;
    test::onNextDialog<QMessageBox>([&](QMessageBox& box) {
        said = box.text();
        box.accept();
    });
    move->moveTo(url);
    EXPECT_TRUE(said.contains(QStringLiteral("1 patient"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("checked"))) << said.toStdString();
    EXPECT_EQ(cluster.psql(url.section(QLatin1Char('/'), -1), QStringLiteral("SELECT mrn FROM patients")),
              QStringLiteral("T-0001"));

    // A second move into the now full database is refused, with the reason.
    test::onNextDialog<QMessageBox>([&](QMessageBox& box) {
        said = box.text();
        box.accept();
    });
    move->moveTo(url);
    EXPECT_TRUE(said.contains(QStringLiteral("not empty"))) << said.toStdString();
}
