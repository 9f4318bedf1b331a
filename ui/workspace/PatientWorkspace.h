#pragma once

#include "core/domain/PatientRecord.h"
#include "core/rules/Assessment.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QUndoGroup;

namespace onco {

class AssessmentTab;
class CaseService;
class GeneticsTab;
class HistoryTab;
class LinesTab;
class MarkersTab;
class OpenPatient;
class OverviewTab;
class PatientHeader;
class PatientSession;
class RecordEditor;
class WorkspaceAssessment;

/**
 * The right side of the main window: the open patient's header band and tabs (Overview, Disease history, Therapy
 * lines, Tumour markers, Genetics, Assessment). Each opened patient keeps her own undo stack for the session;
 * the undo group follows the patient on screen. Everything shown of the open patient (header, tabs, assessment) comes
 * from one snapshot of OpenPatient, read once per change.
 */
class PatientWorkspace : public QWidget
{
    Q_OBJECT
public:
    enum Tab { Overview, History, Lines, Markers, Genetics, Assessment };
    /** The kinds of record the tabs list (e.g. what a click on the timeline brings into view). */
    enum class RecordKind { Diagnosis, Biopsy, Event, TherapyLine, Medication, Marker, Genetic };

    /** Shows the patient `open` holds; openPatient() chooses her. */
    explicit PatientWorkspace(OpenPatient& open, QWidget* parent = nullptr);
    ~PatientWorkspace() override;

    /** Shows a patient (0 closes). */
    void openPatient(qint64 patientId);
    qint64 currentPatientId() const;
    PatientSession* currentSession() const { return m_current; }
    /** The session of a patient opened before (her undo stack), or nullptr. */
    PatientSession* session(qint64 patientId) const { return m_sessions.value(patientId); }
    /** The open patient's snapshot: her record, as_of, jurisdiction and assessment, read once per change. */
    OpenPatient& snapshots() const { return m_open; }
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    RecordEditor* editor() const { return m_editor; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    QTabWidget* tabs() const { return m_tabs; }
    PatientHeader* header() const { return m_header; }
    OverviewTab* overviewTab() const { return m_overview; }
    MarkersTab* markersTab() const { return m_markers; }
    AssessmentTab* assessmentTab() const { return m_assessment; }
    /** The live assessment of the open patient and its cards, Overview part and header badges (ui/assessment). */
    WorkspaceAssessment* assessment() const { return m_cards; }

    /** Shows one record of the open patient: switches to the tab that lists it and selects its row (the patient
     *  and the diagnosis: the Overview). For links from the assessment cards (and the timeline). */
    void showRecord(rules::RecordRef::Entity entity, qint64 recordId);
    /** The last problem shown in the banner (a change that could not be saved). */
    QString problem() const;
    /** Brings a record of the open patient into view: shows the tab that lists it and selects its row (the
     *  diagnosis: the Overview). False when it is not listed. */
    bool revealRecord(RecordKind kind, qint64 id);

signals:
    void patientOpened(qint64 patientId);
    /** The open patient's record was shown (opened, or changed and shown again). */
    void recordShown(const onco::PatientRecord& record);
    void problemShown(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showProblem(const QString& message);
    void showCurrent();
    void retranslateUi();

    OpenPatient& m_open;
    CaseService& m_service;
    QUndoGroup* m_undoGroup = nullptr;
    RecordEditor* m_editor = nullptr;
    QHash<qint64, PatientSession*> m_sessions;
    QList<qint64> m_recent;  ///< most recent last; the oldest sessions are closed beyond a limit
    PatientSession* m_current = nullptr;
    bool m_readOnly = false;

    QStackedWidget* m_pages = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QToolButton* m_bannerClose = nullptr;
    PatientHeader* m_header = nullptr;
    QTabWidget* m_tabs = nullptr;
    OverviewTab* m_overview = nullptr;
    HistoryTab* m_history = nullptr;
    LinesTab* m_lines = nullptr;
    MarkersTab* m_markers = nullptr;
    GeneticsTab* m_genetics = nullptr;
    AssessmentTab* m_assessment = nullptr;
    WorkspaceAssessment* m_cards = nullptr;
};

}  // namespace onco
