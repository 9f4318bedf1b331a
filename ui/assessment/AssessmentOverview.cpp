#include "ui/assessment/AssessmentOverview.h"

#include "core/rules/Codes.h"
#include "core/services/CaseService.h"
#include "ui/assessment/AssessmentView.h"
#include "ui/assessment/CardWidgets.h"
#include "ui/assessment/LiveAssessment.h"
#include "ui/assessment/ResistanceCard.h"
#include "ui/widgets/FactGroup.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace onco {

namespace {

void clear(QVBoxLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        if (QWidget* w = item->widget())
            delete w;
        else if (QLayout* l = item->layout())
            delete l;
        delete item;
    }
}

/** Why an option has its status, in a few words: the criteria not met or unknown, and the flags that matter now. */
QString reason(const rules::OptionCard& card, const Knowledge& knowledge)
{
    using cards::Texts;
    QStringList failing;
    const rules::CriterionStatus wanted = card.status == rules::OptionStatus::NotOption
                                              ? rules::CriterionStatus::NotMet
                                              : rules::CriterionStatus::Unknown;
    for (const rules::Criterion& c : card.criteria)
        if (c.status == wanted)
            failing << cards::render(rules::describeRule(c.id), knowledge);
    QStringList parts;
    if (card.status == rules::OptionStatus::NotOption)
        parts << Texts::tr("Not met: %1").arg(failing.join(Texts::tr(", ")));
    else if (card.status == rules::OptionStatus::NeedsInformation)
        parts << Texts::tr("Unknown: %1").arg(failing.join(Texts::tr(", ")));
    else
        parts << Texts::tr("All criteria met");
    for (const char* code :
         {"ALREADY_ON", "CURRENT_LINE_NOT_PROGRESSED", "NOT_APPROVED_IN_JURISDICTION", "APPROVAL_UNVERIFIED"})
        if (card.hasFlag(QLatin1String(code)))
            parts << cards::codeText(QLatin1String(code), knowledge);
    return parts.join(QStringLiteral(" · "));
}

/** A line "Name [badge] detail" (detail muted), then the sentence under it across the whole width. */
QWidget* badgeBlock(Badge* badge, const QString& lead, const QString& detail, const QString& sentence, QWidget* parent,
                    const QString& name)
{
    auto* block = new QWidget(parent);
    block->setObjectName(name);
    auto* column = new QVBoxLayout(block);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(1);
    auto* line = new QHBoxLayout;
    line->setSpacing(6);
    QLabel* l = cards::textLabel(lead, block, QStringLiteral("lead"));
    l->setWordWrap(false);
    QFont bold = l->font();
    bold.setBold(true);
    l->setFont(bold);
    line->addWidget(l);
    badge->setParent(block);
    line->addWidget(badge);
    if (!detail.isEmpty()) {
        QLabel* d = cards::mutedLabel(detail, block, QStringLiteral("detail"));
        d->setWordWrap(false);
        line->addWidget(d);
    }
    line->addStretch(1);
    column->addLayout(line);
    if (!sentence.isEmpty())
        column->addWidget(cards::textLabel(sentence, block, QStringLiteral("reason")));
    return block;
}

}  // namespace

AssessmentOverview::AssessmentOverview(LiveAssessment& live, FactGroup* assessmentGroup, FactGroup* actionsGroup,
                                       QObject* parent)
    : QObject(parent)
    , m_live(live)
    , m_assessmentGroup(assessmentGroup)
    , m_actionsGroup(actionsGroup)
    , m_assessmentContent(new QWidget(assessmentGroup))
    , m_assessmentRows(new QVBoxLayout)
    , m_actionsContent(new QWidget(actionsGroup))
    , m_actionRows(new QVBoxLayout(m_actionsContent))
    , m_open(new QPushButton(m_assessmentContent))
{
    m_assessmentContent->setObjectName(QStringLiteral("overviewAssessment"));
    m_actionsContent->setObjectName(QStringLiteral("overviewActions"));
    m_open->setObjectName(QStringLiteral("openAssessment"));
    auto* column = new QVBoxLayout(m_assessmentContent);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(m_assessmentRows);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    column->addLayout(buttons);
    m_assessmentRows->setSpacing(4);
    m_actionRows->setContentsMargins(0, 0, 0, 0);
    m_actionRows->setSpacing(3);
    assessmentGroup->addContent(m_assessmentContent);
    actionsGroup->addContent(m_actionsContent);
    assessmentGroup->setNote({});
    actionsGroup->setNote({});
    connect(m_open, &QPushButton::clicked, this, &AssessmentOverview::openAssessmentRequested);
    connect(&m_live, &LiveAssessment::changed, this, &AssessmentOverview::refresh);
    m_assessmentContent->installEventFilter(this);
    refresh();
}

bool AssessmentOverview::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_assessmentContent && event->type() == QEvent::LanguageChange)
        refresh();
    return QObject::eventFilter(watched, event);
}

void AssessmentOverview::refresh()
{
    m_open->setText(cards::Texts::tr("Open the assessment…"));
    fillAssessment();
    fillActions();
}

void AssessmentOverview::fillAssessment()
{
    using cards::Texts;
    clear(m_assessmentRows);
    QWidget* parent = m_assessmentContent;
    if (!m_live.isValid()) {
        m_assessmentRows->addWidget(cards::mutedLabel(Texts::tr("No assessment."), parent));
        return;
    }
    const Knowledge& knowledge = m_live.service().knowledge();
    const rules::Assessment& a = m_live.assessment();
    auto* resistance = new Badge(parent);
    resistance->set(cards::resistanceTone(a.resistance.overall), resistanceBadgeText(a.resistance.overall),
                    cards::render(a.resistance.explanation, knowledge));
    m_assessmentRows->addWidget(badgeBlock(resistance, Texts::tr("Endocrine resistance"), a.resistance.rule,
                                           cards::render(a.resistance.explanation, knowledge), parent,
                                           QStringLiteral("overviewResistance")));
    for (const rules::OptionCard& card : a.options) {
        auto* badge = new Badge(parent);
        badge->set(cards::optionTone(card), cards::optionStatusText(card, knowledge));
        m_assessmentRows->addWidget(badgeBlock(badge, cards::drugTitle(card.drug, knowledge), QString(),
                                               reason(card, knowledge), parent,
                                               QStringLiteral("overviewOption_") + card.drug));
    }
    m_assessmentRows->addWidget(cards::mutedLabel(cards::contextLine(a), parent));
    m_assessmentRows->addWidget(cards::mutedLabel(cards::reviewNotice(), parent, QStringLiteral("overviewNotice")));
}

void AssessmentOverview::fillActions()
{
    using cards::Texts;
    clear(m_actionRows);
    QWidget* parent = m_actionsContent;
    if (!m_live.isValid())
        return;
    const Knowledge& knowledge = m_live.service().knowledge();
    const rules::Assessment& a = m_live.assessment();
    if (a.actions.isEmpty())
        m_actionRows->addWidget(cards::mutedLabel(Texts::tr("No testing or other action is due."), parent));
    for (const rules::Note& n : a.actions)
        m_actionRows->addWidget(cards::noteRow(cards::glyph(cards::actionTone(1), parent),
                                               cards::codeText(n.code, knowledge),
                                               cards::withCode(cards::render(n.text, knowledge), n.code), nullptr,
                                               parent, QStringLiteral("overviewAction_") + n.code));
    for (const rules::Note& n : a.info)
        m_actionRows->addWidget(cards::noteRow(cards::glyph(cards::infoTone(), parent),
                                               cards::codeText(n.code, knowledge), QString(), nullptr, parent,
                                               QStringLiteral("overviewInfo_") + n.code));
    for (const MarkerRiseNote& m : m_live.markerRises())
        m_actionRows->addWidget(cards::noteRow(
            cards::glyph(cards::infoTone(), parent), Texts::tr("Tumour-marker rise: %1").arg(m.analyte),
            cards::render(m.correlate, knowledge), nullptr, parent, QStringLiteral("overviewMarkerRise")));
}

}  // namespace onco
