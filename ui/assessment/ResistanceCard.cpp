#include "ui/assessment/ResistanceCard.h"

#include "core/rules/Codes.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace onco {

QString resistanceBadgeText(rules::Resistance value)
{
    using cards::Texts;
    switch (value) {
    case rules::Resistance::Primary:
        return Texts::tr("Primary resistance");
    case rules::Resistance::Secondary:
        return Texts::tr("Secondary resistance");
    case rules::Resistance::Sensitive:
        return Texts::tr("Endocrine-sensitive");
    case rules::Resistance::Naive:
        return Texts::tr("Endocrine-naive");
    case rules::Resistance::NoProgression:
        return Texts::tr("No progression yet");
    case rules::Resistance::NotApplicable:
        return Texts::tr("ER-negative: not applicable");
    case rules::Resistance::None:
        return Texts::tr("Not applicable");
    case rules::Resistance::NotEvaluable:
        break;
    }
    return Texts::tr("Not evaluable yet");
}

ResistanceCard::ResistanceCard(QWidget* parent)
    : Card(QStringLiteral("resistanceCard"), parent)
    , m_badge(new Badge(this))
{
    m_badge->setObjectName(QStringLiteral("resistanceBadge"));
    titleRow()->insertWidget(1, m_badge);
}

void ResistanceCard::present(const rules::Assessment& a, const PatientRecord& record, const Knowledge& knowledge)
{
    using cards::Texts;
    clearBody();
    setTitle(Texts::tr("Endocrine resistance"));
    const rules::EndocrineResistance& r = a.resistance;
    m_decidingRule = r.rule;
    m_badge->set(cards::resistanceTone(r.overall), cards::render(rules::describeResistance(r.overall), knowledge),
                 cards::render(r.explanation, knowledge));

    // The deciding rule, its sentence, and the records of the attribute it came from.
    const QList<rules::RecordRef>& refs = r.rule.startsWith(QLatin1String("ER-A"))   ? r.adjuvant.records
                                          : r.rule.startsWith(QLatin1String("ER-M")) ? r.firstLine.records
                                                                                     : a.advancedRecords;
    auto open = [this](const rules::RecordRef& ref) { emit recordActivated(ref); };
    body()->addWidget(cards::noteRow(nullptr, Texts::tr("Deciding rule: %1").arg(cards::ruleTitle(r.rule, knowledge)),
                                     cards::render(r.explanation, knowledge),
                                     cards::linkRow(refs, record, knowledge, this, open), this,
                                     QStringLiteral("decidingRule")));
    if (!a.advancedBasis.isEmpty())
        body()->addWidget(
            cards::mutedLabel(cards::render(a.advancedBasis, knowledge), this, QStringLiteral("advancedBasis")));
    addAttribute(Texts::tr("Adjuvant (at relapse)"), r.adjuvant, record, knowledge, QStringLiteral("adjuvant"));
    addAttribute(Texts::tr("First endocrine line for advanced disease"), r.firstLine, record, knowledge,
                 QStringLiteral("firstLine"));
    addNotes(Texts::tr("Flags"), r.flags, record, knowledge, QStringLiteral("resistanceFlag"));
    addNotes(Texts::tr("Receptors"), a.receptorFlags, record, knowledge, QStringLiteral("receptorFlag"));
}

void ResistanceCard::addAttribute(const QString& label, const rules::ResistanceAttribute& attribute,
                                  const PatientRecord& record, const Knowledge& knowledge, const QString& objectName)
{
    using cards::Texts;
    const QString value = attribute.value == rules::Resistance::None
                              ? Texts::tr("not applicable")
                              : cards::render(rules::describeResistance(attribute.value), knowledge);
    const QString title = attribute.rule.isEmpty() ? Texts::tr("%1: %2").arg(label, value)
                                                   : Texts::tr("%1: %2 (%3)").arg(label, value, attribute.rule);
    auto open = [this](const rules::RecordRef& ref) { emit recordActivated(ref); };
    // The attribute that decided the class was said in full above.
    const bool deciding = !attribute.rule.isEmpty() && attribute.rule == m_decidingRule;
    body()->addWidget(cards::noteRow(
        nullptr, deciding ? Texts::tr("%1 — the deciding rule, see above").arg(title) : title,
        deciding ? QString() : cards::render(attribute.explanation, knowledge),
        deciding ? nullptr : cards::linkRow(attribute.records, record, knowledge, this, open), this, objectName));
}

void ResistanceCard::addNotes(const QString& heading, const QList<rules::Note>& notes, const PatientRecord& record,
                              const Knowledge& knowledge, const QString& objectName)
{
    if (notes.isEmpty())
        return;
    body()->addWidget(cards::heading(heading, this));
    auto open = [this](const rules::RecordRef& ref) { emit recordActivated(ref); };
    for (const rules::Note& n : notes) {
        QWidget* row = cards::noteRow(cards::glyph(cards::warningTone(), this), cards::codeText(n.code, knowledge),
                                      cards::withCode(cards::render(n.text, knowledge), n.code),
                                      cards::linkRow(n.records, record, knowledge, this, open), this, objectName);
        row->setProperty("code", n.code);  // for tests and accessibility; not shown
        body()->addWidget(row);
    }
}

}  // namespace onco
