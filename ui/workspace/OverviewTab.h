#pragma once

#include "ui/workspace/WorkspaceTab.h"

class QLabel;
class QPushButton;
class QSplitter;
class QVBoxLayout;

namespace onco {

class FactGroup;

/**
 * Everything about the patient at once: identity, diagnosis, current receptors (RCPT-1), the current line, and the
 * places for the assessment summary and due actions (filled by the rules change) and the timeline (another change,
 * set through setTimelineWidget; until then it takes no room).
 */
class OverviewTab : public WorkspaceTab
{
    Q_OBJECT
public:
    OverviewTab(CaseService& service, RecordEditor& editor, QWidget* parent = nullptr);

    /** Puts the timeline across the top of the Overview, above the facts with a movable divide (the tab takes
     *  ownership). */
    void setTimelineWidget(QWidget* timeline);
    QWidget* timelineSlot() const { return m_timelineSlot; }
    /** The boxes the assessment integration fills. */
    FactGroup* assessmentGroup() const { return m_assessment; }
    FactGroup* actionsGroup() const { return m_actions; }

protected:
    void refresh() override;
    void retranslateUi() override;
    void editableChanged() override;

private:
    void showIdentity();
    void showDiagnosis();
    void showReceptors();
    void showCurrentLine();

    QSplitter* m_splitter = nullptr;
    QWidget* m_timelineSlot = nullptr;
    QVBoxLayout* m_timelineLayout = nullptr;
    FactGroup* m_identity = nullptr;
    FactGroup* m_diagnosis = nullptr;
    FactGroup* m_receptors = nullptr;
    FactGroup* m_line = nullptr;
    FactGroup* m_assessment = nullptr;
    FactGroup* m_actions = nullptr;
    QPushButton* m_editIdentity = nullptr;
    QPushButton* m_editDiagnosis = nullptr;
    QList<QLabel*> m_identityValues;
    QList<QLabel*> m_diagnosisValues;
    QList<QLabel*> m_receptorValues;
    QList<QLabel*> m_lineValues;
};

}  // namespace onco
