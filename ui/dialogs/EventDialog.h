#pragma once

#include "core/domain/DiseaseEvent.h"
#include "ui/dialogs/RecordDialog.h"

class QComboBox;
class QLineEdit;

namespace onco {

class SiteChecks;

/** A dated event of the disease course. Extent applies to a recurrence, evidence to a progression. */
class EventDialog : public RecordDialog
{
    Q_OBJECT
public:
    EventDialog(const Knowledge& knowledge, QDate today, const DiseaseEvent& event, QWidget* parent = nullptr);

    DiseaseEvent value() const { return m_value; }

protected:
    QList<FieldError> collect() override;
    void retranslateUi() override;

private:
    void updateEnabled();

    DiseaseEvent m_value;
    DateField* m_date = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_extent = nullptr;
    SiteChecks* m_sites = nullptr;
    QComboBox* m_evidence = nullptr;
    QLineEdit* m_note = nullptr;
    QList<QLabel*> m_labels;
};

}  // namespace onco
