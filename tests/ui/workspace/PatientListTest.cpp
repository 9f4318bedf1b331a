// The patient list: model invariants (QAbstractItemModelTester), search typed into the search box, chips, sorting
// through the header, and rows that follow the service.
#include "core/demo/DemoData.h"
#include "core/patientlist/PatientDirectory.h"
#include "core/storage/AssessmentRepository.h"
#include "tests/ui/workspace/UiTestSupport.h"
#include "ui/patients/PatientListModel.h"
#include "ui/patients/PatientListPanel.h"
#include "ui/widgets/Display.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>

using namespace onco;

namespace {

class PatientList : public test::UiTest
{
protected:
    void SetUp() override
    {
        test::UiTest::SetUp();
        ASSERT_TRUE(importDemoPatients(t.service()).ok());
        ASSERT_TRUE(directory.syncKnowledge().ok());
        panel = std::make_unique<PatientListPanel>(t.service(), directory);
        tester = std::make_unique<QAbstractItemModelTester>(panel->model(),
                                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        panel->resize(600, 500);
        panel->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(panel.get()));
    }
    void search(const QString& text)
    {
        panel->searchField()->clear();
        panel->searchField()->setFocus();
        test::typeText(panel->searchField(), text);
    }
    QStringList mrns() const
    {
        QStringList out;
        const auto* m = panel->model();
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, PatientListModel::Mrn).data().toString();
        return out;
    }
    qint64 id(const char* mrn) { return *t.service().findPatientId(QString::fromLatin1(mrn)); }

    test::TempDatabase t;
    PatientDirectory directory{t.storage(), t.service().knowledge(), t.clock()};
    std::unique_ptr<PatientListPanel> panel;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

}  // namespace

TEST_F(PatientList, TypingFindsZhangWeiByNamePinyinInitialsLatinNameAndMrn)
{
    const QStringList zhangWei{QStringLiteral("DEMO-0006")};
    for (const QString& text :
         {QStringLiteral("张伟"), QStringLiteral("zhangwei"), QStringLiteral("zhang wei"), QStringLiteral("zw"),
          QStringLiteral("Zhang Wei"), QStringLiteral("DEMO-0006"), QStringLiteral("demo0006")}) {
        search(text);
        EXPECT_EQ(mrns(), zhangWei) << text.toStdString();
    }
    search(QStringLiteral("张"));  // every keystroke filters: 张 alone also finds her
    EXPECT_TRUE(mrns().contains(QStringLiteral("DEMO-0006")));
    search(QStringLiteral("zx"));
    EXPECT_TRUE(mrns().isEmpty());
    EXPECT_TRUE(panel->countLabel()->text().startsWith(QStringLiteral("0 ")));
    QTest::keyClick(panel->searchField(), Qt::Key_Escape);  // Escape clears the search
    EXPECT_EQ(mrns().size(), 14);
}

TEST_F(PatientList, ChipsFilterAndArchivedPatientsAreHiddenUnlessAsked)
{
    EXPECT_FALSE(mrns().contains(QStringLiteral("DEMO-0012")));  // archived
    search(QStringLiteral("孙玉兰"));
    EXPECT_TRUE(mrns().isEmpty());
    panel->archivedChip()->click();
    EXPECT_EQ(mrns(), QStringList{QStringLiteral("DEMO-0012")});
    EXPECT_TRUE(panel->model()->index(0, 0).data(PatientListModel::ArchivedRole).toBool());
    panel->archivedChip()->click();
    panel->searchField()->clear();

    panel->advancedChip()->click();
    const QStringList advanced = mrns();
    EXPECT_FALSE(advanced.isEmpty());
    EXPECT_FALSE(advanced.contains(QStringLiteral("DEMO-0009")));  // early disease (adjuvant only)
    for (int r = 0; r < panel->model()->rowCount(); ++r)
        EXPECT_EQ(panel->model()->index(r, PatientListModel::Advanced).data().toString(),
                  PatientListModel::tr("Advanced"));
    // The assessment chips wait for the stored assessment summary.
    EXPECT_FALSE(panel->serdChip()->isEnabled());
    EXPECT_FALSE(panel->actionChip()->isEnabled());
}

TEST_F(PatientList, SortingNeverOpensAPatient)
{
    QSignalSpy selected(panel.get(), &PatientListPanel::patientSelected);
    panel->activateWindow();
    QApplication::setActiveWindow(panel.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(panel.get()));
    QHeaderView* header = panel->view()->horizontalHeader();
    for (int column : {int(PatientListModel::Age), int(PatientListModel::Mrn), int(PatientListModel::Age)}) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + 5, header->height() / 2));
        QApplication::processEvents();
    }
    panel->view()->setFocus();  // focus alone moves the view's current row to the top: still nobody opened
    QApplication::processEvents();
    EXPECT_EQ(selected.count(), 0);
    // A click on a row opens her, and a later sort keeps her, opening nobody else.
    const QRect second = panel->view()->visualRect(panel->model()->index(1, PatientListModel::Name));
    QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {}, second.center());
    ASSERT_EQ(selected.count(), 1);
    const qint64 opened = selected.last().at(0).toLongLong();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(PatientListModel::Mrn) + 5, header->height() / 2));
    QApplication::processEvents();
    EXPECT_EQ(selected.count(), 1);
    EXPECT_EQ(panel->model()->patientId(panel->view()->currentIndex().row()), opened);
}

TEST_F(PatientList, HeaderSortsInSqlAndColumnsThatCannotSortKeepTheOrder)
{
    QHeaderView* header = panel->view()->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(PatientListModel::Age) + 5, header->height() / 2));
    QList<int> ages;
    for (int r = 0; r < panel->model()->rowCount(); ++r)
        ages << panel->model()->index(r, PatientListModel::Age).data().toInt();
    EXPECT_TRUE(std::is_sorted(ages.begin(), ages.end()) || std::is_sorted(ages.rbegin(), ages.rend()));
    EXPECT_EQ(panel->model()->query().sort, PatientSort::Age);

    const QStringList before = mrns();
    header->setSortIndicator(PatientListModel::CurrentLine, Qt::AscendingOrder);
    EXPECT_EQ(mrns(), before);
    EXPECT_EQ(header->sortIndicatorSection(), PatientListModel::Age);
    EXPECT_FALSE(panel->model()->canSort(PatientListModel::Esr1));
}

TEST_F(PatientList, RowsFollowTheServiceAndTheOpenPatientStaysSelected)
{
    QSignalSpy selected(panel.get(), &PatientListPanel::patientSelected);
    search(QStringLiteral("li"));
    QTest::keyClick(panel->searchField(), Qt::Key_Return);  // Enter opens the first match
    ASSERT_EQ(selected.size(), 1);
    const qint64 open = selected.front().front().toLongLong();
    EXPECT_EQ(panel->selectedPatient(), open);

    QSignalSpy changed(panel->model(), &QAbstractItemModel::dataChanged);
    Patient p = t.service().loadPatient(open)->patient;
    p.phone = QStringLiteral("+86 20 1234 5678");  // no effect on the order: only her row repaints
    ASSERT_TRUE(t.service().savePatient(p).ok());
    EXPECT_EQ(changed.size(), 1);

    Patient other = t.service().loadPatient(id("DEMO-0003"))->patient;  // 李娜
    other.archived = true;                                              // leaves the list
    ASSERT_TRUE(t.service().savePatient(other).ok());
    EXPECT_FALSE(mrns().contains(QStringLiteral("DEMO-0003")));
    const int row = panel->model()->rowOf(open);
    ASSERT_GE(row, 0);
    EXPECT_EQ(panel->view()->currentIndex().row(), row);

    Patient added;
    added.mrn = QStringLiteral("NEW-1");
    added.name = QStringLiteral("李丽");
    ASSERT_TRUE(t.service().savePatient(added).ok());
    EXPECT_TRUE(mrns().contains(QStringLiteral("NEW-1")));
}

TEST_F(PatientList, RowsTellNamesakesApartAndSayWhatTheSearchMatched)
{
    const PatientListModel* m = panel->model();
    QTableView* view = panel->view();
    EXPECT_TRUE(view->isColumnHidden(PatientListModel::Matched));  // nothing searched
    const int foshan = m->rowOf(id("DEMO-0001"));
    ASSERT_GE(foshan, 0);
    EXPECT_EQ(m->index(foshan, PatientListModel::BirthDate).data().toString(), display::date(QDate(1990, 2, 14)));
    EXPECT_EQ(m->index(foshan, PatientListModel::Sex).data().toString(), QStringLiteral("Female"));
    EXPECT_EQ(m->index(foshan, PatientListModel::OutpatientNumber).data().toString(), QStringLiteral("MZ-DEMO-0001"));
    EXPECT_TRUE(m->index(foshan, PatientListModel::Matched).data().toString().isEmpty());
    EXPECT_EQ(m->headerData(PatientListModel::BirthDate, Qt::Horizontal).toString(), QStringLiteral("Birth date"));
    EXPECT_EQ(m->headerData(PatientListModel::OutpatientNumber, Qt::Horizontal).toString(),
              QStringLiteral("Outpatient no."));
    // The identifying columns come right after the name.
    QHeaderView* header = view->horizontalHeader();
    EXPECT_LT(header->visualIndex(PatientListModel::BirthDate), header->visualIndex(PatientListModel::SerdStatus));
    EXPECT_LT(header->visualIndex(PatientListModel::OutpatientNumber),
              header->visualIndex(PatientListModel::SerdStatus));

    search(QStringLiteral("zw"));
    ASSERT_EQ(mrns(), QStringList{QStringLiteral("DEMO-0006")});
    EXPECT_FALSE(view->isColumnHidden(PatientListModel::Matched));
    EXPECT_EQ(m->index(0, PatientListModel::Matched).data().toString(), QStringLiteral("initials: zw"));
    search(QStringLiteral("zhang wei"));
    ASSERT_EQ(mrns(), QStringList{QStringLiteral("DEMO-0006")});
    EXPECT_EQ(m->index(0, PatientListModel::Matched).data().toString(), QStringLiteral("pinyin: zhang wei"));
    EXPECT_EQ(m->index(0, PatientListModel::Matched).data(Qt::ToolTipRole).toString(),
              QStringLiteral("pinyin: zhang wei\nLatin name: Zhang Wei"));
    search(QStringLiteral("MZ-DEMO-0013"));
    ASSERT_EQ(mrns(), QStringList{QStringLiteral("DEMO-0013")});
    EXPECT_EQ(m->index(0, PatientListModel::Matched).data().toString(), QStringLiteral("outpatient no.: MZ-DEMO-0013"));
    panel->searchField()->clear();
    EXPECT_TRUE(view->isColumnHidden(PatientListModel::Matched));

    // Birth date, sex and outpatient number sort in SQL through the header.
    header->setSortIndicator(PatientListModel::BirthDate, Qt::AscendingOrder);
    EXPECT_EQ(m->query().sort, PatientSort::BirthDate);
    QList<QDate> births;
    for (int r = 0; r < m->rowCount(); ++r)
        births << t.service().loadPatient(m->patientId(r))->patient.birthDate;
    EXPECT_TRUE(std::is_sorted(births.begin(), births.end()));
    header->setSortIndicator(PatientListModel::Sex, Qt::DescendingOrder);
    EXPECT_EQ(m->query().sort, PatientSort::Sex);
    EXPECT_EQ(mrns().front(), QStringLiteral("DEMO-0004"));  // the one man
    header->setSortIndicator(PatientListModel::OutpatientNumber, Qt::DescendingOrder);
    EXPECT_EQ(m->query().sort, PatientSort::OutpatientNumber);
    EXPECT_EQ(mrns().front(), QStringLiteral("DEMO-0015"));
    EXPECT_FALSE(m->canSort(PatientListModel::Matched));
}

TEST_F(PatientList, TheNameColumnStaysInViewWhenTheListScrollsSideways)
{
    panel->resize(600, 260);  // narrower than the columns, shorter than the rows
    for (int i = 0; i < 4; ++i)
        QApplication::processEvents();
    QTableView* view = panel->view();
    auto* frozen = view->findChild<QTableView*>(QStringLiteral("frozenColumn"));
    ASSERT_NE(frozen, nullptr);
    ASSERT_TRUE(frozen->isVisible());
    EXPECT_EQ(frozen->model(), view->model());
    EXPECT_EQ(frozen->selectionModel(), view->selectionModel());

    QScrollBar* sideways = view->horizontalScrollBar();
    ASSERT_GT(sideways->maximum(), 0);
    sideways->setValue(sideways->maximum());
    QApplication::processEvents();
    EXPECT_LT(view->columnViewportPosition(PatientListModel::Name), 0);  // the table's own name column scrolled away
    EXPECT_EQ(frozen->geometry().left(), view->viewport()->geometry().left());  // the frozen one did not
    EXPECT_EQ(frozen->width(), view->columnWidth(PatientListModel::Name));
    EXPECT_EQ(frozen->indexAt(QPoint(4, 4)).column(), int(PatientListModel::Name));

    // It scrolls down with the table and shows the same rows.
    QScrollBar* down = view->verticalScrollBar();
    ASSERT_GT(down->maximum(), 0);
    down->setValue(down->maximum());
    QApplication::processEvents();
    EXPECT_EQ(frozen->verticalScrollBar()->value(), down->value());
    EXPECT_EQ(frozen->rowAt(0), view->rowAt(0));

    // A click on a name there opens her, and the table keeps where it was scrolled to.
    QSignalSpy selected(panel.get(), &PatientListPanel::patientSelected);
    const int row = frozen->rowAt(0);
    QTest::mouseClick(frozen->viewport(), Qt::LeftButton, {},
                      frozen->visualRect(frozen->model()->index(row, PatientListModel::Name)).center());
    ASSERT_EQ(selected.count(), 1);
    EXPECT_EQ(selected.last().at(0).toLongLong(), panel->model()->patientId(row));
    EXPECT_EQ(sideways->value(), sideways->maximum());

    // Its header sorts the list; the name column cannot be moved from the first place.
    ASSERT_EQ(panel->model()->query().order, Qt::AscendingOrder);
    QHeaderView* frozenHeader = frozen->horizontalHeader();
    QTest::mouseClick(frozenHeader->viewport(), Qt::LeftButton, {}, QPoint(5, frozenHeader->height() / 2));
    EXPECT_EQ(panel->model()->query().sort, PatientSort::Name);
    EXPECT_EQ(panel->model()->query().order, Qt::DescendingOrder);
    EXPECT_EQ(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    view->horizontalHeader()->moveSection(0, 3);
    EXPECT_EQ(view->horizontalHeader()->visualIndex(PatientListModel::Name), 0);
}

TEST(PatientListLarge, ThousandsOfRowsAreReadAPageAtATime)
{
    QSettings().clear();
    test::TempDatabase t;
    ASSERT_TRUE(generateSyntheticPatients(t.service(), 1500, 7).ok());
    PatientDirectory directory(t.storage(), t.service().knowledge(), t.clock());
    ASSERT_TRUE(directory.syncKnowledge().ok());
    PatientListModel model(t.service(), directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 1500);
    // The last row is read on demand, and is the patient the search put there.
    const QModelIndex last = model.index(1499, PatientListModel::Mrn);
    const auto stored = t.service().loadPatient(model.patientId(1499));
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(last.data().toString(), stored->patient.mrn);
    EXPECT_EQ(model.rowOf(model.patientId(750)), 750);
    PatientQuery q;
    q.text = QStringLiteral("zh");
    model.setQuery(q);
    EXPECT_GT(model.rowCount(), 0);
    EXPECT_LT(model.rowCount(), 1500);
    for (int r = 0; r < model.rowCount(); ++r) {
        const Patient p = t.service().loadPatient(model.patientId(r))->patient;
        const bool matches = p.namePinyin.startsWith(QStringLiteral("zh")) ||
                             p.namePinyin.contains(QStringLiteral(" zh")) ||
                             p.nameInitials.startsWith(QStringLiteral("zh"));
        EXPECT_TRUE(matches) << p.namePinyin.toStdString();
    }
}

TEST_F(PatientList, StoredAssessmentsFillTheirColumnsAndEnableTheirChips)
{
    // Stored assessments written as the store keeps them: the patients whose MRN ends in 1 have an oral SERD option
    // to act on, the others none; everyone has an ESR1 re-test due.
    const QList<PatientListEntry> patients = t.service().listPatients().value();
    for (const PatientListEntry& p : patients)
        test::storeAssessment(t.storage(), t.clock(), p.id,
                              p.mrn.endsWith(QLatin1Char('1')) ? rules::OptionStatus::Option
                                                               : rules::OptionStatus::NotOption,
                              {QStringLiteral("ESR1_RETEST_DUE")});
    EXPECT_FALSE(panel->serdChip()->isEnabled());
    directory.setAssessmentsAvailable(true);
    panel->assessmentSourceChanged();
    EXPECT_TRUE(panel->serdChip()->isEnabled());
    // Codes in plain words (ListAssessmentText), never raw.
    const int row = panel->model()->rowOf(id("DEMO-0001"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(panel->model()->index(row, PatientListModel::DueActions).data().toString(),
              QStringLiteral("ESR1 re-test"));
    EXPECT_EQ(panel->model()->index(row, PatientListModel::SerdStatus).data().toString(),
              QStringLiteral("Option: elacestrant"));
    panel->serdChip()->click();
    EXPECT_EQ(mrns(), (QStringList{QStringLiteral("DEMO-0001"), QStringLiteral("DEMO-0011")}));
    EXPECT_TRUE(panel->model()->canSort(PatientListModel::SerdStatus));
    EXPECT_TRUE(panel->model()->canSort(PatientListModel::DueActions));
}
