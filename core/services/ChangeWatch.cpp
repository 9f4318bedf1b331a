#include "core/services/ChangeWatch.h"

#include "core/services/CaseService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Storage.h"

namespace onco {

ChangeWatch::ChangeWatch(Storage& storage, CaseService& cases, QObject* parent)
    : QObject(parent)
    , m_storage(storage)
    , m_cases(cases)
{
    for (auto signal : {&CaseService::patientAdded, &CaseService::patientChanged, &CaseService::patientRemoved})
        connect(&m_cases, signal, this, &ChangeWatch::noteOwn);
    connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
}

Status ChangeWatch::start(int intervalMs)
{
    const auto last = m_storage.audit().lastId();
    if (!last)
        return last.error();
    m_last = *last;
    m_own.clear();
    m_timer.start(intervalMs);
    return {};
}

void ChangeWatch::noteOwn(qint64 patientId)
{
    if (!m_announcing)
        m_own.insert(patientId);
}

Status ChangeWatch::poll()
{
    const auto changes = m_storage.audit().changesAfter(m_last);
    if (!changes)
        return changes.error();  // the server may be away for a moment: the next check tries again
    m_last = changes->lastId;
    // This workstation's changes since the last check came through the signals already.
    const QSet<qint64> own = std::exchange(m_own, {});
    m_announcing = true;
    const auto announce = [&](const QList<qint64>& ids, void (CaseService::*signal)(qint64)) {
        for (qint64 id : ids)
            if (!own.contains(id))
                emit(m_cases.*signal)(id);
    };
    announce(changes->added, &CaseService::patientAdded);
    announce(changes->changed, &CaseService::patientChanged);
    announce(changes->removed, &CaseService::patientRemoved);
    if (changes->bulk && own.isEmpty())
        emit m_cases.patientAdded(0);  // many at once: the lists read everything again
    m_announcing = false;
    return {};
}

}  // namespace onco
