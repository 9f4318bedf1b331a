// The worklists panel in the real window on the demo database (plus two patients waiting for their next line, one
// whose oral SERD option is new and one whose option holds for 60 days), with the stored summaries connected as in
// main.cpp: each list shows who the core worklists say, sorting, the filter (CJK typed per character), "new only",
// double-click opens the patient, CSV export and batch PDF through the panel's buttons, and the "summary not printed
// since the last change" list following a print and the next edit.
#include "ui/worklists/WorklistPanel.h"

#include "core/assessments/AssessmentService.h"
#include "core/assessments/Recompute.h"
#include "core/caseformat/CaseCodec.h"
#include "core/demo/DemoData.h"
#include "core/rules/RuleContext.h"
#include "core/settings/AppSettings.h"
#include "core/worklists/Screening.h"
#include "core/worklists/WorklistExport.h"
#include "tests/ui/print/PdfTools.h"
#include "tests/ui/workspace/UiTestSupport.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/PrintActions.h"
#include "ui/print/PrintController.h"
#include "ui/worklists/WorklistModel.h"
#include "ui/workspace/PatientWorkspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

#include <algorithm>

using namespace onco;
using worklists::Kind;

namespace {

constexpr int kWait = 20000;  // ms; the lists are read on a worker thread

/** V24 without its last line (progression on 2023-10-11, ESR1 D538G in plasma on 2023-10-18, no new line yet):
 *  an oral SERD is an option to act on now (US-FDA). */
PatientRecord waitingForNextLine(const QString& mrn, const QString& name, const QString& latin)
{
    QList<CaseError> errors;
    const auto file = CaseCodec(Knowledge::builtin(), QDate(2026, 11, 21))
                          .parse(test::readFile(test::dataPath(QStringLiteral("vignettes/V24.case.json"))), errors);
    EXPECT_TRUE(file.has_value());
    PatientRecord r = file ? file->record : PatientRecord{};
    if (!r.therapies.isEmpty())
        r.therapies.removeLast();
    r.patient.mrn = mrn;
    r.patient.name = name;
    r.patient.nameLatin = latin;
    return r;
}

/** The signal came, or comes within kWait. */
bool waitFor(QSignalSpy& spy)
{
    return !spy.isEmpty() || spy.wait(kWait);
}

/** RFC 4180 rows of a CSV text (quoted fields, doubled quotes, CRLF). */
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += c, ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    return rows;
}

class WorklistPanelTest : public test::UiTest
{
protected:
    void SetUp() override
    {
        test::UiTest::SetUp();
        languages.setLanguage(QStringLiteral("en"));
        // One patient whose option was first seen 60 days ago (the status history), before the window's summaries.
        const auto old = t.service().importRecord(
            waitingForNextLine(QStringLiteral("VIG-24-OLD"), QStringLiteral("罗敏"), QStringLiteral("Luo Min")), false);
        ASSERT_TRUE(old.ok()) << old.error().message.toStdString();
        oldOption = old.value();
        ASSERT_TRUE(assessments::recomputeAssessments(t.context(), {oldOption}, freshness(today().addDays(-60))).ok());

        // The window's summaries (main.cpp): each change recomputes its patient, the background the stale ones.
        summaries = std::make_unique<assessments::AssessmentService>(t.context(), t.service());
        ASSERT_TRUE(importDemoPatients(t.service()).ok());
        const auto fresh = t.service().importRecord(
            waitingForNextLine(QStringLiteral("VIG-24-NEW"), QStringLiteral("罗丽"), QStringLiteral("Luo Li")), false);
        ASSERT_TRUE(fresh.ok()) << fresh.error().message.toStdString();
        newOption = fresh.value();
        QSignalSpy finished(summaries.get(), &assessments::AssessmentService::backgroundFinished);
        ASSERT_TRUE(summaries->recomputeStaleInBackground());
        ASSERT_TRUE(waitFor(finished));

        window = std::make_unique<MainWindow>(
            MainWindow::Services{t.service(), t.directory(), t.worklists(), t.openPatient()}, &languages);
        window->connectSummaries(*summaries);
        tester =
            std::make_unique<QAbstractItemModelTester>(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        window->resize(1366, 768);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));

        // The user opens the Worklists tab beside the patient list: the lists are read then.
        QSignalSpy loaded(panel(), &WorklistPanel::loaded);
        QTabBar* bar = window->sideTabs()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, Qt::NoModifier, bar->tabRect(1).center());
        ASSERT_EQ(window->sideTabs()->currentWidget(), panel());
        ASSERT_TRUE(waitFor(loaded));
        ASSERT_FALSE(panel()->isLoading());
        ASSERT_NE(model()->screening(), nullptr);
        EXPECT_EQ(model()->screening()->stale, 0);
    }
    void TearDown() override
    {
        tester.reset();
        window.reset();
        languages.setLanguage(QStringLiteral("en"));
        test::UiTest::TearDown();
    }

    QDate today() { return t.clock().today(); }
    assessments::Freshness freshness(const QDate& day)
    {
        return {day, t.service().knowledge().version(), settings::chooseJurisdiction(std::nullopt, std::nullopt)};
    }
    /** The worklists as the core computes them now (summaries not current are assessed in memory), under the
     *  jurisdiction the panel read them for (the settings file is shared with the UI tests ctest runs in parallel). */
    worklists::Screening core()
    {
        assessments::Freshness now = freshness(today());
        if (model()->screening())
            now.jurisdiction = model()->screening()->jurisdiction;
        auto s = worklists::screen(t.context(), {now, false});
        EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
        return s.ok() ? s.value() : worklists::Screening{};
    }
    static QList<qint64> idsOn(const worklists::Screening& s, Kind kind)
    {
        QList<qint64> ids;
        for (int i : s.indices(kind))
            ids << s.entries[i].patientId;
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    QList<qint64> shownIds()
    {
        QList<qint64> ids = model()->patientIds();
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    QStringList column(int c)
    {
        QStringList out;
        for (int r = 0; r < model()->rowCount(); ++r)
            out << model()->index(r, c).data().toString();
        return out;
    }
    void clickList(Kind kind)
    {
        QTest::mouseClick(panel()->listButton(kind), Qt::LeftButton);
        ASSERT_EQ(model()->kind(), kind);
    }
    void clickHeader(int section)
    {
        QHeaderView* header = panel()->view()->horizontalHeader();
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, Qt::NoModifier,
            QPoint(header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2));
    }
    void typeFilter(const QString& text)
    {
        panel()->filterField()->setFocus();
        panel()->filterField()->clear();
        test::typeText(panel()->filterField(), text);
    }
    qint64 id(const char* mrn) { return t.service().findPatientId(QLatin1String(mrn)).value_or(0); }

    WorklistPanel* panel() const { return window->worklists(); }
    WorklistModel* model() const { return panel()->model(); }

    LanguageManager languages;
    test::TempDatabase t;
    std::unique_ptr<assessments::AssessmentService> summaries;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<QAbstractItemModelTester> tester;
    qint64 oldOption = 0;
    qint64 newOption = 0;
};

}  // namespace

TEST_F(WorklistPanelTest, EachListShowsThePatientsTheCoreWorklistsSay)
{
    const worklists::Screening s = core();
    ASSERT_EQ(idsOn(s, Kind::SerdOption), (QList<qint64>{oldOption, id("DEMO-0013"), newOption}));
    for (Kind kind : worklists::allKinds()) {
        SCOPED_TRACE(worklists::kindCode(kind).toStdString());
        clickList(kind);
        EXPECT_TRUE(panel()->listButton(kind)->isChecked());
        if (kind == Kind::KnowledgeChanged) {  // no knowledge update installed on the demo database
            EXPECT_TRUE(idsOn(s, kind).isEmpty());
            continue;
        }
        ASSERT_FALSE(idsOn(s, kind).isEmpty());  // every other list has someone on the demo database
        EXPECT_EQ(shownIds(), idsOn(s, kind));
        // Each row names its patient.
        for (int r = 0; r < model()->rowCount(); ++r) {
            const qint64 patient = model()->patientId(r);
            const auto entry = std::find_if(s.entries.begin(), s.entries.end(),
                                            [&](const worklists::Entry& e) { return e.patientId == patient; });
            ASSERT_NE(entry, s.entries.end());
            EXPECT_EQ(model()->index(r, 1).data().toString(), entry->mrn);
            EXPECT_TRUE(model()->index(r, 0).data().toString().contains(entry->name));
        }
        // The list button says how many, the status line too.
        EXPECT_TRUE(panel()->listButton(kind)->text().endsWith(QStringLiteral("(%1)").arg(s.count(kind))))
            << panel()->listButton(kind)->text().toStdString();
        EXPECT_TRUE(
            panel()->statusLabel()->text().startsWith(QStringLiteral("%1 of %1 patients listed").arg(s.count(kind))))
            << panel()->statusLabel()->text().toStdString();
    }
    EXPECT_EQ(s.entries.size(), 16);  // the archived demo patient is on no list
    EXPECT_EQ(std::count_if(s.entries.begin(), s.entries.end(),
                            [](const worklists::Entry& e) { return e.mrn == QLatin1String("DEMO-0012"); }),
              0);
}

TEST_F(WorklistPanelTest, MarkerRiseRowsNameTheMarkerAndTheRise)
{
    clickList(Kind::MarkerRise);
    const worklists::Screening s = core();
    ASSERT_GT(model()->rowCount(), 0);
    const int rise = 2;
    ASSERT_EQ(model()->headerData(rise, Qt::Horizontal).toString(), QStringLiteral("Marker rise"));
    for (int r = 0; r < model()->rowCount(); ++r) {
        const worklists::Entry* e = model()->entry(r);
        ASSERT_NE(e, nullptr);
        SCOPED_TRACE(e->mrn.toStdString());
        // The stored summary names every rising marker: its label, the nadir and the latest value with the unit.
        ASSERT_FALSE(e->summary.markerRises.isEmpty());
        const QString text = model()->index(r, rise).data().toString();
        for (const assessments::StoredMarkerRise& m : e->summary.markerRises) {
            EXPECT_TRUE(text.contains(QStringLiteral("%1: nadir ").arg(m.label))) << text.toStdString();
            EXPECT_TRUE(text.contains(QStringLiteral(" → "))) << text.toStdString();
            EXPECT_TRUE(text.contains(m.unit)) << text.toStdString();
        }
        EXPECT_NE(text, QStringLiteral("Confirmed tumour-marker rise"));
        // The same as the core's own reading of that patient.
        const auto computed = std::find_if(s.entries.begin(), s.entries.end(),
                                           [&](const worklists::Entry& c) { return c.patientId == e->patientId; });
        ASSERT_NE(computed, s.entries.end());
        EXPECT_EQ(computed->summary.markerRises, e->summary.markerRises);
    }
    // Sorted by the largest rise.
    clickHeader(rise);
    QList<double> largest;
    for (int r = 0; r < model()->rowCount(); ++r) {
        double most = 0;
        for (const assessments::StoredMarkerRise& m : model()->entry(r)->summary.markerRises)
            most = std::max(most, m.percent().value_or(0));
        largest << most;
    }
    QList<double> sorted = largest;
    std::sort(sorted.begin(), sorted.end());
    if (panel()->view()->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder)
        std::reverse(sorted.begin(), sorted.end());
    EXPECT_EQ(largest, sorted);
}

TEST_F(WorklistPanelTest, HeaderClickSortsTheRows)
{
    clickList(Kind::NotPrinted);
    const QStringList unsorted = column(1);
    ASSERT_GE(unsorted.size(), 3);
    QHeaderView* header = panel()->view()->horizontalHeader();

    clickHeader(1);  // MRN
    ASSERT_EQ(header->sortIndicatorSection(), 1);
    QStringList expected = unsorted;
    std::sort(expected.begin(), expected.end());
    if (header->sortIndicatorOrder() == Qt::DescendingOrder)
        std::reverse(expected.begin(), expected.end());
    EXPECT_EQ(column(1), expected);
    const Qt::SortOrder first = header->sortIndicatorOrder();

    clickHeader(1);  // the other way round
    EXPECT_NE(header->sortIndicatorOrder(), first);
    std::reverse(expected.begin(), expected.end());
    EXPECT_EQ(column(1), expected);

    // By the patient's Latin name.
    clickHeader(0);
    ASSERT_EQ(header->sortIndicatorSection(), 0);
    QStringList latin;
    for (int r = 0; r < model()->rowCount(); ++r)
        latin << model()->entry(r)->nameLatin;
    QStringList sortedLatin = latin;
    std::sort(sortedLatin.begin(), sortedLatin.end());
    if (header->sortIndicatorOrder() == Qt::DescendingOrder)
        std::reverse(sortedLatin.begin(), sortedLatin.end());
    EXPECT_EQ(latin, sortedLatin);
}

TEST_F(WorklistPanelTest, FilterFieldNarrowsTheRows)
{
    clickList(Kind::NotPrinted);
    const worklists::Screening s = core();
    auto matching = [&](const QString& text) {
        QList<qint64> ids;
        for (int i : s.indices(Kind::NotPrinted)) {
            const worklists::Entry& e = s.entries[i];
            if (QStringList{e.mrn, e.name, e.nameLatin}.join(' ').contains(text, Qt::CaseInsensitive))
                ids << e.patientId;
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    };

    typeFilter(QStringLiteral("demo-000"));
    ASSERT_FALSE(matching(QStringLiteral("demo-000")).isEmpty());
    EXPECT_LT(model()->rowCount(), model()->listed());
    EXPECT_EQ(shownIds(), matching(QStringLiteral("demo-000")));
    EXPECT_TRUE(panel()->statusLabel()->text().startsWith(
        QStringLiteral("%1 of %2 patients listed").arg(model()->rowCount()).arg(model()->listed())));

    // A Chinese name, typed one character at a time: first the family name, then the whole name.
    typeFilter(QStringLiteral("罗"));
    EXPECT_EQ(shownIds(), (QList<qint64>{oldOption, newOption}));
    test::typeText(panel()->filterField(), QStringLiteral("丽"));
    EXPECT_EQ(panel()->filterField()->text(), QStringLiteral("罗丽"));
    EXPECT_EQ(shownIds(), QList<qint64>{newOption});
    EXPECT_EQ(shownIds(), matching(QStringLiteral("罗丽")));

    typeFilter(QStringLiteral("chen jing"));
    EXPECT_EQ(shownIds(), QList<qint64>{id("DEMO-0002")});

    panel()->filterField()->clear();
    EXPECT_EQ(model()->rowCount(), model()->listed());
}

TEST_F(WorklistPanelTest, NewOnlyShowsTheOptionsOfTheLast30Days)
{
    clickList(Kind::SerdOption);
    const worklists::Screening s = core();
    const qint64 demo = id("DEMO-0013");  // the demo patient's option is first seen today too
    ASSERT_EQ(shownIds(), (QList<qint64>{oldOption, demo, newOption}));
    const int newColumn = 4;
    ASSERT_EQ(model()->headerData(newColumn, Qt::Horizontal).toString(), QStringLiteral("New"));
    EXPECT_EQ(model()->index(model()->patientIds().indexOf(newOption), newColumn).data().toString(),
              QStringLiteral("new"));
    EXPECT_TRUE(model()->index(model()->patientIds().indexOf(oldOption), newColumn).data().toString().isEmpty());

    QCheckBox* box = panel()->newOnlyBox();
    ASSERT_TRUE(box->isVisible());
    QTest::mouseClick(box, Qt::LeftButton);
    ASSERT_TRUE(box->isChecked());
    QList<qint64> fresh;
    for (int i : s.indices(Kind::SerdOption))
        if (s.entries[i].hasNewOption())
            fresh << s.entries[i].patientId;
    EXPECT_EQ(fresh, (QList<qint64>{demo, newOption}));
    EXPECT_EQ(model()->patientIds(), fresh);

    QTest::mouseClick(box, Qt::LeftButton);
    EXPECT_EQ(shownIds(), (QList<qint64>{oldOption, demo, newOption}));

    // Only the SERD list has new options: the box is hidden and ignored elsewhere.
    box->setChecked(true);
    clickList(Kind::NotPrinted);
    EXPECT_FALSE(box->isVisible());
    EXPECT_EQ(model()->rowCount(), model()->listed());
}

TEST_F(WorklistPanelTest, DoubleClickOpensThePatientInTheWorkspace)
{
    clickList(Kind::Esr1Test);
    ASSERT_GE(model()->rowCount(), 2);
    const int row = model()->rowCount() - 1;
    const qint64 patient = model()->patientId(row);
    ASSERT_NE(window->workspace()->currentPatientId(), patient);
    QSignalSpy activated(panel(), &WorklistPanel::patientActivated);
    QTableView* view = panel()->view();
    const QPoint at = view->visualRect(model()->index(row, 1)).center();
    // A double click as the widget sees it: press and release, then the double-click event.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.front().front().toLongLong(), patient);
    EXPECT_EQ(window->workspace()->currentPatientId(), patient);

    // Enter on another row does the same.
    view->setFocus();
    view->setCurrentIndex(model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_EQ(activated.count(), 2);
    EXPECT_EQ(window->workspace()->currentPatientId(), model()->patientId(0));
}

TEST_F(WorklistPanelTest, CsvExportWritesTheListAsShown)
{
    const QString path = QDir(t.dir()).filePath(QStringLiteral("worklist.csv"));
    QString suggested;
    panel()->setFileChooser([&](const QString& s) {
        suggested = s;
        return path;
    });
    auto exportButton = [this] { return panel()->findChild<QPushButton*>(QStringLiteral("exportCsv")); };
    ASSERT_NE(exportButton(), nullptr);

    // The "not printed" list, filtered and sorted by MRN: one row per patient, in the order shown.
    clickList(Kind::NotPrinted);
    typeFilter(QStringLiteral("DEMO"));
    clickHeader(1);
    QTest::mouseClick(exportButton(), Qt::LeftButton);
    EXPECT_TRUE(suggested.endsWith(QStringLiteral("worklist-not_printed-%1.csv").arg(today().toString(Qt::ISODate))))
        << suggested.toStdString();
    QByteArray bytes = test::readFile(path);
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));  // spreadsheet programs need it for Chinese
    QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    ASSERT_FALSE(rows.isEmpty());
    const QStringList columns = worklists::csvColumns();
    EXPECT_EQ(rows.takeFirst(), columns);
    const int list = int(columns.indexOf(QStringLiteral("list")));
    const int mrn = int(columns.indexOf(QStringLiteral("mrn")));
    const int name = int(columns.indexOf(QStringLiteral("name")));
    const int drug = int(columns.indexOf(QStringLiteral("drug")));
    QStringList mrns;
    for (const QStringList& r : rows) {
        ASSERT_EQ(r.size(), columns.size());
        EXPECT_EQ(r[list], QStringLiteral("not_printed"));
        mrns << r[mrn];
    }
    EXPECT_EQ(mrns, column(1));
    EXPECT_TRUE(panel()->statusLabel()->text().contains(QDir::toNativeSeparators(path)));

    // The SERD list: one row per patient and oral SERD to act on, Chinese names intact.
    const worklists::Screening s = core();
    clickList(Kind::SerdOption);
    QTest::mouseClick(exportButton(), Qt::LeftButton);
    rows = parseCsv(QString::fromUtf8(test::readFile(path).mid(3)));
    // The filter "DEMO" stays: only the demo patient on the SERD list matches it, one row per drug.
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[1][mrn], QStringLiteral("DEMO-0013"));
    EXPECT_EQ(rows[2][mrn], QStringLiteral("DEMO-0013"));
    panel()->filterField()->clear();
    QTest::mouseClick(exportButton(), Qt::LeftButton);
    rows = parseCsv(QString::fromUtf8(test::readFile(path).mid(3)));
    ASSERT_FALSE(rows.isEmpty());
    rows.removeFirst();
    QStringList got;
    for (const QStringList& r : rows) {
        EXPECT_EQ(r[list], QStringLiteral("serd_option"));
        got << QStringLiteral("%1/%2/%3").arg(r[mrn], r[name], r[drug]);
    }
    QStringList want;
    for (int i : s.indices(Kind::SerdOption))
        for (const worklists::OptionEntry& o : s.entries[i].options)
            want << QStringLiteral("%1/%2/%3").arg(s.entries[i].mrn, s.entries[i].name, o.drug);
    ASSERT_FALSE(want.isEmpty());
    EXPECT_EQ(got, want);
}

TEST_F(WorklistPanelTest, BatchPdfPrintsEachSummaryAndTheNotPrintedListFollows)
{
    clickList(Kind::Esr1Test);
    const QList<qint64> targets = model()->patientIds();
    ASSERT_GE(targets.size(), 2);
    ASSERT_EQ(panel()->printTargets(), targets);  // nothing selected: every patient listed
    QStringList mrns = column(1);

    PrintController* controller = window->printActions()->controller();
    const QString path = QDir(t.dir()).filePath(QStringLiteral("batch.pdf"));
    controller->setLanguageChooser([](const QString&) { return report::PrintLanguage::English; });
    controller->setFileChooser([&](const QString&) { return path; });
    auto* pdfButton = panel()->findChild<QPushButton*>(QStringLiteral("exportPdfBatch"));
    ASSERT_NE(pdfButton, nullptr);
    ASSERT_TRUE(pdfButton->isVisible());

    QSignalSpy loaded(panel(), &WorklistPanel::loaded);
    QTest::mouseClick(pdfButton, Qt::LeftButton);
    // One summary per patient, each from a new page, each print audited.
    EXPECT_GE(test::pdfPages(path), int(targets.size()));
    const QString text = test::pdfText(path);
    for (const QString& m : mrns)
        EXPECT_TRUE(text.contains(m)) << m.toStdString();
    for (qint64 patient : targets)
        EXPECT_EQ(test::auditDetails(t.path(), QStringLiteral("print"), patient).size(), 1) << patient;

    // The lists are read again: the printed patients leave "summary not printed since the last change".
    ASSERT_TRUE(waitFor(loaded));
    clickList(Kind::NotPrinted);
    for (qint64 patient : targets)
        EXPECT_FALSE(model()->patientIds().contains(patient)) << patient;
    EXPECT_EQ(shownIds(), idsOn(core(), Kind::NotPrinted));

    // The next day one of them changes: she is back on the list, the other one is not.
    t.clock().setToday(today().addDays(1));
    Patient changed = t.service().loadPatient(targets.front()).value().patient;
    changed.phone = QStringLiteral("+86 20 0000 1234");
    loaded.clear();
    ASSERT_TRUE(t.service().savePatient(changed).ok());
    ASSERT_TRUE(waitFor(loaded));
    EXPECT_TRUE(model()->patientIds().contains(targets.front()));
    EXPECT_FALSE(model()->patientIds().contains(targets.back()));
    EXPECT_EQ(shownIds(), idsOn(core(), Kind::NotPrinted));
}

// The worklists use the main area: their tab gives the side panel most of the window; back on the patient list, the
// list has the width it had; the user's sizes of each are kept for the next session (issue 14).
TEST_F(WorklistPanelTest, WorklistsTakeTheMainAreaAndEachTabKeepsItsWidth)
{
    auto* splitter = window->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
    ASSERT_NE(splitter, nullptr);
    const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
    EXPECT_GE(splitter->sizes().value(0), total / 2);  // worklists showing (SetUp opened them)
    window->sideTabs()->setCurrentIndex(0);
    const int listWidth = splitter->sizes().value(0);
    EXPECT_LT(listWidth, total / 2);
    splitter->setSizes({listWidth + 60, total - listWidth - 60});  // the user widens the list
    window->sideTabs()->setCurrentIndex(1);
    EXPECT_GE(splitter->sizes().value(0), total / 2);
    window->sideTabs()->setCurrentIndex(0);
    EXPECT_EQ(splitter->sizes().value(0), listWidth + 60);
    window->close();  // saves both
    EXPECT_FALSE(QSettings().value(QStringLiteral("window/splitterWorklists")).toByteArray().isEmpty());
    EXPECT_FALSE(QSettings().value(QStringLiteral("window/splitter")).toByteArray().isEmpty());
}
