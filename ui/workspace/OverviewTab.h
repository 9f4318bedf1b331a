#pragma once

#include "ui/workspace/WorkspaceTab.h"

#include <functional>

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
    /** `preferredHeight(width)`: the height that shows every lane and the legend at a width (nothing: a fixed
     *  first height). */
    void setTimelineWidget(QWidget* timeline, std::function<int(int)> preferredHeight = {});
    /** Gives the timeline its preferred height, at most kMaxTimelineShare of the tab, the rest to the facts (call
     *  when the course shown changes; done on resizing); once the clinician has moved the divide, hers is kept. */
    void fitTimeline();
    QWidget* timelineSlot() const { return m_timelineSlot; }

protected:
    void resizeEvent(QResizeEvent* event) override;

public:
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
    bool m_dividerMoved = false;
    std::function<int(int)> m_preferredHeight;
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
