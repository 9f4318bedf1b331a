#pragma once

#include "core/services/ServiceContext.h"
#include "core/storage/AssessmentRepository.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace onco {
class CaseService;
class OpenPatient;
}  // namespace onco

namespace onco::assessments {

class AssessmentWorker;

/**
 * Keeps the stored assessment summaries current (product.md §8): a patient's summary is recomputed synchronously
 * whenever CaseService announces a change (an assessment takes well under 1 ms); all stale summaries (another date,
 * knowledge version or jurisdiction, or missing) are recomputed in the background on a worker thread with its own
 * connection. Reads serve many patients at once for the list and the worklists.
 */
class AssessmentService : public QObject
{
    Q_OBJECT
public:
    /** Stores on the context's storage whenever `cases` announces a change. The jurisdiction comes from the
     *  settings (rules/jurisdiction), else US-FDA. */
    AssessmentService(const ServiceContext& context, CaseService& cases, QObject* parent = nullptr);
    ~AssessmentService() override;

    Jurisdiction jurisdiction() const { return m_jurisdiction; }
    /** A new jurisdiction makes every summary stale; recomputeStaleInBackground() refreshes them. */
    void setJurisdiction(Jurisdiction jurisdiction);
    /** Today, the knowledge version and the jurisdiction: what a current summary was computed for. */
    Freshness freshness() const;

    /** From now on the open patient's stored assessment is taken from `open`'s snapshot whenever it changes (one read
     *  and one rules run per edit for the window and the list together); other patients are read and assessed. */
    void followOpenPatient(OpenPatient& open);

    /** How many records this service read to assess them (the open patient's come from her snapshot). */
    int loads() const { return m_loads; }

    /** Recomputes one patient's summary now (a removed patient has none). */
    Status recompute(qint64 patientId);

    Result<QList<StoredAssessment>> summaries();
    Result<std::optional<StoredAssessment>> summary(qint64 patientId);
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
    void assessmentChanged(qint64 patientId);
    void backgroundProgress(int done, int total);
    /** The background run ended; `error` is empty on success. Summaries may have changed: reload. */
    void backgroundFinished(int recomputed, bool cancelled, const QString& error);

private:
    void onPatientChanged(qint64 patientId);
    void onSnapshotChanged();
    /** Stores an assessment made for `record` on the current freshness (in its own transaction); with
     *  `onlyIfChanged` nothing is written when the stored one says the same. */
    Status store(const rules::Assessment& assessment, const PatientRecord& record, bool onlyIfChanged = false);
    void onDateCheck();
    void restartIfRunning();

    ServiceContext m_context;
    CaseService& m_cases;
    QPointer<OpenPatient> m_open;
    int m_loads = 0;
    AssessmentRepository& m_store;
    Jurisdiction m_jurisdiction;
    QPointer<AssessmentWorker> m_worker;
    bool m_restart = false;
    QTimer m_dateTimer;
    QDate m_watchedDay;
};

}  // namespace onco::assessments
