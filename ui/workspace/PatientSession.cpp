#include "ui/workspace/PatientSession.h"

#include "core/services/CaseService.h"

#include <QUndoStack>

namespace onco {

PatientSession::PatientSession(CaseService& service, qint64 patientId, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_patientId(patientId)
    , m_stack(new QUndoStack(this))
    , m_ids(std::make_shared<RecordIdMap>())
{
    connect(&m_service, &CaseService::patientChanged, this, [this](qint64 id) {
        if (id == m_patientId)
            reload();
    });
    connect(&m_service, &CaseService::patientRemoved, this, [this](qint64 id) {
        if (id == m_patientId)
            reload();
    });
    reload();
}

CommandContext PatientSession::commandContext(std::function<void(const QString&)> report) const
{
    return {&m_service, m_ids, std::move(report)};
}

void PatientSession::reload()
{
    auto loaded = m_service.loadPatient(m_patientId);
    if (!loaded) {
        m_loaded = false;
        emit unavailable(loaded.error().message);
        return;
    }
    m_record = std::move(loaded).value();
    m_loaded = true;
    emit recordChanged();
}

}  // namespace onco
