#pragma once

#include "core/domain/Receptors.h"
#include "core/validation/Validation.h"

#include <QList>

class QComboBox;
class QFormLayout;
class QLabel;

namespace onco {

class NumberField;
class RecordDialog;

/** The receptor rows of the diagnosis and biopsy dialogs: ER and PR (category and %), HER2 IHC and ISH, Ki-67. */
class ReceptorFields
{
public:
    ReceptorFields(RecordDialog& dialog, QFormLayout* form);

    void set(const Receptors& r);
    Receptors read(QList<FieldError>& errors) const;
    void retranslateUi();

private:
    RecordDialog& m_dialog;
    QComboBox* m_er = nullptr;
    NumberField* m_erPercent = nullptr;
    QComboBox* m_pr = nullptr;
    NumberField* m_prPercent = nullptr;
    QComboBox* m_her2Ihc = nullptr;
    QComboBox* m_her2Ish = nullptr;
    NumberField* m_ki67 = nullptr;
    QList<QLabel*> m_labels;
};

}  // namespace onco
