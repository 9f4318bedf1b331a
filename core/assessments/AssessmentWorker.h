#pragma once

#include "core/storage/Storage.h"
#include "core/storage/StoredAssessment.h"

#include <QString>
#include <QThread>

#include <atomic>

namespace onco {
class Clock;
class Knowledge;
}  // namespace onco

namespace onco::assessments {

/**
 * Recomputes every stale stored assessment on its own thread and its own connection (opened there through the
 * storage's connector), so the window never waits for it. Signals arrive in the thread that owns the worker (queued).
 */
class AssessmentWorker : public QThread
{
    Q_OBJECT
public:
    AssessmentWorker(Storage::Connector connect, const Clock& clock, const Knowledge& knowledge, Freshness now,
                     QObject* parent = nullptr);
    ~AssessmentWorker() override;

    /** Asks the run to stop after the current batch. */
    void cancel() { m_cancelled = true; }

signals:
    void progressed(int done, int total);
    /** `error` is empty on success. */
    void completed(int recomputed, bool cancelled, const QString& error);

protected:
    void run() override;

private:
    Storage::Connector m_connect;
    const Clock& m_clock;
    const Knowledge& m_knowledge;
    Freshness m_now;
    std::atomic<bool> m_cancelled = false;
};

}  // namespace onco::assessments
