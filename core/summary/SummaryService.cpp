#include "core/summary/SummaryService.h"

#include "core/analytics/MarkerSettings.h"
#include "core/knowledge/Knowledge.h"
#include "core/rules/Assess.h"
#include "core/services/CaseService.h"
#include "core/storage/Database.h"
#include "core/summary/SummaryWorker.h"
#include "core/util/Clock.h"

namespace onco::summary {

SummaryService::SummaryService(CaseService& cases, QObject* parent)
    : QObject(parent)
    , m_cases(cases)
    , m_store(cases.database())
    , m_jurisdiction(rules::chooseJurisdiction(std::nullopt, std::nullopt))
{
    connect(&cases, &CaseService::patientAdded, this, &SummaryService::onPatientChanged);
    connect(&cases, &CaseService::patientChanged, this, &SummaryService::onPatientChanged);
    connect(&m_dateTimer, &QTimer::timeout, this, &SummaryService::onDateCheck);
}

SummaryService::~SummaryService()
{
    if (m_worker) {
        m_worker->cancel();
        m_worker->wait();
    }
}

void SummaryService::setJurisdiction(Jurisdiction jurisdiction)
{
    if (jurisdiction == m_jurisdiction)
        return;
    m_jurisdiction = jurisdiction;
    restartIfRunning();
}

void SummaryService::restartIfRunning()
{
    if (!isRecomputing())
        return;
    // The run works for the old date or jurisdiction: stop it and start again when it ends.
    m_restart = true;
    m_worker->cancel();
}

Freshness SummaryService::freshness() const
{
    return {m_cases.clock().today(), m_cases.knowledge().version(), m_jurisdiction};
}

Status SummaryService::recompute(qint64 patientId)
{
    if (m_cases.database().isReadOnly())
        return Error{ErrorKind::ReadOnly, tr("the database is read-only: summaries cannot be stored")};
    auto record = m_cases.loadPatient(patientId);
    if (!record)
        return record.error();
    const Freshness now = freshness();
    const rules::Assessment a = rules::assess(record.value(), {now.asOf, now.jurisdiction, m_cases.knowledge()});
    Transaction tx(m_cases.database());
    if (!tx.began())
        return tx.beginError();
    const auto markers = analytics::MarkerSettings::fromSiteSettings(m_cases.knowledge());
    if (auto s = m_store.write(summarize(a, record.value(), m_cases.knowledge(), markers, m_cases.clock().now())); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    emit summaryChanged(patientId);
    return {};
}

void SummaryService::onPatientChanged(qint64 patientId)
{
    if (auto s = recompute(patientId); !s && s.error().kind != ErrorKind::ReadOnly)
        qWarning("assessment summary of patient %lld not stored: %s", patientId, qPrintable(s.error().message));
}

Result<QList<PatientSummary>> SummaryService::summaries()
{
    return m_store.readAll();
}

Result<std::optional<PatientSummary>> SummaryService::summary(qint64 patientId)
{
    return m_store.read(patientId);
}

Result<QList<StatusChange>> SummaryService::history(qint64 patientId)
{
    return m_store.history(patientId);
}

Result<QList<StatusChange>> SummaryService::changesSince(const QDate& since, bool includeFirst)
{
    return m_store.changesSince(since, includeFirst);
}

Result<QList<qint64>> SummaryService::staleIds()
{
    return m_store.staleIds(freshness());
}

bool SummaryService::recomputeStaleInBackground()
{
    if (isRecomputing() || m_cases.database().isReadOnly())
        return false;
    m_restart = false;
    auto* worker =
        new SummaryWorker(m_cases.database().path(), m_cases.clock(), m_cases.knowledge(), freshness(), this);
    connect(worker, &SummaryWorker::progressed, this, &SummaryService::backgroundProgress);
    connect(worker, &SummaryWorker::completed, this,
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

bool SummaryService::isRecomputing() const
{
    return !m_worker.isNull();
}

void SummaryService::cancelBackground()
{
    m_restart = false;
    if (m_worker)
        m_worker->cancel();
}

void SummaryService::watchDate(int intervalMs)
{
    m_watchedDay = m_cases.clock().today();
    m_dateTimer.start(intervalMs);
}

void SummaryService::onDateCheck()
{
    const QDate today = m_cases.clock().today();
    if (today == m_watchedDay)
        return;
    m_watchedDay = today;
    if (!recomputeStaleInBackground())
        restartIfRunning();
}

}  // namespace onco::summary
