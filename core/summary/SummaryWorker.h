#pragma once

#include "core/summary/SummaryStore.h"

#include <QString>
#include <QThread>

#include <atomic>

namespace onco {
class Clock;
class Knowledge;
}  // namespace onco

namespace onco::summary {

/**
 * Recomputes every stale summary of a database file on its own thread and its own connection, so the window
 * never waits for it. Signals arrive in the thread that owns the worker (queued).
 */
class SummaryWorker : public QThread
{
    Q_OBJECT
public:
    SummaryWorker(QString databasePath, const Clock& clock, const Knowledge& knowledge, Freshness now,
                  QObject* parent = nullptr);
    ~SummaryWorker() override;

    /** Asks the run to stop after the current batch. */
    void cancel() { m_cancelled = true; }

signals:
    void progressed(int done, int total);
    /** `error` is empty on success. */
    void completed(int recomputed, bool cancelled, const QString& error);

protected:
    void run() override;

private:
    QString m_path;
    const Clock& m_clock;
    const Knowledge& m_knowledge;
    Freshness m_now;
    std::atomic<bool> m_cancelled = false;
};

}  // namespace onco::summary
