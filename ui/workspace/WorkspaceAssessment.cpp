#include "ui/workspace/WorkspaceAssessment.h"

#include "ui/assessment/AssessmentBadges.h"
#include "ui/assessment/AssessmentOverview.h"
#include "ui/assessment/AssessmentView.h"
#include "ui/assessment/LiveAssessment.h"
#include "ui/workspace/AssessmentTab.h"
#include "ui/workspace/OverviewTab.h"
#include "ui/workspace/PatientHeader.h"
#include "ui/workspace/PatientWorkspace.h"

#include <QHBoxLayout>
#include <QTabWidget>

namespace onco {

WorkspaceAssessment::WorkspaceAssessment(OpenPatient& open, PatientWorkspace& workspace)
    : QObject(&workspace)
    , m_live(new LiveAssessment(open, this))
{
    m_view = new AssessmentView(*m_live);
    workspace.assessmentTab()->setContentWidget(m_view);
    m_overview = new AssessmentOverview(*m_live, workspace.overviewTab()->assessmentGroup(),
                                        workspace.overviewTab()->actionsGroup(), this);
    m_badges = new AssessmentBadges(*m_live);
    workspace.header()->badgeRow()->addWidget(m_badges);
    workspace.header()->badgeRow()->addStretch(1);

    connect(m_view, &AssessmentView::recordActivated, &workspace,
            [&workspace](const rules::RecordRef& ref) { workspace.showRecord(ref.entity, ref.id); });
    connect(m_overview, &AssessmentOverview::openAssessmentRequested, &workspace,
            [&workspace] { workspace.tabs()->setCurrentIndex(PatientWorkspace::Assessment); });
}

}  // namespace onco
