#pragma once

#include "core/services/CaseService.h"
#include "ui/dialogs/RecordDialog.h"

#include <functional>

class QComboBox;
class QLineEdit;

namespace onco {

/**
 * A patient's identity and the facts the rules read about her (menopausal status with its evidence, oophorectomy,
 * Child-Pugh, visceral crisis). On OK, a patient with the same MRN is an error at the MRN; one with the same name
 * and birth date is a warning shown above the fields: OK again saves anyway.
 */
class PatientDialog : public RecordDialog
{
    Q_OBJECT
public:
    using DuplicateCheck = std::function<QList<PatientListEntry>(const Patient&)>;

    PatientDialog(const Knowledge& knowledge, QDate today, const Patient& patient, DuplicateCheck duplicates,
                  QWidget* parent = nullptr);

    Patient value() const { return m_value; }

protected:
    QList<FieldError> collect() override;
    bool confirm() override;
    void retranslateUi() override;

private:
    void updatePinyin();

    Patient m_value;
    DuplicateCheck m_duplicates;
    QString m_acknowledged;  ///< the name + birth date whose duplicate warning was shown
    QLineEdit* m_mrn = nullptr;
    QLineEdit* m_outpatient = nullptr;
    QLineEdit* m_inpatient = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_pinyin = nullptr;
    QLineEdit* m_latin = nullptr;
    QComboBox* m_sex = nullptr;
    DateField* m_birth = nullptr;
    QLineEdit* m_idCard = nullptr;
    QLineEdit* m_phone = nullptr;
    QComboBox* m_menopausal = nullptr;
    QLineEdit* m_menopausalEvidence = nullptr;
    QComboBox* m_oophorectomy = nullptr;
    DateField* m_oophorectomyDate = nullptr;
    QComboBox* m_childPugh = nullptr;
    QComboBox* m_visceralCrisis = nullptr;
    QList<QLabel*> m_labels;
};

}  // namespace onco
