#pragma once

#include "core/domain/TherapyLine.h"
#include "ui/dialogs/RecordDialog.h"

class QLineEdit;

namespace onco {

/** A concomitant (non-cancer) medication, free text, later matched against the CYP3A4 list. */
class MedicationDialog : public RecordDialog
{
    Q_OBJECT
public:
    MedicationDialog(const Knowledge& knowledge, QDate today, const Medication& medication, QWidget* parent = nullptr);

    Medication value() const { return m_value; }

protected:
    QList<FieldError> collect() override;
    void retranslateUi() override;

private:
    Medication m_value;
    QLineEdit* m_name = nullptr;
    DateField* m_start = nullptr;
    DateField* m_end = nullptr;
    QList<QLabel*> m_labels;
};

}  // namespace onco
