// Bad input in the entry dialogs: the message appears at the field, the dialog stays open, and nothing is saved
// (no row, no audit entry, no undo step).
#include "core/services/PatientSnapshot.h"
#include "core/settings/AppSettings.h"
#include "tests/ui/workspace/UiTestSupport.h"
#include "ui/dialogs/ClinicalDialogs.h"
#include "ui/dialogs/PatientDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/DrugListEdit.h"
#include "ui/widgets/NumberField.h"
#include "ui/workspace/PatientSession.h"
#include "ui/workspace/RecordEditor.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QUndoStack>

using namespace onco;

namespace {

class DialogValidation : public test::UiTest
{
protected:
    void SetUp() override
    {
        test::UiTest::SetUp();
        patientId = t.service().importRecord(test::sampleRecord(), false).value();
        open = std::make_unique<OpenPatient>(t.service());
        open->setPatient(patientId);
        session = std::make_unique<PatientSession>(*open, patientId);
        editor.setSession(session.get());
        auditRows = t.audit().verify().rows;
        before = t.service().loadPatient(patientId).value();
    }
    /** Fills a field by typing, as the clinician would. */
    static void type(RecordDialog& d, const char* key, const QString& text)
    {
        QWidget* w = d.field(QString::fromLatin1(key));
        ASSERT_TRUE(w) << key;
        if (auto* date = qobject_cast<DateField*>(w))
            w = date->lineEdit();
        else if (auto* combo = qobject_cast<QComboBox*>(w); combo && combo->isEditable())
            w = combo->lineEdit();
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            edit->clear();
        w->setFocus();
        test::typeText(w, text);
    }
    /** Presses OK; expects the dialog still open with exactly these fields showing a message, then cancels. */
    static void expectRefused(RecordDialog& d, const QStringList& keys)
    {
        test::pressEnter(d);
        EXPECT_TRUE(d.isVisible());
        EXPECT_EQ(d.errorKeys(), keys);
        for (const QString& key : keys) {
            EXPECT_FALSE(d.errorFor(key).isEmpty()) << key.toStdString();
            auto* label = d.findChild<QLabel*>(QStringLiteral("error_") + key);
            if (!key.isEmpty()) {
                ASSERT_TRUE(label) << key.toStdString();
                EXPECT_TRUE(label->isVisible()) << key.toStdString();
            }
        }
        d.reject();
    }
    void expectNothingSaved()
    {
        EXPECT_EQ(t.service().loadPatient(patientId).value(), before);
        EXPECT_EQ(t.audit().verify().rows, auditRows);
        EXPECT_EQ(session->undoStack()->count(), 0);
    }

    test::TempDatabase t;
    qint64 patientId = 0;
    std::unique_ptr<OpenPatient> open;
    std::unique_ptr<PatientSession> session;
    QWidget parent;
    RecordEditor editor{t.service(), &parent};
    qint64 auditRows = 0;
    PatientRecord before;
};

}  // namespace

TEST_F(DialogValidation, TherapyLine)
{
    test::onNextDialog<TherapyLineDialog>([](TherapyLineDialog& d) {
        type(d, "start", QStringLiteral("2025-05-20"));
        type(d, "end", QStringLiteral("2025-05-01"));
        expectRefused(d, {QStringLiteral("drugs"), QStringLiteral("end")});
    });
    editor.add<TherapyLine>();
    test::onNextDialog<TherapyLineDialog>([](TherapyLineDialog& d) {
        type(d, "start", QStringLiteral("2027-01-01"));               // after today (2026-11-21)
        d.drugEdit()->input()->setText(QStringLiteral("letrazole"));  // typed, never added
        d.field(QStringLiteral("setting"))->setFocus();
        expectRefused(d, {QStringLiteral("drugs"), QStringLiteral("start")});
    });
    editor.add<TherapyLine>();
    test::onNextDialog<TherapyLineDialog>([](TherapyLineDialog& d) {
        type(d, "start", QStringLiteral("2025-13-40"));
        d.drugEdit()->addDrug(QStringLiteral("来曲唑"));
        auto* stop = qobject_cast<QComboBox*>(d.field(QStringLiteral("stop_reason")));
        stop->setCurrentIndex(stop->findData(QStringLiteral("toxicity")));
        test::pressEnter(d);
        EXPECT_TRUE(d.errorFor(QStringLiteral("start")).contains(QStringLiteral("2025-13-40")));
        EXPECT_FALSE(d.errorFor(QStringLiteral("stop_reason")).isEmpty());
        d.reject();
    });
    editor.add<TherapyLine>();
    expectNothingSaved();
}

TEST_F(DialogValidation, UnknownDrugSuggestsTheCatalogueName)
{
    test::onNextDialog<TherapyLineDialog>([](TherapyLineDialog& d) {
        d.drugEdit()->input()->setText(QStringLiteral("letrazole"));
        d.drugEdit()->input()->setFocus();
        QTest::keyClick(d.drugEdit()->input(), Qt::Key_Return);  // Enter in the drug field tries to add it
        EXPECT_TRUE(d.isVisible());
        EXPECT_TRUE(d.errorFor(QStringLiteral("drugs")).contains(QStringLiteral("letrozole")))
            << d.errorFor(QStringLiteral("drugs")).toStdString();
        EXPECT_TRUE(d.drugEdit()->drugs().isEmpty());
        d.reject();
    });
    editor.add<TherapyLine>();
    expectNothingSaved();
}

TEST_F(DialogValidation, Marker)
{
    test::onNextDialog<MarkerDialog>([](MarkerDialog& d) {
        type(d, "date", QString());  // a new record's date starts as today: emptied, it is required
        type(d, "value", QStringLiteral("abc"));
        type(d, "uln", QStringLiteral("0"));
        expectRefused(d, {QStringLiteral("date"), QStringLiteral("uln"), QStringLiteral("value")});
    });
    editor.add<MarkerResult>();
    test::onNextDialog<MarkerDialog>([](MarkerDialog& d) {
        type(d, "date", QStringLiteral("2025-06-01"));
        expectRefused(d, {QStringLiteral("value")});  // no value
    });
    editor.add<MarkerResult>();
    test::onNextDialog<MarkerDialog>([](MarkerDialog& d) {
        type(d, "date", QStringLiteral("2025-06-01"));
        type(d, "value", QStringLiteral("-3"));
        expectRefused(d, {QStringLiteral("value")});
    });
    editor.add<MarkerResult>();
    expectNothingSaved();
}

TEST_F(DialogValidation, GeneticResult)
{
    test::onNextDialog<GeneticResultDialog>([](GeneticResultDialog& d) {
        type(d, "date", QStringLiteral("2025-06-01"));
        type(d, "gene", QString());
        type(d, "vaf_percent", QStringLiteral("150"));
        expectRefused(d, {QStringLiteral("gene"), QStringLiteral("result"), QStringLiteral("vaf_percent")});
    });
    editor.add<GeneticResult>();
    expectNothingSaved();
}

TEST_F(DialogValidation, EventBiopsyDiagnosisAndMedication)
{
    test::onNextDialog<EventDialog>([this](EventDialog& d) {
        // A new record's date starts as today (the test clock's).
        EXPECT_EQ(qobject_cast<DateField*>(d.field(QStringLiteral("date")))->date(), t.clock().today());
        type(d, "date", QString());
        expectRefused(d, {QStringLiteral("date")});
    });
    editor.add<DiseaseEvent>();
    test::onNextDialog<BiopsyDialog>([](BiopsyDialog& d) {
        type(d, "date", QString());
        type(d, "er_percent", QStringLiteral("95%"));
        type(d, "ki67_percent", QStringLiteral("lots"));
        expectRefused(d, {QStringLiteral("date"), QStringLiteral("ki67_percent")});
    });
    editor.add<Biopsy>();
    test::onNextDialog<DiagnosisDialog>([](DiagnosisDialog& d) {
        type(d, "er_percent", QStringLiteral("120"));
        expectRefused(d, {QStringLiteral("er_percent")});
    });
    editor.editDiagnosis();
    test::onNextDialog<MedicationDialog>([](MedicationDialog& d) {
        type(d, "start", QStringLiteral("2025-06-10"));
        type(d, "end", QStringLiteral("2025-06-01"));
        expectRefused(d, {QStringLiteral("end"), QStringLiteral("name")});
    });
    editor.add<Medication>();
    expectNothingSaved();
}

TEST_F(DialogValidation, PatientIdentity)
{
    test::onNextDialog<PatientDialog>([](PatientDialog& d) {
        type(d, "mrn", QString());
        type(d, "id_card", QStringLiteral("440604199003010021"));  // wrong check digit
        type(d, "birth_date", QStringLiteral("1990-02-30"));
        expectRefused(d, {QStringLiteral("birth_date"), QStringLiteral("id_card"), QStringLiteral("mrn")});
    });
    editor.editPatient();
    expectNothingSaved();
}

TEST_F(DialogValidation, NewPatientWithAUsedMrnOrTheSameNameAndBirthDate)
{
    // Same MRN: an error at the MRN.
    test::onNextDialog<PatientDialog>([](PatientDialog& d) {
        type(d, "mrn", QStringLiteral("T-0001"));
        type(d, "name", QStringLiteral("李娜"));
        expectRefused(d, {QStringLiteral("mrn")});
    });
    EXPECT_EQ(editor.createPatient(), 0);
    expectNothingSaved();

    // Same name and birth date: a warning first; OK again saves.
    test::onNextDialog<PatientDialog>([](PatientDialog& d) {
        type(d, "mrn", QStringLiteral("T-0099"));
        type(d, "name", QStringLiteral("张伟"));
        type(d, "birth_date", QStringLiteral("1970-03-01"));
        test::pressEnter(d);
        ASSERT_TRUE(d.isVisible());
        auto* notice = d.findChild<QLabel*>(QStringLiteral("notice"));
        ASSERT_TRUE(notice && notice->isVisible());
        EXPECT_TRUE(notice->text().contains(QStringLiteral("T-0001")));
        test::pressEnter(d);
    });
    const qint64 id = editor.createPatient();
    EXPECT_GT(id, 0);
    EXPECT_EQ(t.service().loadPatient(id)->patient.mrn, QStringLiteral("T-0099"));
}

TEST_F(DialogValidation, SettingsRefuseABadUlnAndStoreGoodValues)
{
    const Knowledge& k = t.service().knowledge();
    {
        SettingsDialog d(k);
        d.show();
        type(d, "uln_CA15-3", QStringLiteral("-5"));
        expectRefused(d, {QStringLiteral("uln_CA15-3")});
    }
    EXPECT_FALSE(QSettings().contains(QStringLiteral("markers/uln/CA15-3")));
    {
        SettingsDialog d(k);
        d.show();
        type(d, "uln_CA15-3", QStringLiteral("30"));
        type(d, "hospital_name", QStringLiteral("佛山市第一人民医院"));
        type(d, "user_name", QStringLiteral("Dr Chen"));
        auto* j = qobject_cast<QComboBox*>(d.field(QStringLiteral("jurisdiction")));
        j->setCurrentIndex(j->findData(QStringLiteral("HK")));
        test::pressEnter(d);
        EXPECT_EQ(d.result(), QDialog::Accepted);
        EXPECT_EQ(d.userName(), QStringLiteral("Dr Chen"));
    }
    EXPECT_EQ(QSettings().value(QStringLiteral("rules/jurisdiction")).toString(), QStringLiteral("HK"));
    EXPECT_EQ(QSettings().value(QStringLiteral("print/hospitalName")).toString(), QStringLiteral("佛山市第一人民医院"));
    EXPECT_EQ(QSettings().value(QStringLiteral("user/displayName")).toString(), QStringLiteral("Dr Chen"));
    EXPECT_EQ(settings::markerUln(QStringLiteral("CA 15-3"), k), 30.0);
    EXPECT_EQ(settings::markerUln(QStringLiteral("CEA"), k), 5.0);  // the catalogue default, not stored
    EXPECT_FALSE(QSettings().contains(QStringLiteral("markers/uln/CEA")));
}

// The stage is chosen from the AJCC groups (no free text); a stored stage written another way shows as its group,
// and one that is no group is shown as it was and refused on saving at its field (issue 14).
TEST_F(DialogValidation, StageIsAFixedListOfAjccGroups)
{
    Diagnosis dx = before.diagnosis.value_or(Diagnosis{});
    dx.stage = QStringLiteral("Stage IIa");
    {
        DiagnosisDialog d(t.service().knowledge(), t.clock().today(), dx);
        auto* stage = qobject_cast<QComboBox*>(d.field(QStringLiteral("stage")));
        ASSERT_TRUE(stage);
        EXPECT_FALSE(stage->isEditable());
        EXPECT_EQ(stage->currentText(), QStringLiteral("IIA"));
        EXPECT_EQ(stage->count(), 1 + 12);  // empty, then the groups
    }
    dx.stage = QStringLiteral("early");
    DiagnosisDialog d(t.service().knowledge(), t.clock().today(), dx);
    d.show();
    auto* stage = qobject_cast<QComboBox*>(d.field(QStringLiteral("stage")));
    EXPECT_EQ(stage->currentText(), QStringLiteral("early"));
    test::pressEnter(d);
    EXPECT_TRUE(d.isVisible());
    EXPECT_EQ(d.errorKeys(), QStringList{QStringLiteral("stage")});
    stage->setCurrentText(QStringLiteral("IIB"));
    test::pressEnter(d);
    EXPECT_FALSE(d.isVisible());
    EXPECT_EQ(d.value().stage, QStringLiteral("IIB"));
}

// The idle minutes before the lock are a setting (default 10, 1–240).
TEST_F(DialogValidation, SettingsStoreTheAutoLockMinutes)
{
    QSettings().remove(QStringLiteral("security/autoLockMinutes"));
    EXPECT_EQ(settings::autoLockMinutes(), 10);
    {
        SettingsDialog d(t.service().knowledge());
        d.show();
        auto* minutes = qobject_cast<QSpinBox*>(d.field(QStringLiteral("auto_lock_minutes")));
        ASSERT_NE(minutes, nullptr);
        EXPECT_EQ(minutes->value(), 10);
        minutes->setValue(15);
        test::pressEnter(d);
        EXPECT_EQ(d.result(), QDialog::Accepted);
    }
    EXPECT_EQ(settings::autoLockMinutes(), 15);
    QSettings().setValue(QStringLiteral("security/autoLockMinutes"), 0);  // out of range: the default
    EXPECT_EQ(settings::autoLockMinutes(), 10);
    QSettings().remove(QStringLiteral("security/autoLockMinutes"));
}
