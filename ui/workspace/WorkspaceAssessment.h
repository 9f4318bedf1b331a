#pragma once

#include <QObject>

namespace onco {

class AssessmentBadges;
class AssessmentOverview;
class AssessmentView;
class LiveAssessment;
class OpenPatient;
class PatientWorkspace;

/**
 * Puts the assessment into the workspace: the full cards into the Assessment tab, the compact version into the
 * Overview's assessment and actions groups, the badges into the header band. They show the open patient's snapshot
 * (OpenPatient, assessed once per change); a record link on a card shows that record (PatientWorkspace::showRecord).
 */
class WorkspaceAssessment : public QObject
{
    Q_OBJECT
public:
    WorkspaceAssessment(OpenPatient& open, PatientWorkspace& workspace);

    LiveAssessment* live() const { return m_live; }
    AssessmentView* view() const { return m_view; }
    AssessmentOverview* overview() const { return m_overview; }
    AssessmentBadges* badges() const { return m_badges; }

private:
    LiveAssessment* m_live = nullptr;
    AssessmentView* m_view = nullptr;
    AssessmentOverview* m_overview = nullptr;
    AssessmentBadges* m_badges = nullptr;
};

}  // namespace onco
