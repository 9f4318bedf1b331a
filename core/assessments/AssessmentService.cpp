#include "core/assessments/AssessmentService.h"

#include "core/analytics/MarkerSettings.h"
#include "core/assessments/AssessmentWorker.h"
#include "core/knowledge/Knowledge.h"
#include "core/rules/Assess.h"
#include "core/services/CaseService.h"
#include "core/services/PatientSnapshot.h"
#include "core/settings/AppSettings.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/Storage.h"
#include "core/util/Clock.h"

namespace onco::assessments {

AssessmentService::AssessmentService(const ServiceContext& context, CaseService& cases, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_cases(cases)
    , m_store(context.storage.assessments())
    , m_jurisdiction(settings::chooseJurisdiction(std::nullopt, std::nullopt))
{
    connect(&cases, &CaseService::patientAdded, this, &AssessmentService::onPatientChanged);
    connect(&cases, &CaseService::patientChanged, this, &AssessmentService::onPatientChanged);
    connect(&m_dateTimer, &QTimer::timeout, this, &AssessmentService::onDateCheck);
}

AssessmentService::~AssessmentService()
{
    if (m_worker) {
        m_worker->cancel();
        m_worker->wait();
    }
}

void AssessmentService::setJurisdiction(Jurisdiction jurisdiction)
{
    if (jurisdiction == m_jurisdiction)
        return;
    m_jurisdiction = jurisdiction;
    restartIfRunning();
}

void AssessmentService::restartIfRunning()
{
    if (!isRecomputing())
        return;
    // The run works for the old date or jurisdiction: stop it and start again when it ends.
    m_restart = true;
    m_worker->cancel();
}

Freshness AssessmentService::freshness() const
{
    return {m_context.clock.today(), m_context.knowledge.version(), m_jurisdiction};
}

Status AssessmentService::recompute(qint64 patientId)
{
    if (m_context.storage.isReadOnly())
        return Error{ErrorKind::ReadOnly, tr("the database is read-only: summaries cannot be stored")};
    ++m_loads;
    auto record = m_cases.loadPatient(patientId);
    if (!record)
        return record.error();
    const Freshness now = freshness();
    return store(rules::assess(record.value(), {now.asOf, now.jurisdiction, m_context.knowledge}), record.value());
}

Status AssessmentService::store(const rules::Assessment& assessment, const PatientRecord& record, bool onlyIfChanged)
{
    const auto markers = settings::markerSettings(m_context.knowledge);
    const StoredAssessment next = summarize(assessment, record, m_context.knowledge, markers, m_context.clock.now());
    if (onlyIfChanged)
        if (const auto stored = m_store.read(record.patient.id); stored && stored.value()) {
            StoredAssessment same = *stored.value();
            same.computedAt = next.computedAt;
            if (same == next)
                return {};
        }
    auto tx = m_context.storage.beginWrite();
    if (!tx)
        return tx.error();
    if (auto s = m_store.write(next); !s)
        return s;
    if (auto s = tx.value()->commit(); !s)
        return s;
    emit assessmentChanged(record.patient.id);
    return {};
}

void AssessmentService::followOpenPatient(OpenPatient& open)
{
    if (m_open)
        disconnect(m_open, nullptr, this, nullptr);
    m_open = &open;
    connect(&open, &OpenPatient::snapshotChanged, this, &AssessmentService::onSnapshotChanged);
}

void AssessmentService::onSnapshotChanged()
{
    const PatientSnapshotPtr snapshot = m_open ? m_open->snapshot() : nullptr;
    if (!snapshot || !snapshot->isReady() || m_context.storage.isReadOnly())
        return;
    const Freshness now = freshness();
    if (snapshot->asOf != now.asOf || snapshot->jurisdiction != now.jurisdiction) {
        // Shown for another date or jurisdiction (an override): the stored one describes today under the settings.
        if (auto s = recompute(snapshot->patientId); !s)
            qWarning("assessment summary of patient %lld not stored: %s", snapshot->patientId,
                     qPrintable(s.error().message));
        return;
    }
    // Opening a patient publishes a snapshot too: nothing is written when the stored assessment is the same.
    if (auto s = store(snapshot->assessment, snapshot->record, true); !s)
        qWarning("assessment summary of patient %lld not stored: %s", snapshot->patientId,
                 qPrintable(s.error().message));
}

void AssessmentService::onPatientChanged(qint64 patientId)
{
    if (m_open && m_open->patientId() == patientId)
        return;  // her snapshot follows the change and brings the assessment (onSnapshotChanged)
    if (auto s = recompute(patientId); !s && s.error().kind != ErrorKind::ReadOnly)
        qWarning("assessment summary of patient %lld not stored: %s", patientId, qPrintable(s.error().message));
}

Result<QList<StoredAssessment>> AssessmentService::summaries()
{
    return m_store.readAll();
}

Result<std::optional<StoredAssessment>> AssessmentService::summary(qint64 patientId)
{
    return m_store.read(patientId);
}

Result<QList<StatusChange>> AssessmentService::history(qint64 patientId)
{
    return m_store.history(patientId);
}

Result<QList<StatusChange>> AssessmentService::changesSince(const QDate& since, bool includeFirst)
{
    return m_store.changesSince(since, includeFirst);
}

Result<QList<qint64>> AssessmentService::staleIds()
{
    return m_store.staleIds(freshness());
}

bool AssessmentService::recomputeStaleInBackground()
{
    if (isRecomputing() || m_context.storage.isReadOnly())
        return false;
    m_restart = false;
    auto* worker = new AssessmentWorker(m_context.storage.connector(Storage::Access::ReadWrite), m_context.clock,
                                        m_context.knowledge, freshness(), this);
    connect(worker, &AssessmentWorker::progressed, this, &AssessmentService::backgroundProgress);
    connect(worker, &AssessmentWorker::completed, this,
            [this, worker](int recomputed, bool cancelled, const QString& error) {
                worker->wait();
                worker->deleteLater();
                m_worker = nullptr;
                emit backgroundFinished(recomputed, cancelled, error);
                if (m_restart)
                    recomputeStaleInBackground();
            });
    m_worker = worker;
    worker->start(QThread::LowPriority);
    return true;
}

bool AssessmentService::isRecomputing() const
{
    return !m_worker.isNull();
}

void AssessmentService::cancelBackground()
{
    m_restart = false;
    if (m_worker)
        m_worker->cancel();
}

void AssessmentService::watchDate(int intervalMs)
{
    m_watchedDay = m_context.clock.today();
    m_dateTimer.start(intervalMs);
}

void AssessmentService::onDateCheck()
{
    const QDate today = m_context.clock.today();
    if (today == m_watchedDay)
        return;
    m_watchedDay = today;
    if (!recomputeStaleInBackground())
        restartIfRunning();
}

}  // namespace onco::assessments
