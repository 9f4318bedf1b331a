// The patient list on the stored assessment summaries, in the real window: plain-words oral SERD and due-action
// columns in both languages, the chips and header sorting in SQL, and rows that follow each recompute (after an
// edit, and after the background recompute).
#include "core/assessments/AssessmentService.h"
#include "core/demo/DemoData.h"
#include "tests/ui/workspace/UiTestSupport.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/patients/PatientListModel.h"
#include "ui/patients/PatientListPanel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>

using namespace onco;

namespace {

class ListSummaryTest : public test::UiTest
{
protected:
    void SetUp() override
    {
        test::UiTest::SetUp();
        languages.setLanguage(QStringLiteral("en"));
        ASSERT_TRUE(importDemoPatients(t.service()).ok());  // the summaries follow the service
        window = std::make_unique<MainWindow>(
            MainWindow::Services{t.service(), t.directory(), t.worklists(), t.openPatient()}, &languages);
        window->connectSummaries(summaries);
        tester =
            std::make_unique<QAbstractItemModelTester>(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        window->resize(1366, 768);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override
    {
        tester.reset();
        window.reset();
        languages.setLanguage(QStringLiteral("en"));
        test::UiTest::TearDown();
    }
    PatientListModel* model() { return window->patientList()->model(); }
    qint64 id(const char* mrn) { return t.service().findPatientId(QLatin1String(mrn)).value_or(0); }
    QString cell(qint64 patient, int column, int role = Qt::DisplayRole)
    {
        return model()->index(model()->rowOf(patient), column).data(role).toString();
    }
    /** DEMO-0004 without his elacestrant line: both oral SERDs become options to act on now. */
    void stopElacestrant()
    {
        const PatientRecord r = t.service().loadPatient(id("DEMO-0004")).value();
        const auto line = std::find_if(r.therapies.begin(), r.therapies.end(), [](const TherapyLine& l) {
            return l.drugs.contains(QStringLiteral("elacestrant"));
        });
        ASSERT_NE(line, r.therapies.end());
        ASSERT_TRUE(t.service().remove<TherapyLine>(line->id).ok());
    }
    QStringList column(int c)
    {
        QStringList out;
        for (int r = 0; r < model()->rowCount(); ++r)
            out << model()->index(r, c).data().toString();
        return out;
    }

    LanguageManager languages;
    test::TempDatabase t;
    assessments::AssessmentService summaries{t.context(), t.service()};
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

}  // namespace

TEST_F(ListSummaryTest, ColumnsShowPlainWordsInBothLanguages)
{
    const qint64 foshan = id("DEMO-0001");
    EXPECT_EQ(cell(foshan, PatientListModel::SerdStatus), QStringLiteral("Taking elacestrant"));
    EXPECT_TRUE(cell(foshan, PatientListModel::SerdStatus, Qt::ToolTipRole).contains(QStringLiteral("Already taking")));
    for (const QString& text : column(PatientListModel::SerdStatus) + column(PatientListModel::DueActions)) {
        EXPECT_FALSE(text.contains(QLatin1Char(':')) && text.contains(QLatin1Char('_'))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("_DUE"))) << text.toStdString();
    }
    EXPECT_TRUE(column(PatientListModel::DueActions).join(' ').contains(QStringLiteral(" test")));
    EXPECT_EQ(model()->headerData(PatientListModel::DueActions, Qt::Horizontal).toString(),
              QStringLiteral("Due actions"));

    languages.setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    EXPECT_EQ(cell(foshan, PatientListModel::SerdStatus), QStringLiteral("正在使用艾拉司群"));
    EXPECT_TRUE(column(PatientListModel::DueActions).join(' ').contains(QStringLiteral("检测")));
}

TEST_F(ListSummaryTest, ChipsAndHeaderSortingUseTheStoredSummaries)
{
    stopElacestrant();
    PatientListPanel* panel = window->patientList();
    ASSERT_TRUE(panel->serdChip()->isEnabled());
    ASSERT_TRUE(panel->actionChip()->isEnabled());
    panel->serdChip()->click();
    const QStringList options = column(PatientListModel::SerdStatus);
    ASSERT_FALSE(options.isEmpty());
    for (const QString& text : options)
        EXPECT_TRUE(text.startsWith(QStringLiteral("Option: "))) << text.toStdString();
    panel->serdChip()->click();

    panel->actionChip()->click();
    ASSERT_GT(model()->rowCount(), 0);
    for (const QString& text : column(PatientListModel::DueActions))
        EXPECT_FALSE(text.isEmpty());
    panel->actionChip()->click();

    // The header sorts in SQL: the options to act on first.
    panel->view()->horizontalHeader()->setSortIndicator(PatientListModel::SerdStatus, Qt::AscendingOrder);
    EXPECT_EQ(model()->sortColumn(), PatientListModel::SerdStatus);
    EXPECT_TRUE(column(PatientListModel::SerdStatus).front().startsWith(QStringLiteral("Option: ")));
    panel->view()->horizontalHeader()->setSortIndicator(PatientListModel::DueActions, Qt::AscendingOrder);
    EXPECT_EQ(model()->sortColumn(), PatientListModel::DueActions);
    const QStringList due = column(PatientListModel::DueActions);
    EXPECT_GE(due.front().count(QLatin1Char(',')), due.back().count(QLatin1Char(',')));
}

TEST_F(ListSummaryTest, ARowFollowsTheRecomputeAfterAnEdit)
{
    const qint64 patient = id("DEMO-0004");
    EXPECT_EQ(cell(patient, PatientListModel::SerdStatus), QStringLiteral("Taking elacestrant"));
    stopElacestrant();
    EXPECT_EQ(cell(patient, PatientListModel::SerdStatus), QStringLiteral("Option: elacestrant, imlunestrant"));
}

TEST_F(ListSummaryTest, RowsFollowTheBackgroundRecompute)
{
    const qint64 foshan = id("DEMO-0001");
    ASSERT_TRUE(t.db().exec(QStringLiteral("DELETE FROM assessment_summaries")).ok());
    model()->updateAll();
    EXPECT_TRUE(cell(foshan, PatientListModel::SerdStatus).isEmpty());
    EXPECT_TRUE(
        cell(foshan, PatientListModel::SerdStatus, Qt::ToolTipRole).contains(QStringLiteral("Not assessed yet")));

    QSignalSpy finished(&summaries, &assessments::AssessmentService::backgroundFinished);
    ASSERT_TRUE(summaries.recomputeStaleInBackground());
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_EQ(cell(foshan, PatientListModel::SerdStatus), QStringLiteral("Taking elacestrant"));
}
