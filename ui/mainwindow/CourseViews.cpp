#include "ui/mainwindow/CourseViews.h"

#include "core/services/CaseService.h"
#include "core/util/Clock.h"
#include "ui/charts/MarkerChartSettings.h"
#include "ui/charts/MarkerChartView.h"
#include "ui/timeline/DiseaseTimeline.h"
#include "ui/workspace/MarkersTab.h"
#include "ui/workspace/OverviewTab.h"
#include "ui/workspace/PatientWorkspace.h"

namespace onco {

CourseViews::CourseViews(CaseService& service, PatientWorkspace& workspace, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_workspace(workspace)
    , m_timeline(new DiseaseTimeline(service.knowledge()))
    , m_chart(new MarkerChartView(service.knowledge()))
{
    m_timeline->setObjectName(QStringLiteral("diseaseTimeline"));
    m_chart->setObjectName(QStringLiteral("markerChart"));
    OverviewTab* overview = workspace.overviewTab();
    overview->setTimelineWidget(m_timeline, [this](int width) { return m_timeline->preferredHeight(width); });
    connect(m_timeline, &DiseaseTimeline::contentChanged, overview, &OverviewTab::fitTimeline);
    workspace.markersTab()->setChartWidget(m_chart);

    connect(&workspace, &PatientWorkspace::recordShown, this, &CourseViews::showRecord);
    connect(&workspace, &PatientWorkspace::patientOpened, this, &CourseViews::patientOpened);
    connect(m_timeline, &DiseaseTimeline::itemClicked, this,
            [this](TimelineEntity entity, qint64 id, int) { openRecord(entity, id); });
    connect(m_chart, &MarkerChartView::selectedAnalytesChanged, this, &CourseViews::rememberChoice);
    connect(m_chart, &MarkerChartView::logScaleChanged, this, &CourseViews::rememberChoice);
}

void CourseViews::reloadSettings()
{
    const analytics::MarkerSettings settings = loadMarkerSettings(m_service.knowledge());
    m_restoring = true;
    m_chart->setSettings(settings);
    m_timeline->setSettings(settings);
    m_restoring = false;
}

void CourseViews::patientOpened(qint64 patientId)
{
    if (patientId > 0)
        return;  // the record follows through recordShown()
    m_patientId = 0;
    m_timeline->clear();
    m_chart->clear();
}

void CourseViews::showRecord(const PatientRecord& record)
{
    const QDate today = m_service.clock().today();
    const bool samePatient = record.patient.id == m_patientId;
    m_patientId = record.patient.id;
    m_restoring = true;
    m_timeline->setPatient(record, today);
    m_chart->setPatient(record, today);
    if (!samePatient) {
        // Another patient: her own choice of this session, else every analyte on a linear scale.
        const auto found = m_choices.constFind(m_patientId);
        m_chart->setSelectedAnalytes(found != m_choices.constEnd() ? found->analytes : m_chart->availableAnalytes());
        m_chart->setLogScale(found != m_choices.constEnd() && found->logScale);
    }
    m_restoring = false;
}

void CourseViews::rememberChoice()
{
    if (m_restoring || m_patientId <= 0)
        return;
    m_choices[m_patientId] = {m_chart->selectedAnalytes(), m_chart->logScale()};
}

bool CourseViews::openRecord(TimelineEntity entity, qint64 id)
{
    using Kind = PatientWorkspace::RecordKind;
    switch (entity) {
    case TimelineEntity::Diagnosis:
        return m_workspace.revealRecord(Kind::Diagnosis, id);
    case TimelineEntity::Biopsy:
        return m_workspace.revealRecord(Kind::Biopsy, id);
    case TimelineEntity::TherapyLine:
        return m_workspace.revealRecord(Kind::TherapyLine, id);
    case TimelineEntity::Event:
        return m_workspace.revealRecord(Kind::Event, id);
    case TimelineEntity::GeneticResult:
        return m_workspace.revealRecord(Kind::Genetic, id);
    case TimelineEntity::MarkerResult:
        return m_workspace.revealRecord(Kind::Marker, id);
    }
    return false;
}

}  // namespace onco
