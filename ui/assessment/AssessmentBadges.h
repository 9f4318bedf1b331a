#pragma once

#include <QWidget>

class QHBoxLayout;

namespace onco {

class Badge;
class LiveAssessment;

/** The header band's badges: endocrine-resistance class, each oral SERD's status, the number of due actions
 *  (colour, glyph and words; details in the tooltips). */
class AssessmentBadges : public QWidget
{
    Q_OBJECT
public:
    explicit AssessmentBadges(LiveAssessment& live, QWidget* parent = nullptr);

    Badge* resistance() const { return m_resistance; }
    QList<Badge*> options() const { return m_options; }
    Badge* actions() const { return m_actions; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    LiveAssessment& m_live;
    QHBoxLayout* m_layout = nullptr;
    Badge* m_resistance = nullptr;
    QList<Badge*> m_options;
    Badge* m_actions = nullptr;
};

}  // namespace onco
