#include "ui/assessment/AssessmentBadges.h"

#include "core/rules/Codes.h"
#include "core/services/CaseService.h"
#include "ui/assessment/CardWidgets.h"
#include "ui/assessment/LiveAssessment.h"
#include "ui/assessment/ResistanceCard.h"

#include <QEvent>
#include <QHBoxLayout>

namespace onco {

namespace {

QString optionBadgeText(const rules::OptionCard& card, const Knowledge& knowledge)
{
    using cards::Texts;
    const QString name = cards::drugTitle(card.drug, knowledge);
    switch (card.status) {
    case rules::OptionStatus::Option:
        // The patient list says the same: an option she is already taking is not a new one.
        if (card.hasFlag(QStringLiteral("ALREADY_ON")))
            return Texts::tr("%1: taking").arg(name);
        if (card.hasFlag(QStringLiteral("CURRENT_LINE_NOT_PROGRESSED")))
            return Texts::tr("%1: option at the next change").arg(name);
        return Texts::tr("%1: option").arg(name);
    case rules::OptionStatus::NotOption:
        return Texts::tr("%1: not an option").arg(name);
    case rules::OptionStatus::NeedsInformation:
        break;
    }
    return Texts::tr("%1: needs information").arg(name);
}

}  // namespace

AssessmentBadges::AssessmentBadges(LiveAssessment& live, QWidget* parent)
    : QWidget(parent)
    , m_live(live)
    , m_layout(new QHBoxLayout(this))
    , m_resistance(new Badge(this))
    , m_actions(new Badge(this))
{
    setObjectName(QStringLiteral("assessmentBadges"));
    m_resistance->setObjectName(QStringLiteral("resistanceBadge"));
    m_actions->setObjectName(QStringLiteral("actionsBadge"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_layout->addWidget(m_resistance);
    m_layout->addWidget(m_actions);
    connect(&m_live, &LiveAssessment::changed, this, &AssessmentBadges::refresh);
    refresh();
}

void AssessmentBadges::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void AssessmentBadges::refresh()
{
    using cards::Texts;
    setVisible(m_live.isValid());
    if (!m_live.isValid())
        return;
    const Knowledge& knowledge = m_live.service().knowledge();
    const rules::Assessment& a = m_live.assessment();
    m_resistance->set(
        cards::resistanceTone(a.resistance.overall), resistanceBadgeText(a.resistance.overall),
        Texts::tr("Endocrine resistance: %1\n%2")
            .arg(cards::ruleTitle(a.resistance.rule, knowledge), cards::render(a.resistance.explanation, knowledge)));
    while (m_options.size() < a.options.size()) {
        auto* badge = new Badge(this);
        m_layout->insertWidget(1 + int(m_options.size()), badge);
        m_options << badge;
    }
    for (int i = 0; i < m_options.size(); ++i) {
        m_options[i]->setVisible(i < a.options.size());
        if (i >= a.options.size())
            continue;
        const rules::OptionCard& card = a.options[i];
        QStringList tip{cards::drugTitle(card.drug, knowledge) + QStringLiteral(": ") +
                        cards::optionStatusText(card, knowledge)};
        for (const rules::Criterion& c : card.criteria)
            if (c.status != rules::CriterionStatus::Met)
                tip << QStringLiteral("%1 — %2").arg(cards::render(rules::describeCriterionStatus(c.status), knowledge),
                                                     cards::ruleTitle(c.id, knowledge));
        for (const rules::Note& n : card.flags)
            tip << cards::codeText(n.code, knowledge);
        m_options[i]->setObjectName(QStringLiteral("optionBadge_") + card.drug);
        m_options[i]->set(cards::optionTone(card), optionBadgeText(card, knowledge), tip.join(QLatin1Char('\n')));
    }
    const int due = int(a.actions.size());
    QStringList actions;
    for (const rules::Note& n : a.actions)
        actions << cards::codeText(n.code, knowledge);
    m_actions->set(cards::actionTone(due),
                   due == 0 ? Texts::tr("No actions due") : Texts::tr("Actions due: %1").arg(due),
                   actions.join(QLatin1Char('\n')));
}

}  // namespace onco
