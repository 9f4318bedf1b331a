#pragma once

#include "core/util/Result.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace onco {

class CaseService;
class Storage;

/**
 * Follows the changes other workstations (or other processes on the same file) make to the store: every interval it
 * reads the audit trail after the last row it saw, and announces the patients changed elsewhere through the
 * CaseService's own signals (patientAdded / patientChanged / patientRemoved), so the patient list, the open patient,
 * the worklists and the stored assessments follow as they do for a change made here. This workstation's own changes
 * are not announced twice.
 */
class ChangeWatch : public QObject
{
    Q_OBJECT
public:
    ChangeWatch(Storage& storage, CaseService& cases, QObject* parent = nullptr);

    /** Starts from the newest row now, checking every `intervalMs` (a second: the list follows within two). */
    Status start(int intervalMs = 1000);
    /** One check now (the timer's work; tests call it). */
    Status poll();

private:
    void noteOwn(qint64 patientId);

    Storage& m_storage;
    CaseService& m_cases;
    QTimer m_timer;
    qint64 m_last = 0;
    QSet<qint64> m_own;
    bool m_announcing = false;
};

}  // namespace onco
