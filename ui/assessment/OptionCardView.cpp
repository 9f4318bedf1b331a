#include "ui/assessment/OptionCardView.h"

#include "core/knowledge/Knowledge.h"
#include "core/rules/Codes.h"
#include "ui/widgets/Display.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace onco {

namespace {

const QLatin1String kNotApproved("NOT_APPROVED_IN_JURISDICTION");
const QLatin1String kUnverified("APPROVAL_UNVERIFIED");

const rules::Note* flagOf(const rules::OptionCard& card, QLatin1String code)
{
    for (const rules::Note& n : card.flags)
        if (n.code == code)
            return &n;
    return nullptr;
}

/** A framed warning line: glyph, words, the rules' sentence. */
QWidget* warning(const QString& headline, const QString& sentence, QWidget* parent, const QString& objectName)
{
    auto* box = new QFrame(parent);
    box->setObjectName(objectName);
    const Tone t = cards::warningTone();
    box->setStyleSheet(QStringLiteral("#%1 { background: %2; border: 1px solid %3; border-radius: 3px; }")
                           .arg(objectName, t.background.name(), t.border.name()));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(1);
    QLabel* head = cards::textLabel(QStringLiteral("%1 %2").arg(t.glyph, headline), box);
    QFont bold = head->font();
    bold.setBold(true);
    head->setFont(bold);
    head->setStyleSheet(QStringLiteral("color: %1;").arg(t.foreground.name()));
    layout->addWidget(head);
    if (!sentence.isEmpty())
        layout->addWidget(cards::textLabel(sentence, box));
    return box;
}

}  // namespace

namespace cards {

QStringList evidenceTexts(const QStringList& ids, const Knowledge& knowledge)
{
    QStringList out;
    for (const QString& id : ids)
        for (const EvidenceItem& e : knowledge.evidence())
            if (e.id == id)
                out << (display::chinese() && !e.zh.isEmpty() ? e.zh : e.en);
    return out;
}

}  // namespace cards

OptionCardView::OptionCardView(QWidget* parent)
    : Card(QStringLiteral("optionCard"), parent)
    , m_badge(new Badge(this))
{
    m_badge->setObjectName(QStringLiteral("optionBadge"));
    titleRow()->insertWidget(1, m_badge);
}

void OptionCardView::present(const rules::OptionCard& card, const rules::Assessment& a, const PatientRecord& record,
                             const Knowledge& knowledge)
{
    m_drug = card.drug;
    setObjectName(QStringLiteral("optionCard_") + card.drug);
    clearBody();
    setTitle(cards::drugTitle(card.drug, knowledge));
    setToolTip(display::drugBothNames(card.drug, knowledge));
    if (const QString note = cards::unverifiedChineseName(card.drug, knowledge); !note.isEmpty())
        body()->addWidget(cards::mutedLabel(note, this, QStringLiteral("chineseNameUnverified")));
    m_badge->set(cards::optionTone(card), cards::optionStatusText(card, knowledge));
    showApproval(card, a, knowledge);
    showCriteria(card, record, knowledge);
    showFlags(card, record, knowledge);
    showEvidence(card.evidence, knowledge);
}

void OptionCardView::showApproval(const rules::OptionCard& card, const rules::Assessment& a, const Knowledge& knowledge)
{
    using cards::Texts;
    QString approval;
    if (card.approved && card.approvalDate.isValid())
        approval = Texts::tr("approved on %1").arg(display::date(card.approvalDate));
    else if (card.approved)
        approval = Texts::tr("approval listed, date not known");
    else
        approval = Texts::tr("no approval listed");
    const QDate verified = card.approvalLastVerified.isValid() ? card.approvalLastVerified : a.knowledgeLastVerified;
    body()->addWidget(
        cards::mutedLabel(Texts::tr("%1: %2 · knowledge data %3, approval last verified %4")
                              .arg(displayName(a.jurisdiction), approval, a.knowledgeVersion, display::date(verified)),
                          this, QStringLiteral("approval")));
    if (const rules::Note* n = flagOf(card, kNotApproved))
        body()->addWidget(warning(Texts::tr("Not approved in this jurisdiction"), cards::render(n->text, knowledge),
                                  this, QStringLiteral("notApproved")));
    if (const rules::Note* n = flagOf(card, kUnverified))
        body()->addWidget(warning(Texts::tr("Approval unverified"), cards::render(n->text, knowledge), this,
                                  QStringLiteral("approvalUnverified")));
}

void OptionCardView::showCriteria(const rules::OptionCard& card, const PatientRecord& record,
                                  const Knowledge& knowledge)
{
    body()->addWidget(cards::heading(cards::Texts::tr("Criteria"), this));
    // The status badges share one width so the checklist reads as a column.
    int width = 0;
    QList<Badge*> badges;
    auto open = [this](const rules::RecordRef& ref) { emit recordActivated(ref); };
    for (const rules::Criterion& c : card.criteria) {
        auto* badge = new Badge(this);
        badge->setObjectName(QStringLiteral("criterionStatus"));
        badge->set(cards::criterionTone(card, c), cards::render(rules::describeCriterionStatus(c.status), knowledge));
        width = std::max(width, badge->sizeHint().width());
        badges << badge;
        QWidget* row = cards::noteRow(badge, cards::ruleTitle(c.id, knowledge), cards::render(c.text, knowledge),
                                      cards::linkRow(c.records, record, knowledge, this, open), this,
                                      QStringLiteral("criterion_") + c.id);
        body()->addWidget(row);
    }
    for (Badge* b : std::as_const(badges))
        b->setFixedWidth(width);
}

void OptionCardView::showFlags(const rules::OptionCard& card, const PatientRecord& record, const Knowledge& knowledge)
{
    QList<const rules::Note*> shown;
    for (const rules::Note& n : card.flags)
        if (n.code != kNotApproved && n.code != kUnverified)  // said above, in a warning
            shown << &n;
    if (shown.isEmpty())
        return;
    body()->addWidget(cards::heading(cards::Texts::tr("Flags"), this));
    auto open = [this](const rules::RecordRef& ref) { emit recordActivated(ref); };
    for (const rules::Note* n : std::as_const(shown))
        body()->addWidget(cards::noteRow(cards::glyph(cards::infoTone(), this), cards::codeText(n->code, knowledge),
                                         cards::withCode(cards::render(n->text, knowledge), n->code),
                                         cards::linkRow(n->records, record, knowledge, this, open), this,
                                         QStringLiteral("flag_") + n->code));
}

void OptionCardView::showEvidence(const QStringList& ids, const Knowledge& knowledge)
{
    const QStringList texts = cards::evidenceTexts(ids, knowledge);
    if (texts.isEmpty())
        return;
    body()->addWidget(cards::heading(cards::Texts::tr("Evidence"), this));
    for (const QString& t : texts)
        body()->addWidget(cards::mutedLabel(t, this, QStringLiteral("evidence")));
}

}  // namespace onco
