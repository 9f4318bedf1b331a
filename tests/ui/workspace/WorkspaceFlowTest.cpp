// The clinician's flow through the real window: create a patient, add a line, a marker and a genetic result through
// the dialogs (Chinese typed as key events), undo and redo them, and check the database and the list.
#include "tests/ui/workspace/UiTestSupport.h"
#include "ui/dialogs/ClinicalDialogs.h"
#include "ui/dialogs/PatientDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/patients/PatientListModel.h"
#include "ui/patients/PatientListPanel.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/DrugListEdit.h"
#include "ui/workspace/PatientWorkspace.h"
#include "ui/workspace/RecordEditor.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QUndoGroup>

using namespace onco;

namespace {

class WorkspaceFlow : public test::UiTest
{
protected:
    QLineEdit* edit(QWidget& dialog, const char* key) { return qobject_cast<QLineEdit*>(field(dialog, key)); }
    QWidget* field(QWidget& dialog, const char* key)
    {
        auto* w = static_cast<RecordDialog&>(dialog).field(QString::fromLatin1(key));
        EXPECT_TRUE(w) << key;
        return w;
    }
    void typeInto(QWidget& dialog, const char* key, const QString& text)
    {
        QWidget* w = field(dialog, key);
        if (auto* date = qobject_cast<DateField*>(w))
            w = date->lineEdit();
        else if (auto* combo = qobject_cast<QComboBox*>(w); combo && combo->isEditable())
            w = combo->lineEdit();
        w->setFocus();
        test::typeText(w, text);
    }
    /** Types into the drug entry and picks the first catalogue entry the completer offers. */
    void pickDrug(TherapyLineDialog& dialog, const QString& typed)
    {
        QLineEdit* input = dialog.drugEdit()->input();
        input->setFocus();
        test::typeText(input, typed);
        QCompleter* completer = dialog.drugEdit()->completer();
        ASSERT_GE(completer->completionCount(), 1) << typed.toStdString();
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCoreApplication::processEvents();
    }
    QString listCell(MainWindow& w, qint64 id, int column)
    {
        const auto* model = w.patientList()->model();
        return model->index(model->rowOf(id), column).data().toString();
    }

    test::TempDatabase t;
};

}  // namespace

TEST_F(WorkspaceFlow, CreateEditUndoRedoThroughTheDialogs)
{
    MainWindow w({t.service(), t.directory(), t.worklists(), t.openPatient()});
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));

    test::onNextDialog<PatientDialog>([this](PatientDialog& d) {
        typeInto(d, "mrn", QStringLiteral("ZY-2026-0042"));
        typeInto(d, "name", QStringLiteral("张伟"));
        typeInto(d, "name_latin", QStringLiteral("Zhang Wei"));
        typeInto(d, "birth_date", QStringLiteral("1966-05-02"));
        test::pressEnter(d);
    });
    w.newPatient();
    const auto id = t.service().findPatientId(QStringLiteral("ZY-2026-0042"));
    ASSERT_TRUE(id.has_value());
    EXPECT_EQ(t.service().loadPatient(*id)->patient.name, QStringLiteral("张伟"));
    EXPECT_EQ(t.service().loadPatient(*id)->patient.namePinyin, QStringLiteral("zhang wei"));
    EXPECT_EQ(w.workspace()->currentPatientId(), *id);
    EXPECT_EQ(w.patientList()->model()->rowOf(*id), 0);

    test::onNextDialog<TherapyLineDialog>([this](TherapyLineDialog& d) {
        typeInto(d, "start", QStringLiteral("2025-05-20"));
        pickDrug(d, QStringLiteral("来曲"));
        pickDrug(d, QStringLiteral("palbo"));
        EXPECT_EQ(d.drugEdit()->drugs(), (QStringList{QStringLiteral("letrozole"), QStringLiteral("palbociclib")}));
        d.drugEdit()->input()->setFocus();
        test::pressEnter(d);  // nothing typed: Enter accepts the dialog
    });
    w.workspace()->editor()->add<TherapyLine>();

    test::onNextDialog<MarkerDialog>([this](MarkerDialog& d) {
        typeInto(d, "date", QStringLiteral("2025-06-01"));
        typeInto(d, "value", QStringLiteral("88.5"));
        EXPECT_EQ(qobject_cast<QLineEdit*>(field(d, "unit"))->text(), QStringLiteral("U/mL"));
        test::pressEnter(d);
    });
    w.workspace()->editor()->add<MarkerResult>();

    test::onNextDialog<GeneticResultDialog>([this](GeneticResultDialog& d) {
        typeInto(d, "date", QStringLiteral("2025-06-03"));
        typeInto(d, "variant", QStringLiteral("p.D538G"));
        auto* result = qobject_cast<QComboBox*>(field(d, "result"));
        result->setCurrentIndex(result->findData(QStringLiteral("mutated")));
        auto* specimen = qobject_cast<QComboBox*>(field(d, "specimen"));
        specimen->setCurrentIndex(specimen->findData(QStringLiteral("plasma")));
        test::pressEnter(d);
    });
    w.workspace()->editor()->add<GeneticResult>();

    auto record = [&] { return t.service().loadPatient(*id).value(); };
    ASSERT_EQ(record().therapies.size(), 1);
    EXPECT_EQ(record().therapies[0].drugs, (QStringList{QStringLiteral("letrozole"), QStringLiteral("palbociclib")}));
    EXPECT_EQ(record().therapies[0].start, QDate(2025, 5, 20));
    ASSERT_EQ(record().markers.size(), 1);
    EXPECT_DOUBLE_EQ(record().markers[0].value, 88.5);
    EXPECT_EQ(record().markers[0].analyte, QStringLiteral("CA15-3"));
    ASSERT_EQ(record().genomics.size(), 1);
    EXPECT_EQ(record().genomics[0].gene, QStringLiteral("ESR1"));
    EXPECT_EQ(record().genomics[0].result, GeneticOutcome::Mutated);
    EXPECT_EQ(record().genomics[0].specimen, Specimen::Plasma);
    // The list row follows at once: current line and ESR1 status.
    EXPECT_TRUE(listCell(w, *id, PatientListModel::CurrentLine).contains(QStringLiteral("letrozole")));
    EXPECT_EQ(listCell(w, *id, PatientListModel::Advanced), PatientListModel::tr("Advanced"));
    EXPECT_TRUE(listCell(w, *id, PatientListModel::Esr1).contains(QStringLiteral("D538G")));

    // Undo all three (Ctrl+Z on the window, then the menu action), newest first.
    ASSERT_TRUE(w.undoAction()->isEnabled());
    EXPECT_TRUE(w.undoAction()->text().contains(QStringLiteral("genetic")));
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(record().genomics.isEmpty());
    EXPECT_TRUE(listCell(w, *id, PatientListModel::Esr1).isEmpty());
    w.undoAction()->trigger();
    w.undoAction()->trigger();
    EXPECT_TRUE(record().markers.isEmpty());
    EXPECT_TRUE(record().therapies.isEmpty());
    EXPECT_TRUE(listCell(w, *id, PatientListModel::CurrentLine).isEmpty());
    EXPECT_FALSE(w.undoAction()->isEnabled());

    // Redo all three (Ctrl+Shift+Z, then the action).
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    w.redoAction()->trigger();
    w.redoAction()->trigger();
    EXPECT_EQ(record().therapies.size(), 1);
    EXPECT_EQ(record().markers.size(), 1);
    EXPECT_EQ(record().genomics.size(), 1);
    EXPECT_TRUE(listCell(w, *id, PatientListModel::CurrentLine).contains(QStringLiteral("letrozole")));
    EXPECT_FALSE(w.redoAction()->isEnabled());

    // Each step was one audited change.
    const auto audit = t.audit().verify();
    EXPECT_TRUE(audit.ok) << audit.problem.toStdString();
    EXPECT_EQ(audit.rows, 1 + 3 + 3 + 3);
}
