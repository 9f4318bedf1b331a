#include "core/services/PatientSnapshot.h"

#include "core/analytics/MarkerAnalysis.h"
#include "core/analytics/MarkerSettings.h"
#include "core/knowledge/Knowledge.h"
#include "core/rules/Assess.h"
#include "core/rules/RuleContext.h"
#include "core/services/CaseService.h"
#include "core/settings/AppSettings.h"
#include "core/util/Clock.h"

namespace onco {

OpenPatient::OpenPatient(CaseService& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{
    connect(&service, &CaseService::patientChanged, this, &OpenPatient::onPatientChanged);
    connect(&service, &CaseService::patientRemoved, this, &OpenPatient::onPatientChanged);
}

void OpenPatient::setPatient(qint64 patientId)
{
    m_patientId = patientId > 0 ? patientId : 0;
    refresh();
}

void OpenPatient::setAsOf(const QDate& asOf)
{
    m_asOf = asOf;
    if (m_patientId > 0)
        refresh();
}

void OpenPatient::setJurisdiction(std::optional<Jurisdiction> jurisdiction)
{
    m_jurisdiction = jurisdiction;
    if (m_patientId > 0)
        refresh();
}

void OpenPatient::onPatientChanged(qint64 patientId)
{
    if (patientId == m_patientId && patientId > 0)
        refresh();
}

void OpenPatient::refresh()
{
    m_snapshot = m_patientId > 0 ? read() : nullptr;
    emit snapshotChanged();
}

PatientSnapshotPtr OpenPatient::read()
{
    auto snapshot = std::make_shared<PatientSnapshot>();
    snapshot->patientId = m_patientId;
    ++m_loads;
    auto loaded = m_service.loadPatient(m_patientId);
    if (!loaded) {
        snapshot->problem = loaded.error().message;
        return snapshot;
    }
    snapshot->record = std::move(loaded).value();
    // What the window shows now: a save of her record checks that no other workstation changed it since.
    m_service.noteShown(m_patientId, snapshot->record.patient.updatedAt);
    snapshot->asOf = m_asOf.isValid() ? m_asOf : m_service.clock().today();
    snapshot->jurisdiction = m_jurisdiction ? *m_jurisdiction : settings::chooseJurisdiction({}, {});

    const Knowledge& knowledge = m_service.knowledge();
    snapshot->assessment = rules::assess(snapshot->record, {snapshot->asOf, snapshot->jurisdiction, knowledge});
    ++m_runs;
    const auto markers = settings::markerSettings(knowledge);
    for (const analytics::MarkerAnalysis& m :
         analytics::analyseMarkers(snapshot->record, knowledge, snapshot->asOf, markers)) {
        if (!m.trend.markerRise)
            continue;
        const MarkerInfo* info = knowledge.marker(m.series.analyte);
        const QString label = info ? info->label : m.series.analyte;
        snapshot->markerRises.append({m.series.analyte, analytics::correlateWithImaging(label, m.series, m.trend),
                                      m.series.points.at(m.trend.latest).result.date});
    }
    snapshot->riseConvention = analytics::riseConventionNote(markers);
    snapshot->state = PatientSnapshot::State::Ready;
    return snapshot;
}

}  // namespace onco
