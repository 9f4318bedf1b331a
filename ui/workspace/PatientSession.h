#pragma once

#include "core/domain/PatientRecord.h"
#include "ui/commands/CommandContext.h"

#include <QObject>

class QUndoStack;

namespace onco {

class CaseService;

/** One open patient: her record as stored (reloaded on every change the service announces) and her undo stack. */
class PatientSession : public QObject
{
    Q_OBJECT
public:
    PatientSession(CaseService& service, qint64 patientId, QObject* parent = nullptr);

    qint64 patientId() const { return m_patientId; }
    bool isLoaded() const { return m_loaded; }
    const PatientRecord& record() const { return m_record; }
    QUndoStack* undoStack() const { return m_stack; }
    CaseService& service() const { return m_service; }

    /** The context for this patient's commands; failures go to `report`. */
    CommandContext commandContext(std::function<void(const QString&)> report) const;

    /** Reads the record again from the database. */
    void reload();

signals:
    void recordChanged();
    /** The patient is gone or cannot be read. */
    void unavailable(const QString& message);

private:
    CaseService& m_service;
    qint64 m_patientId;
    bool m_loaded = false;
    PatientRecord m_record;
    QUndoStack* m_stack = nullptr;
    std::shared_ptr<RecordIdMap> m_ids;
};

}  // namespace onco
