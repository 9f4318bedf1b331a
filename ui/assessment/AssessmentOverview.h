#pragma once

#include <QObject>

class QLabel;
class QPushButton;
class QVBoxLayout;
class QWidget;

namespace onco {

class FactGroup;
class LiveAssessment;

/**
 * The compact assessment of the Overview: in the assessment group the endocrine-resistance class with its rule,
 * each oral SERD's status with the reason in a few words, jurisdiction and knowledge version, and a button to the
 * full cards; in the actions group the due actions as a to-do list, then information (marker rise …).
 */
class AssessmentOverview : public QObject
{
    Q_OBJECT
public:
    AssessmentOverview(LiveAssessment& live, FactGroup* assessmentGroup, FactGroup* actionsGroup,
                       QObject* parent = nullptr);

    QWidget* assessmentContent() const { return m_assessmentContent; }
    QWidget* actionsContent() const { return m_actionsContent; }
    QPushButton* openButton() const { return m_open; }
    void refresh();

signals:
    void openAssessmentRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillAssessment();
    void fillActions();

    LiveAssessment& m_live;
    FactGroup* m_assessmentGroup;
    FactGroup* m_actionsGroup;
    QWidget* m_assessmentContent = nullptr;
    QVBoxLayout* m_assessmentRows = nullptr;
    QWidget* m_actionsContent = nullptr;
    QVBoxLayout* m_actionRows = nullptr;
    QPushButton* m_open = nullptr;
};

}  // namespace onco
