#include "ui/assessment/AssessmentView.h"

#include "core/services/CaseService.h"
#include "ui/assessment/ActionsCard.h"
#include "ui/assessment/LiveAssessment.h"
#include "ui/assessment/OptionCardView.h"
#include "ui/assessment/ResistanceCard.h"
#include "ui/widgets/Display.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace onco {

namespace cards {

QString reviewNotice()
{
    return Texts::tr("For clinical review — not a prescription. These flags support the clinician's decision.");
}

QString contextLine(const rules::Assessment& a)
{
    return Texts::tr("As of %1 · Jurisdiction: %2 · Knowledge data %3 (last verified %4)")
        .arg(display::date(a.asOf), displayName(a.jurisdiction), a.knowledgeVersion,
             display::date(a.knowledgeLastVerified));
}

}  // namespace cards

AssessmentView::AssessmentView(LiveAssessment& live, QWidget* parent)
    : QWidget(parent)
    , m_live(live)
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget)
    , m_notice(new QLabel(m_content))
    , m_context(new QLabel(m_content))
    , m_empty(new QLabel(m_content))
    , m_resistance(new ResistanceCard(m_content))
    , m_optionRow(new QHBoxLayout)
    , m_actions(new ActionsCard(m_content))
{
    setObjectName(QStringLiteral("assessmentView"));
    m_notice->setObjectName(QStringLiteral("reviewNotice"));
    const Tone t = cards::infoTone();
    m_notice->setStyleSheet(QStringLiteral("#reviewNotice { background: %1; color: %2; border: 1px solid %3; "
                                           "border-radius: 3px; padding: 3px 6px; }")
                                .arg(t.background.name(), t.foreground.name(), t.border.name()));
    m_notice->setWordWrap(true);
    m_context->setObjectName(QStringLiteral("assessmentContext"));
    m_context->setWordWrap(true);
    m_context->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_empty->setObjectName(QStringLiteral("noAssessment"));
    m_empty->setWordWrap(true);
    m_optionRow->setSpacing(8);

    auto* column = new QVBoxLayout(m_content);
    column->setContentsMargins(8, 8, 8, 8);
    column->setSpacing(8);
    column->addWidget(m_notice);
    column->addWidget(m_context);
    column->addWidget(m_empty);
    column->addWidget(m_resistance);
    column->addLayout(m_optionRow);
    column->addWidget(m_actions);
    column->addStretch(1);
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // the cards wrap to the width instead
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    auto forward = [this](const rules::RecordRef& ref) { emit recordActivated(ref); };
    connect(m_resistance, &ResistanceCard::recordActivated, this, forward);
    connect(m_actions, &ActionsCard::recordActivated, this, forward);
    connect(&m_live, &LiveAssessment::changed, this, &AssessmentView::refresh);
    refresh();
}

void AssessmentView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void AssessmentView::refresh()
{
    const Knowledge& knowledge = m_live.service().knowledge();
    const bool valid = m_live.isValid();
    m_notice->setText(cards::reviewNotice());
    m_empty->setText(cards::Texts::tr("No assessment: no patient is open."));
    m_empty->setVisible(!valid);
    m_context->setVisible(valid);
    m_resistance->setVisible(valid);
    m_actions->setVisible(valid);
    const rules::Assessment& a = m_live.assessment();
    // One card per option of the assessment (elacestrant, imlunestrant), made once and reused.
    while (m_options.size() < a.options.size()) {
        auto* card = new OptionCardView(m_content);
        connect(card, &OptionCardView::recordActivated, this, &AssessmentView::recordActivated);
        m_optionRow->addWidget(card, 1);
        m_options << card;
    }
    for (int i = 0; i < m_options.size(); ++i)
        m_options[i]->setVisible(valid && i < a.options.size());
    if (!valid)
        return;
    m_context->setText(cards::contextLine(a));
    m_resistance->present(a, m_live.record(), knowledge);
    for (int i = 0; i < a.options.size(); ++i)
        m_options[i]->present(a.options[i], a, m_live.record(), knowledge);
    m_actions->present(m_live, knowledge);
}

}  // namespace onco
