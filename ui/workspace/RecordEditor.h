#pragma once

#include "ui/commands/CommandContext.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QUndoCommand;
class QWidget;

namespace onco {

class CaseService;
class PatientSession;

/**
 * Turns the clinician's edits into undo commands: opens the entry dialog for a record, and on OK pushes a command
 * onto the open patient's stack (which saves through CaseService). Deleting asks first. A read-only database
 * allows nothing.
 */
class RecordEditor : public QObject
{
    Q_OBJECT
public:
    RecordEditor(CaseService& service, QWidget* dialogParent);

    void setSession(PatientSession* session);
    PatientSession* session() const;
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }

    /** T is Biopsy, DiseaseEvent, TherapyLine, MarkerResult, GeneticResult or Medication. */
    template <typename T> void add();
    template <typename T> void edit(const T& record);
    template <typename T> void remove(const T& record);

    /** Adds the diagnosis, or edits the one recorded. */
    void editDiagnosis();
    void editPatient();
    void setArchived(bool archived);
    /** Opens the new-patient dialog and saves her (not an undoable edit); returns her id, 0 when cancelled. */
    qint64 createPatient();

signals:
    /** A change could not be saved; the message says why. */
    void problem(const QString& message);

private:
    bool ready();
    void push(QUndoCommand* command);
    /** What the commands need: the session's service and ids, where problems go, and the question asked when
     *  another workstation changed the record since it was shown (reload hers, or keep mine). */
    CommandContext commandContext();
    bool askKeepMine(const QString& message);

    CaseService& m_service;
    QWidget* m_dialogParent;
    QPointer<PatientSession> m_session;
    std::pair<qint64, QDateTime> m_startedFrom;
    bool m_readOnly = false;
};

}  // namespace onco
