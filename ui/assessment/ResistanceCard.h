#pragma once

#include "ui/assessment/CardWidgets.h"

namespace onco {

class Knowledge;

/** The endocrine-resistance card: overall class with its deciding rule and the sentence naming the dates, the
 *  adjuvant and first-line attributes, flags and receptor flags in plain words, each linked to its records. */
class ResistanceCard : public Card
{
    Q_OBJECT
public:
    explicit ResistanceCard(QWidget* parent = nullptr);
    void present(const rules::Assessment& assessment, const PatientRecord& record, const Knowledge& knowledge);
    Badge* badge() const { return m_badge; }

signals:
    void recordActivated(const rules::RecordRef& ref);

private:
    void addAttribute(const QString& label, const rules::ResistanceAttribute& attribute, const PatientRecord& record,
                      const Knowledge& knowledge, const QString& objectName);
    void addNotes(const QString& heading, const QList<rules::Note>& notes, const PatientRecord& record,
                  const Knowledge& knowledge, const QString& objectName);

    Badge* m_badge = nullptr;
    QString m_decidingRule;
};

/** The class in a few words for a badge ("Secondary resistance" …). */
QString resistanceBadgeText(rules::Resistance value);

}  // namespace onco
