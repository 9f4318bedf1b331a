// Another workstation changed the open patient since the window showed her (issue 12): the window asks before saving
// over it. Reload reads her again and saves nothing; Keep mine saves over the other change.
#include "tests/ui/workspace/UiTestSupport.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/workspace/PatientWorkspace.h"
#include "ui/workspace/RecordEditor.h"

#include <QPushButton>

using namespace onco;

namespace {

class ConflictDialog : public test::UiTest
{
protected:
    void SetUp() override
    {
        test::UiTest::SetUp();
        patientId = t.service().importRecord(test::sampleRecord(), false).value();
        window = std::make_unique<MainWindow>(
            MainWindow::Services{t.service(), t.directory(), t.worklists(), t.openPatient()});
        window->workspace()->openPatient(patientId);
        QCoreApplication::processEvents();
        other = test::openContext(t.path(), otherClock, Storage::Access::ReadWrite, QStringLiteral("li.na"));
    }
    /** Another workstation changes her record (a day later on its clock). */
    void changeElsewhere(double cea)
    {
        otherClock.setToday(otherClock.today().addDays(1));
        MarkerResult m{0, patientId, QDate(2026, 10, 1), QStringLiteral("CEA"), cea, QStringLiteral("ng/mL"), 5.0};
        ASSERT_TRUE(other->cases().save(m).ok());
    }
    bool archived() { return t.service().loadPatient(patientId)->patient.archived; }
    /** Answers the conflict question with the button labelled `label`, after checking what it says. */
    void answer(const QString& label)
    {
        test::onNextDialog<QMessageBox>([this, label](QMessageBox& box) {
            EXPECT_EQ(box.windowTitle(), RecordEditor::tr("Changed on another workstation"));
            EXPECT_TRUE(box.text().contains(QStringLiteral("li.na"))) << box.text().toStdString();
            QPushButton* reload = nullptr;
            QPushButton* chosen = nullptr;
            for (QAbstractButton* b : box.buttons()) {
                if (b->text() == RecordEditor::tr("Reload"))
                    reload = qobject_cast<QPushButton*>(b);
                if (b->text() == label)
                    chosen = qobject_cast<QPushButton*>(b);
            }
            ASSERT_TRUE(reload && chosen);
            EXPECT_EQ(box.defaultButton(), reload);  // the safe answer is the default
            if (const QString dir = qEnvironmentVariable("ONCO_SHOT_DIR"); !dir.isEmpty())
                box.grab().save(dir + QStringLiteral("/conflict.png"));
            chosen->click();
        });
        ++asked;
    }

    test::TempDatabase t;
    qint64 patientId = 0;
    std::unique_ptr<MainWindow> window;
    FixedClock otherClock{QDate(2026, 11, 21)};
    std::unique_ptr<AppContext> other;
    int asked = 0;
};

}  // namespace

TEST_F(ConflictDialog, ReloadSavesNothingAndShowsTheOtherChangeKeepMineSavesOverIt)
{
    RecordEditor* editor = window->workspace()->editor();
    changeElsewhere(8.0);
    answer(RecordEditor::tr("Reload"));
    editor->setArchived(true);
    QCoreApplication::processEvents();
    EXPECT_FALSE(archived());
    // Reloaded: the window shows the other workstation's value, and the next change needs no question.
    const auto shown = t.openPatient().snapshot();
    ASSERT_TRUE(shown && shown->isReady());
    bool seen = false;
    for (const MarkerResult& m : shown->record.markers)
        seen = seen || (m.analyte == QLatin1String("CEA") && m.value == 8.0);
    EXPECT_TRUE(seen);
    t.clock().setToday(QDate(2026, 11, 25));
    editor->setArchived(true);
    QCoreApplication::processEvents();
    EXPECT_TRUE(archived());

    changeElsewhere(9.0);
    answer(RecordEditor::tr("Keep mine"));
    t.clock().setToday(QDate(2026, 11, 28));
    editor->setArchived(false);
    QCoreApplication::processEvents();
    EXPECT_FALSE(archived());
    EXPECT_EQ(asked, 2);
    EXPECT_TRUE(t.audit().verify().ok);
}
