#include "ui/workspace/RecordEditor.h"

#include "core/knowledge/Knowledge.h"
#include "core/services/CaseService.h"
#include "core/util/Clock.h"
#include "ui/commands/RemoveRecordCommand.h"
#include "ui/commands/SavePatientCommand.h"
#include "ui/commands/SaveRecordCommand.h"
#include "ui/dialogs/ClinicalDialogs.h"
#include "ui/dialogs/PatientDialog.h"
#include "ui/widgets/Display.h"
#include "ui/workspace/PatientSession.h"

#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace onco {

namespace {

/** The dialog of each record type, and a one-line description for the delete confirmation. */
template <typename T> struct EntryDialog;

template <> struct EntryDialog<Biopsy>
{
    static std::unique_ptr<BiopsyDialog> make(const CaseService& s, const Biopsy& b, const PatientRecord&, QWidget* p)
    {
        return std::make_unique<BiopsyDialog>(s.knowledge(), s.clock().today(), b, p);
    }
    static QString describe(const Biopsy& b, const Knowledge&)
    {
        return QStringLiteral("%1 %2").arg(display::date(b.date), display::site(b.site));
    }
};

template <> struct EntryDialog<DiseaseEvent>
{
    static std::unique_ptr<EventDialog> make(const CaseService& s, const DiseaseEvent& e, const PatientRecord&,
                                             QWidget* p)
    {
        return std::make_unique<EventDialog>(s.knowledge(), s.clock().today(), e, p);
    }
    static QString describe(const DiseaseEvent& e, const Knowledge&)
    {
        return QStringLiteral("%1 %2").arg(display::date(e.date), displayName(e.type));
    }
};

template <> struct EntryDialog<TherapyLine>
{
    static std::unique_ptr<TherapyLineDialog> make(const CaseService& s, const TherapyLine& t, const PatientRecord& r,
                                                   QWidget* p)
    {
        return std::make_unique<TherapyLineDialog>(s.knowledge(), s.clock().today(), t, r.therapies, p);
    }
    static QString describe(const TherapyLine& t, const Knowledge& k)
    {
        return QStringLiteral("%1: %2").arg(display::date(t.start), display::drugs(t.drugs, k));
    }
};

template <> struct EntryDialog<MarkerResult>
{
    static std::unique_ptr<MarkerDialog> make(const CaseService& s, const MarkerResult& m, const PatientRecord&,
                                              QWidget* p)
    {
        return std::make_unique<MarkerDialog>(s.knowledge(), s.clock().today(), m, p);
    }
    static QString describe(const MarkerResult& m, const Knowledge&)
    {
        return QStringLiteral("%1: %2 %3 %4").arg(display::date(m.date), m.analyte, display::number(m.value), m.unit);
    }
};

template <> struct EntryDialog<GeneticResult>
{
    static std::unique_ptr<GeneticResultDialog> make(const CaseService& s, const GeneticResult& g, const PatientRecord&,
                                                     QWidget* p)
    {
        return std::make_unique<GeneticResultDialog>(s.knowledge(), s.clock().today(), g, p);
    }
    static QString describe(const GeneticResult& g, const Knowledge&)
    {
        return QStringLiteral("%1: %2 %3 %4").arg(display::date(g.date), g.gene, g.variant, displayName(g.result));
    }
};

template <> struct EntryDialog<Medication>
{
    static std::unique_ptr<MedicationDialog> make(const CaseService& s, const Medication& m, const PatientRecord&,
                                                  QWidget* p)
    {
        return std::make_unique<MedicationDialog>(s.knowledge(), s.clock().today(), m, p);
    }
    static QString describe(const Medication& m, const Knowledge&)
    {
        return QStringLiteral("%1 (%2)").arg(m.name, display::date(m.start));
    }
};

}  // namespace

RecordEditor::RecordEditor(CaseService& service, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_service(service)
    , m_dialogParent(dialogParent)
{}

void RecordEditor::setSession(PatientSession* session)
{
    m_session = session;
}

PatientSession* RecordEditor::session() const
{
    return m_session;
}

bool RecordEditor::ready()
{
    if (m_readOnly || !m_session || !m_session->isLoaded())
        return false;
    // The version the clinician starts from: another workstation's change while her dialog is open is asked about
    // when she saves, even if the window has shown it meanwhile.
    m_startedFrom = {m_session->patientId(), m_session->record().patient.updatedAt};
    return true;
}

void RecordEditor::push(QUndoCommand* command)
{
    if (m_startedFrom.first == m_session->patientId() && m_startedFrom.second.isValid())
        m_service.noteShown(m_startedFrom.first, m_startedFrom.second);
    m_startedFrom = {};
    m_session->undoStack()->push(command);
}

namespace {

// A new record's date starts as today (issue 14): most records are entered on the day. Lines and medications are
// dated by their start.
template <typename T> void defaultDate(T& record, const QDate& today)
{
    if constexpr (requires { record.date; })
        record.date = today;
    else
        record.start = today;
}

}  // namespace

CommandContext RecordEditor::commandContext()
{
    return m_session->commandContext([this](const QString& m) { emit problem(m); },
                                     [this](const QString& m) { return askKeepMine(m); });
}

bool RecordEditor::askKeepMine(const QString& message)
{
    // The service's message is a clause (it follows a field or a file elsewhere): a sentence here.
    const QString sentence = tr("%1.", "a sentence from a clause").arg(message.left(1).toUpper() + message.mid(1));
    QMessageBox box(QMessageBox::Warning, tr("Changed on another workstation"), sentence, QMessageBox::NoButton,
                    m_dialogParent);
    box.setInformativeText(tr("Reload shows the record as it is stored now; your change is not saved. Keep mine saves "
                              "your change over the other one (both stay in the audit trail)."));
    QPushButton* reload = box.addButton(tr("Reload"), QMessageBox::RejectRole);
    box.addButton(tr("Keep mine"), QMessageBox::AcceptRole);
    box.setDefaultButton(reload);
    box.exec();
    if (box.clickedButton() == reload) {
        if (m_session)
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (m_session)
                        m_session->reload();
                },
                Qt::QueuedConnection);
        return false;
    }
    return true;
}

template <typename T> void RecordEditor::add()
{
    if (!ready())
        return;
    T blank;
    blank.patientId = m_session->patientId();
    defaultDate(blank, m_service.clock().today());
    auto dialog = EntryDialog<T>::make(m_service, blank, m_session->record(), m_dialogParent);
    if (dialog->exec() != QDialog::Accepted || !m_session)
        return;
    T value = dialog->value();
    value.patientId = m_session->patientId();
    push(new SaveRecordCommand<T>(commandContext(), std::nullopt, value));
}

template <typename T> void RecordEditor::edit(const T& record)
{
    if (!ready())
        return;
    auto dialog = EntryDialog<T>::make(m_service, record, m_session->record(), m_dialogParent);
    if (dialog->exec() != QDialog::Accepted || !m_session)
        return;
    const T value = dialog->value();
    if (value == record)
        return;  // nothing changed: no undo step
    push(new SaveRecordCommand<T>(commandContext(), record, value));
}

template <typename T> void RecordEditor::remove(const T& record)
{
    if (!ready())
        return;
    const auto answer = QMessageBox::question(
        m_dialogParent, CommandText<T>::remove(),
        tr("%1\n\n%2?\nYou can undo this with Ctrl+Z.")
            .arg(EntryDialog<T>::describe(record, m_service.knowledge()), CommandText<T>::remove()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes || !m_session)
        return;
    push(new RemoveRecordCommand<T>(commandContext(), record));
}

void RecordEditor::editDiagnosis()
{
    if (!ready())
        return;
    const PatientRecord& rec = m_session->record();
    Diagnosis current = rec.diagnosis.value_or(Diagnosis{});
    current.patientId = m_session->patientId();
    DiagnosisDialog dialog(m_service.knowledge(), m_service.clock().today(), current, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted || !m_session)
        return;
    const Diagnosis value = dialog.value();
    if (rec.diagnosis && value == *rec.diagnosis)
        return;
    push(new SaveRecordCommand<Diagnosis>(commandContext(), m_session->record().diagnosis, value));
}

void RecordEditor::editPatient()
{
    if (!ready())
        return;
    const Patient before = m_session->record().patient;
    PatientDialog dialog(
        m_service.knowledge(), m_service.clock().today(), before,
        [this](const Patient& p) { return m_service.findDuplicates(p); }, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted || !m_session)
        return;
    const Patient after = dialog.value();
    if (after == before)
        return;
    push(new SavePatientCommand(commandContext(), before, after));
}

void RecordEditor::setArchived(bool archived)
{
    if (!ready() || m_session->record().patient.archived == archived)
        return;
    const Patient before = m_session->record().patient;
    Patient after = before;
    after.archived = archived;
    push(new SavePatientCommand(commandContext(), before, after));
}

qint64 RecordEditor::createPatient()
{
    if (m_readOnly)
        return 0;
    Patient blank;
    PatientDialog dialog(
        m_service.knowledge(), m_service.clock().today(), blank,
        [this](const Patient& p) { return m_service.findDuplicates(p); }, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const auto saved = m_service.savePatient(dialog.value());
    if (!saved) {
        emit problem(saved.error().message);
        return 0;
    }
    return saved.value();
}

#define ONCO_INSTANTIATE(T)                                                                                            \
    template void RecordEditor::add<T>();                                                                              \
    template void RecordEditor::edit<T>(const T&);                                                                     \
    template void RecordEditor::remove<T>(const T&);
ONCO_INSTANTIATE(Biopsy)
ONCO_INSTANTIATE(DiseaseEvent)
ONCO_INSTANTIATE(TherapyLine)
ONCO_INSTANTIATE(MarkerResult)
ONCO_INSTANTIATE(GeneticResult)
ONCO_INSTANTIATE(Medication)
#undef ONCO_INSTANTIATE

}  // namespace onco
