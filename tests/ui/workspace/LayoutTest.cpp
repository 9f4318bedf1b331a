// At 1366×768, in English and in Chinese: every label, button, tab, group title and table header of the main
// window, each workspace tab and the entry dialogs has room for its whole text. With ONCO_SCREENSHOT_DIR set, the
// screens are also saved as PNG files there (run under Xvfb to look at them).
#include "core/demo/DemoData.h"
#include "core/util/Clock.h"
#include "core/worklists/Worklist.h"
#include "tests/ui/workspace/UiTestSupport.h"
#include "ui/dialogs/ClinicalDialogs.h"
#include "ui/dialogs/PatientDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/patients/PatientListPanel.h"
#include "ui/worklists/WorklistPanel.h"
#include "ui/workspace/PatientWorkspace.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QGraphicsView>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

using namespace onco;

namespace {

/** Texts of `root` that do not fit their widget. */
QStringList clipped(QWidget* root)
{
    QStringList out;
    auto visible = [root](QWidget* w) { return w->isVisibleTo(root) && w->width() > 0; };
    for (QLabel* l : root->findChildren<QLabel*>()) {
        if (!visible(l) || l->text().isEmpty() || !l->pixmap().isNull())
            continue;
        const QSize hint = l->sizeHint();
        const bool fits =
            l->wordWrap() ? l->height() + 1 >= l->heightForWidth(l->width()) : l->width() + 1 >= hint.width();
        if (!fits)
            out << QStringLiteral("label \"%1\" (%2 < %3)").arg(l->text()).arg(l->width()).arg(hint.width());
    }
    for (QAbstractButton* b : root->findChildren<QAbstractButton*>()) {
        if (!visible(b) || b->text().isEmpty())
            continue;
        if (b->width() + 1 < b->sizeHint().width())
            out << QStringLiteral("button \"%1\" (%2 < %3)").arg(b->text()).arg(b->width()).arg(b->sizeHint().width());
    }
    for (QLineEdit* e : root->findChildren<QLineEdit*>()) {
        const QString shown = e->text().isEmpty() ? e->placeholderText() : QString();
        if (visible(e) && !shown.isEmpty() && e->width() < e->fontMetrics().horizontalAdvance(shown) + 12)
            out << QStringLiteral("placeholder \"%1\"").arg(shown);
    }
    for (QComboBox* c : root->findChildren<QComboBox*>())
        if (visible(c) && !c->isEditable() && c->width() < c->fontMetrics().horizontalAdvance(c->currentText()) + 28)
            out << QStringLiteral("combo \"%1\"").arg(c->currentText());
    for (QListWidget* l : root->findChildren<QListWidget*>())
        for (int i = 0; visible(l) && i < l->count(); ++i)
            if (l->viewport()->width() < l->fontMetrics().horizontalAdvance(l->item(i)->text()) + 8)
                out << QStringLiteral("list item \"%1\"").arg(l->item(i)->text());
    for (QGroupBox* g : root->findChildren<QGroupBox*>())
        if (visible(g) && g->width() < g->fontMetrics().horizontalAdvance(g->title()) + 16)
            out << QStringLiteral("group \"%1\"").arg(g->title());
    for (QTabBar* bar : root->findChildren<QTabBar*>())
        if (visible(bar) && bar->width() + 1 < bar->sizeHint().width())
            out << QStringLiteral("tab bar (%1 < %2)").arg(bar->width()).arg(bar->sizeHint().width());
    for (QHeaderView* h : root->findChildren<QHeaderView*>()) {
        if (!visible(h) || h->orientation() != Qt::Horizontal)
            continue;
        for (int i = 0; i < h->count(); ++i) {
            const QString text = h->model()->headerData(i, Qt::Horizontal).toString();
            const int need = h->fontMetrics().horizontalAdvance(text) + 8;
            if (!h->isSectionHidden(i) && h->sectionSize(i) < need)
                out << QStringLiteral("header \"%1\" (%2 < %3)").arg(text).arg(h->sectionSize(i)).arg(need);
        }
    }
    return out;
}

/** Lets nested layouts settle: each level of a changed layout is redone in its own round of posted events (the
 *  assessment cards are rebuilt when a patient opens). */
void settle()
{
    for (int i = 0; i < 8; ++i)
        QCoreApplication::processEvents();
}

void save(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("ONCO_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

class Layout : public test::UiTest, public ::testing::WithParamInterface<const char*>
{
protected:
    void SetUp() override
    {
        test::UiTest::SetUp();
        languages.setLanguage(QString::fromLatin1(GetParam()));
        ASSERT_TRUE(importDemoPatients(t.service()).ok());
    }
    void TearDown() override
    {
        languages.setLanguage(QStringLiteral("en"));
        test::UiTest::TearDown();
    }
    template <typename D> void checkDialog(D& dialog, const QString& name)
    {
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        EXPECT_LE(dialog.width(), 1366);
        EXPECT_LE(dialog.height(), 768);
        EXPECT_EQ(clipped(&dialog), QStringList()) << name.toStdString();
        save(&dialog, name + QLatin1Char('-') + QLatin1String(GetParam()));
        dialog.reject();
    }

    LanguageManager languages;
    test::TempDatabase t;
};

}  // namespace

TEST_P(Layout, MainWindowListAndEveryTabFitAt1366x768)
{
    MainWindow w({t.service(), t.directory(), t.worklists(), t.openPatient()}, &languages);
    w.resize(1366, 768);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    settle();
    EXPECT_EQ(clipped(&w), QStringList()) << "list";
    save(&w, QStringLiteral("list-%1").arg(QLatin1String(GetParam())));

    // The worklists beside the list, each of the four lists.
    QSignalSpy loaded(w.worklists(), &WorklistPanel::loaded);
    w.sideTabs()->setCurrentWidget(w.worklists());
    ASSERT_TRUE(loaded.wait(10000));
    for (worklists::Kind kind : worklists::allKinds()) {
        w.worklists()->showList(kind);
        settle();
        EXPECT_EQ(clipped(&w), QStringList()) << "worklist " << worklists::kindCode(kind).toStdString();
        save(&w, QStringLiteral("worklist-%1-%2").arg(worklists::kindCode(kind), QLatin1String(GetParam())));
    }
    w.sideTabs()->setCurrentIndex(0);

    w.openPatient(*t.service().findPatientId(QStringLiteral("DEMO-0001")));
    QTabWidget* tabs = w.workspace()->tabs();
    // The Overview shows, without scrolling, the current line, the assessment's verdict and the due actions, and the
    // timeline shows all its lanes (issue 14).
    tabs->setCurrentIndex(0);
    settle();
    QWidget* overview = tabs->currentWidget();
    const QRect visible = overview->rect();
    for (const char* name : {"currentLine", "assessmentSummary", "dueActions"}) {
        auto* group = overview->findChild<QWidget*>(QLatin1String(name));
        ASSERT_NE(group, nullptr) << name;
        const QRect box(group->mapTo(overview, QPoint(0, 0)), QSize(group->width(), std::min(group->height(), 60)));
        EXPECT_TRUE(visible.contains(box)) << name;
    }
    auto* timeline = overview->findChild<QWidget*>(QStringLiteral("diseaseTimeline"));
    ASSERT_NE(timeline, nullptr);
    auto* view = timeline->findChild<QGraphicsView*>();
    ASSERT_NE(view, nullptr);
    EXPECT_LE(view->sceneRect().height(), view->viewport()->height() + 1);  // no lane cut off
    const char* names[] = {"overview", "history", "lines", "markers", "genetics", "assessment"};
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        settle();
        EXPECT_EQ(clipped(&w), QStringList()) << names[i];
        save(&w, QStringLiteral("tab-%1-%2").arg(QLatin1String(names[i]), QLatin1String(GetParam())));
    }
}

TEST_P(Layout, EntryDialogsFit)
{
    const Knowledge& k = t.service().knowledge();
    const QDate today = t.clock().today();
    const PatientRecord rec = t.service().loadPatient(*t.service().findPatientId(QStringLiteral("DEMO-0001"))).value();
    {
        PatientDialog d(k, today, rec.patient, {});
        checkDialog(d, QStringLiteral("dialog-patient"));
    }
    {
        DiagnosisDialog d(k, today, *rec.diagnosis);
        checkDialog(d, QStringLiteral("dialog-diagnosis"));
    }
    {
        TherapyLineDialog d(k, today, rec.therapies.back(), rec.therapies);
        checkDialog(d, QStringLiteral("dialog-line"));
    }
    {
        EventDialog d(k, today, rec.events.front());
        checkDialog(d, QStringLiteral("dialog-event"));
    }
    {
        BiopsyDialog d(k, today, Biopsy{});
        checkDialog(d, QStringLiteral("dialog-biopsy"));
    }
    {
        MarkerDialog d(k, today, rec.markers.front());
        checkDialog(d, QStringLiteral("dialog-marker"));
    }
    {
        GeneticResultDialog d(k, today, rec.genomics.front());
        checkDialog(d, QStringLiteral("dialog-genetic"));
    }
    {
        MedicationDialog d(k, today, Medication{});
        checkDialog(d, QStringLiteral("dialog-medication"));
    }
    {
        SettingsDialog d(k);
        checkDialog(d, QStringLiteral("dialog-settings"));
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, Layout, ::testing::Values("en", "zh_CN"),
                         [](const auto& param) { return std::string(param.param) == "en" ? "English" : "Chinese"; });

// A field's problem is shown whole, on as many lines as it needs, in both languages (issue 14: messages were
// clipped to one line).
TEST_P(Layout, ValidationMessagesAreNotClipped)
{
    const Knowledge& k = t.service().knowledge();
    const QDate today = t.clock().today();
    const PatientRecord rec = t.service().loadPatient(*t.service().findPatientId(QStringLiteral("DEMO-0001"))).value();
    Diagnosis dx = *rec.diagnosis;
    dx.stage = QStringLiteral("early");  // typed before the stage was a list
    dx.receptors.erPercent = 120;
    DiagnosisDialog d(k, today, dx);
    d.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&d));
    test::pressEnter(d);
    settle();
    ASSERT_TRUE(d.isVisible());
    ASSERT_GE(d.errorKeys().size(), 2);
    EXPECT_EQ(clipped(&d), QStringList());
    save(&d, QStringLiteral("dialog-diagnosis-errors-") + QLatin1String(GetParam()));
    TherapyLine line = rec.therapies.back();
    line.end = line.start.addDays(-3);
    TherapyLineDialog l(k, today, line, rec.therapies);
    l.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&l));
    test::pressEnter(l);
    settle();
    ASSERT_TRUE(l.isVisible());
    EXPECT_FALSE(l.errorKeys().isEmpty());
    EXPECT_EQ(clipped(&l), QStringList());
    save(&l, QStringLiteral("dialog-line-errors-") + QLatin1String(GetParam()));
}
