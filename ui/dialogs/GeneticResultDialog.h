#pragma once

#include "core/domain/Results.h"
#include "ui/dialogs/RecordDialog.h"

class QComboBox;
class QLineEdit;

namespace onco {

class NumberField;

/** A genetic test result for one gene; the date is the specimen collection date (§4.1). */
class GeneticResultDialog : public RecordDialog
{
    Q_OBJECT
public:
    GeneticResultDialog(const Knowledge& knowledge, QDate today, const GeneticResult& result,
                        QWidget* parent = nullptr);

    GeneticResult value() const { return m_value; }

protected:
    QList<FieldError> collect() override;
    void retranslateUi() override;

private:
    GeneticResult m_value;
    DateField* m_date = nullptr;
    QComboBox* m_gene = nullptr;
    QLineEdit* m_variant = nullptr;
    QComboBox* m_result = nullptr;
    QComboBox* m_specimen = nullptr;
    QComboBox* m_origin = nullptr;
    NumberField* m_vaf = nullptr;
    QLineEdit* m_assay = nullptr;
    QList<QLabel*> m_labels;
};

}  // namespace onco
