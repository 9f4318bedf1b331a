#pragma once

#include "core/domain/TherapyLine.h"
#include "ui/dialogs/RecordDialog.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace onco {

class DrugListEdit;

/**
 * One line of systemic therapy: dates, setting, drugs from the bilingual catalogue (or a regimen template),
 * stop reason, best response, and the clinician's line number when it differs from the derived one (shown live).
 */
class TherapyLineDialog : public RecordDialog
{
    Q_OBJECT
public:
    TherapyLineDialog(const Knowledge& knowledge, QDate today, const TherapyLine& line,
                      const QList<TherapyLine>& patientLines, QWidget* parent = nullptr);

    TherapyLine value() const { return m_value; }
    DrugListEdit* drugEdit() const { return m_drugs; }

protected:
    QList<FieldError> collect() override;
    void retranslateUi() override;

private:
    void updateDerivedNumber();

    TherapyLine m_value;
    QList<TherapyLine> m_others;
    DateField* m_start = nullptr;
    DateField* m_end = nullptr;
    QComboBox* m_setting = nullptr;
    DrugListEdit* m_drugs = nullptr;
    QComboBox* m_stop = nullptr;
    QComboBox* m_response = nullptr;
    QSpinBox* m_override = nullptr;
    QLabel* m_derived = nullptr;
    QLineEdit* m_note = nullptr;
    QList<QLabel*> m_labels;
};

}  // namespace onco
