#pragma once

#include "core/summary/SummaryStore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace onco {
class CaseService;
}

namespace onco::summary {

class SummaryWorker;

/**
 * Keeps the stored assessment summaries current (product.md §8): a patient's summary is recomputed synchronously
 * whenever CaseService announces a change (an assessment takes well under 1 ms); all stale summaries (another date,
 * knowledge version or jurisdiction, or missing) are recomputed in the background on a worker thread with its own
 * connection. Reads serve many patients at once for the list and the worklists.
 */
class SummaryService : public QObject
{
    Q_OBJECT
public:
    /** The jurisdiction comes from the settings (rules/jurisdiction), else US-FDA. */
    explicit SummaryService(CaseService& cases, QObject* parent = nullptr);
    ~SummaryService() override;

    Jurisdiction jurisdiction() const { return m_jurisdiction; }
    /** A new jurisdiction makes every summary stale; recomputeStaleInBackground() refreshes them. */
    void setJurisdiction(Jurisdiction jurisdiction);
    /** Today, the knowledge version and the jurisdiction: what a current summary was computed for. */
    Freshness freshness() const;

    /** Recomputes one patient's summary now (a removed patient has none). */
    Status recompute(qint64 patientId);

    Result<QList<PatientSummary>> summaries();
    Result<std::optional<PatientSummary>> summary(qint64 patientId);
    Result<QList<StatusChange>> history(qint64 patientId);
    Result<QList<StatusChange>> changesSince(const QDate& since, bool includeFirst = false);
    Result<QList<qint64>> staleIds();

    /** Starts recomputing every stale summary on a worker thread; false when a run is already going. */
    bool recomputeStaleInBackground();
    bool isRecomputing() const;
    /** Stops the background run after its current batch (finished() still follows). */
    void cancelBackground();
    /** Checks the date every `intervalMs` and recomputes in the background when it changed (at midnight). */
    void watchDate(int intervalMs = 60'000);

signals:
    void summaryChanged(qint64 patientId);
    void backgroundProgress(int done, int total);
    /** The background run ended; `error` is empty on success. Summaries may have changed: reload. */
    void backgroundFinished(int recomputed, bool cancelled, const QString& error);

private:
    void onPatientChanged(qint64 patientId);
    void onDateCheck();
    void restartIfRunning();

    CaseService& m_cases;
    SummaryStore m_store;
    Jurisdiction m_jurisdiction;
    QPointer<SummaryWorker> m_worker;
    bool m_restart = false;
    QTimer m_dateTimer;
    QDate m_watchedDay;
};

}  // namespace onco::summary
