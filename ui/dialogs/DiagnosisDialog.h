#pragma once

#include "core/domain/Diagnosis.h"
#include "ui/dialogs/RecordDialog.h"

#include <memory>

class QComboBox;

namespace onco {

class ReceptorFields;

/** The primary breast cancer: date, laterality, histology, grade, TNM (AJCC 8) and stage, receptors. */
class DiagnosisDialog : public RecordDialog
{
    Q_OBJECT
public:
    DiagnosisDialog(const Knowledge& knowledge, QDate today, const Diagnosis& diagnosis, QWidget* parent = nullptr);
    ~DiagnosisDialog() override;

    Diagnosis value() const { return m_value; }

protected:
    QList<FieldError> collect() override;
    void retranslateUi() override;

private:
    Diagnosis m_value;
    DateField* m_date = nullptr;
    QComboBox* m_laterality = nullptr;
    QComboBox* m_histology = nullptr;
    QComboBox* m_grade = nullptr;
    QComboBox* m_t = nullptr;
    QComboBox* m_n = nullptr;
    QComboBox* m_m = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_deNovo = nullptr;
    std::unique_ptr<ReceptorFields> m_receptors;
    QList<QLabel*> m_labels;
};

}  // namespace onco
