#pragma once

#include "core/services/PatientSnapshot.h"
#include "ui/commands/CommandContext.h"

#include <QObject>

class QUndoStack;

namespace onco {

class CaseService;

/**
 * One opened patient: her undo stack for the session, and her record as the open patient's latest snapshot shows it
 * (OpenPatient reads it once per change; the session reads nothing itself). While another patient is open the
 * session keeps the last snapshot it was given; opening her again publishes a fresh one.
 */
class PatientSession : public QObject
{
    Q_OBJECT
public:
    PatientSession(OpenPatient& open, qint64 patientId, QObject* parent = nullptr);

    qint64 patientId() const { return m_patientId; }
    /** Her latest snapshot could be read. */
    bool isLoaded() const { return m_snapshot && m_snapshot->isReady(); }
    const PatientRecord& record() const;
    /** Her latest snapshot (nullptr before she was first opened). */
    const PatientSnapshotPtr& snapshot() const { return m_snapshot; }
    QUndoStack* undoStack() const { return m_stack; }
    CaseService& service() const;

    /** The context for this patient's commands; failures go to `report`. */
    CommandContext commandContext(std::function<void(const QString&)> report,
                                  std::function<bool(const QString&)> keepMine = {}) const;
    /** Reads her record again (after another workstation's change). */
    void reload();

signals:
    void recordChanged();
    /** The patient is gone or cannot be read. */
    void unavailable(const QString& message);

private:
    void onSnapshotChanged();

    OpenPatient& m_open;
    qint64 m_patientId;
    PatientSnapshotPtr m_snapshot;
    QUndoStack* m_stack = nullptr;
    std::shared_ptr<RecordIdMap> m_ids;
};

}  // namespace onco
