#pragma once

#include "core/domain/Diagnosis.h"
#include "ui/dialogs/RecordDialog.h"

#include <memory>

class QComboBox;
class QLineEdit;

namespace onco {

class ReceptorFields;

/** A later biopsy (of a recurrence or metastasis) with its own receptors. */
class BiopsyDialog : public RecordDialog
{
    Q_OBJECT
public:
    BiopsyDialog(const Knowledge& knowledge, QDate today, const Biopsy& biopsy, QWidget* parent = nullptr);
    ~BiopsyDialog() override;

    Biopsy value() const { return m_value; }

protected:
    QList<FieldError> collect() override;
    void retranslateUi() override;

private:
    Biopsy m_value;
    DateField* m_date = nullptr;
    QComboBox* m_site = nullptr;
    QLineEdit* m_note = nullptr;
    std::unique_ptr<ReceptorFields> m_receptors;
    QList<QLabel*> m_labels;
};

}  // namespace onco
