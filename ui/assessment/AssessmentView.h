#pragma once

#include "core/rules/Assessment.h"

#include <QList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QScrollArea;

namespace onco {

class ActionsCard;
class LiveAssessment;
class OptionCardView;
class ResistanceCard;

/**
 * The Assessment tab: a one-line "for clinical review — not a prescription" notice, the date, jurisdiction and
 * knowledge version, the endocrine-resistance card, one card per oral SERD side by side, and the to-do list with
 * information and evidence. Shown again whenever the live assessment changes or the UI language does.
 */
class AssessmentView : public QWidget
{
    Q_OBJECT
public:
    explicit AssessmentView(LiveAssessment& live, QWidget* parent = nullptr);

    ResistanceCard* resistanceCard() const { return m_resistance; }
    QList<OptionCardView*> optionCards() const { return m_options; }
    ActionsCard* actionsCard() const { return m_actions; }
    QLabel* noticeLabel() const { return m_notice; }
    QLabel* contextLabel() const { return m_context; }

signals:
    /** A record the rules name was clicked: the workspace shows it. */
    void recordActivated(const rules::RecordRef& ref);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    LiveAssessment& m_live;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_context = nullptr;
    QLabel* m_empty = nullptr;
    ResistanceCard* m_resistance = nullptr;
    QHBoxLayout* m_optionRow = nullptr;
    QList<OptionCardView*> m_options;
    ActionsCard* m_actions = nullptr;
};

namespace cards {
/** "For clinical review — not a prescription." with what it means, one line. */
QString reviewNotice();
/** "As of … · Jurisdiction … · Knowledge data … (last verified …)". */
QString contextLine(const rules::Assessment& assessment);
}  // namespace cards

}  // namespace onco
