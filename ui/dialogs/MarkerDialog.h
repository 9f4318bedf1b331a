#pragma once

#include "core/domain/Results.h"
#include "ui/dialogs/RecordDialog.h"

class QComboBox;
class QLineEdit;

namespace onco {

class NumberField;

/** A tumour-marker result with the lab's unit, upper limit of normal and assay (TM-1). Choosing a catalogue
 *  marker fills the unit and the site's default ULN (Settings). */
class MarkerDialog : public RecordDialog
{
    Q_OBJECT
public:
    MarkerDialog(const Knowledge& knowledge, QDate today, const MarkerResult& marker, QWidget* parent = nullptr);

    MarkerResult value() const { return m_value; }

protected:
    QList<FieldError> collect() override;
    void retranslateUi() override;

private:
    void analyteChosen();
    QString analyteCode() const;

    MarkerResult m_value;
    DateField* m_date = nullptr;
    QComboBox* m_analyte = nullptr;
    NumberField* m_result = nullptr;
    QLineEdit* m_unit = nullptr;
    NumberField* m_uln = nullptr;
    QLineEdit* m_assay = nullptr;
    QList<QLabel*> m_labels;
};

}  // namespace onco
