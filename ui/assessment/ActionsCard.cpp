#include "ui/assessment/ActionsCard.h"

#include "ui/assessment/OptionCardView.h"

#include <QVBoxLayout>

namespace onco {

ActionsCard::ActionsCard(QWidget* parent)
    : Card(QStringLiteral("actionsCard"), parent)
{}

void ActionsCard::present(const LiveAssessment& live, const Knowledge& knowledge)
{
    using cards::Texts;
    clearBody();
    const rules::Assessment& a = live.assessment();
    const PatientRecord& record = live.record();
    auto open = [this](const rules::RecordRef& ref) { emit recordActivated(ref); };
    setTitle(Texts::tr("To do"));
    if (a.actions.isEmpty())
        body()->addWidget(
            cards::mutedLabel(Texts::tr("No testing or other action is due."), this, QStringLiteral("noActions")));
    for (const rules::Note& n : a.actions)
        body()->addWidget(cards::noteRow(cards::glyph(cards::actionTone(1), this), cards::codeText(n.code, knowledge),
                                         cards::withCode(cards::render(n.text, knowledge), n.code),
                                         cards::linkRow(n.records, record, knowledge, this, open), this,
                                         QStringLiteral("action_") + n.code));

    if (!a.info.isEmpty() || !live.markerRises().isEmpty()) {
        body()->addWidget(cards::heading(Texts::tr("Information"), this));
        for (const rules::Note& n : a.info)
            body()->addWidget(cards::noteRow(cards::glyph(cards::infoTone(), this), cards::codeText(n.code, knowledge),
                                             cards::withCode(cards::render(n.text, knowledge), n.code),
                                             cards::linkRow(n.records, record, knowledge, this, open), this,
                                             QStringLiteral("info_") + n.code));
        for (const MarkerRiseNote& m : live.markerRises())
            body()->addWidget(cards::noteRow(
                cards::glyph(cards::infoTone(), this), Texts::tr("Tumour-marker rise: %1").arg(m.analyte),
                cards::withCode(cards::render(m.correlate, knowledge), QStringLiteral("TM-6")), nullptr, this,
                QStringLiteral("markerRise")));
        if (!live.markerRises().isEmpty())
            body()->addWidget(cards::mutedLabel(cards::render(live.riseConvention(), knowledge), this,
                                                QStringLiteral("riseConvention")));
    }
    const QStringList evidence = cards::evidenceTexts(a.evidence, knowledge);
    if (!evidence.isEmpty()) {
        body()->addWidget(cards::heading(Texts::tr("Evidence"), this));
        for (const QString& t : evidence)
            body()->addWidget(cards::mutedLabel(t, this, QStringLiteral("evidence")));
    }
}

}  // namespace onco
