#include "ui/assessment/LiveAssessment.h"

#include "core/analytics/MarkerSettings.h"
#include "core/knowledge/Knowledge.h"
#include "core/rules/Assess.h"
#include "core/rules/RuleContext.h"
#include "core/services/CaseService.h"
#include "core/util/Clock.h"

namespace onco {

LiveAssessment::LiveAssessment(CaseService& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{
    connect(&service, &CaseService::patientChanged, this, &LiveAssessment::onPatientChanged);
    connect(&service, &CaseService::patientRemoved, this, &LiveAssessment::onPatientChanged);
}

void LiveAssessment::setPatient(qint64 patientId)
{
    if (patientId == m_patientId && (m_valid || patientId == 0))
        return;
    m_patientId = patientId;
    recompute();
}

void LiveAssessment::setAsOf(const QDate& asOf)
{
    m_asOf = asOf;
    recompute();
}

void LiveAssessment::setJurisdiction(std::optional<Jurisdiction> jurisdiction)
{
    m_jurisdiction = jurisdiction;
    recompute();
}

void LiveAssessment::onPatientChanged(qint64 patientId)
{
    if (patientId == m_patientId && patientId != 0)
        recompute();
}

void LiveAssessment::recompute()
{
    m_valid = false;
    m_rises.clear();
    if (m_patientId > 0) {
        if (auto loaded = m_service.loadPatient(m_patientId)) {
            m_record = std::move(loaded).value();
            const QDate day = m_asOf.isValid() ? m_asOf : m_service.clock().today();
            const Jurisdiction jurisdiction = m_jurisdiction.value_or(rules::chooseJurisdiction({}, {}));
            m_assessment = rules::assess(m_record, {day, jurisdiction, m_service.knowledge()});
            const auto markers = analytics::MarkerSettings::fromSiteSettings(m_service.knowledge());
            for (const analytics::MarkerAnalysis& m :
                 analytics::analyseMarkers(m_record, m_service.knowledge(), day, markers)) {
                if (!m.trend.markerRise)
                    continue;
                const MarkerInfo* info = m_service.knowledge().marker(m.series.analyte);
                const QString label = info ? info->label : m.series.analyte;
                m_rises.append({m.series.analyte, analytics::correlateWithImaging(label, m.series, m.trend),
                                m.series.points.at(m.trend.latest).result.date});
            }
            m_riseConvention = analytics::riseConventionNote(markers);
            m_valid = true;
            ++m_runs;
        }
    }
    if (!m_valid) {
        m_record = {};
        m_assessment = {};
    }
    emit changed();
}

}  // namespace onco
