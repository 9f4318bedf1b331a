#include "ui/workspace/PatientSession.h"

#include "core/services/CaseService.h"

#include <QUndoStack>

namespace onco {

PatientSession::PatientSession(OpenPatient& open, qint64 patientId, QObject* parent)
    : QObject(parent)
    , m_open(open)
    , m_patientId(patientId)
    , m_stack(new QUndoStack(this))
    , m_ids(std::make_shared<RecordIdMap>())
{
    connect(&m_open, &OpenPatient::snapshotChanged, this, &PatientSession::onSnapshotChanged);
    if (const PatientSnapshotPtr s = m_open.snapshot(); s && s->patientId == m_patientId)
        m_snapshot = s;
}

const PatientRecord& PatientSession::record() const
{
    static const PatientRecord none;
    return m_snapshot ? m_snapshot->record : none;
}

CaseService& PatientSession::service() const
{
    return m_open.service();
}

CommandContext PatientSession::commandContext(std::function<void(const QString&)> report,
                                              std::function<bool(const QString&)> keepMine) const
{
    return {&m_open.service(), m_ids, std::move(report), std::move(keepMine)};
}

void PatientSession::reload()
{
    m_open.refresh();
}

void PatientSession::onSnapshotChanged()
{
    PatientSnapshotPtr s = m_open.snapshot();
    if (!s || s->patientId != m_patientId)
        return;
    m_snapshot = std::move(s);
    if (m_snapshot->isReady())
        emit recordChanged();
    else
        emit unavailable(m_snapshot->problem);
}

}  // namespace onco
