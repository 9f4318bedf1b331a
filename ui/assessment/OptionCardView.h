#pragma once

#include "ui/assessment/CardWidgets.h"

namespace onco {

class Knowledge;

/**
 * An oral SERD option card: status badge, jurisdiction with the approval and the knowledge version, "not approved
 * in this jurisdiction" and "approval unverified" said plainly, the criteria checklist (met / not met / unknown, each
 * linked to the record that decided it), flags in plain words and the evidence sentences with their source tags.
 */
class OptionCardView : public Card
{
    Q_OBJECT
public:
    explicit OptionCardView(QWidget* parent = nullptr);
    void present(const rules::OptionCard& card, const rules::Assessment& assessment, const PatientRecord& record,
                 const Knowledge& knowledge);
    Badge* badge() const { return m_badge; }
    const QString& drug() const { return m_drug; }

signals:
    void recordActivated(const rules::RecordRef& ref);

private:
    void showApproval(const rules::OptionCard& card, const rules::Assessment& assessment, const Knowledge& knowledge);
    void showCriteria(const rules::OptionCard& card, const PatientRecord& record, const Knowledge& knowledge);
    void showFlags(const rules::OptionCard& card, const PatientRecord& record, const Knowledge& knowledge);
    void showEvidence(const QStringList& ids, const Knowledge& knowledge);

    Badge* m_badge = nullptr;
    QString m_drug;
};

namespace cards {
/** The evidence sentences (with their source tags) of these knowledge ids in the UI language. */
QStringList evidenceTexts(const QStringList& ids, const Knowledge& knowledge);
}  // namespace cards

}  // namespace onco
