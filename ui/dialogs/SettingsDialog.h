#pragma once

#include "ui/dialogs/RecordDialog.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace onco {

class NumberField;

/**
 * The program's settings: default jurisdiction of the assessment (rules/jurisdiction), hospital name for printing
 * (print/hospitalName), the site's marker ULN defaults (markers/uln/<analyte>) and the user's display name for the
 * audit trail (user/displayName). Saved on OK.
 */
class SettingsDialog : public RecordDialog
{
    Q_OBJECT
public:
    SettingsDialog(const Knowledge& knowledge, QWidget* parent = nullptr);

    /** The user name the audit trail should use now (the display name, else the login name). */
    QString userName() const;

protected:
    QList<FieldError> collect() override;
    void retranslateUi() override;
    bool confirm() override;

private:
    void updateJurisdictionNote();

    QComboBox* m_jurisdiction = nullptr;
    QLabel* m_jurisdictionNote = nullptr;
    QLabel* m_markersTitle = nullptr;
    QLineEdit* m_hospital = nullptr;
    QLineEdit* m_user = nullptr;
    QSpinBox* m_lockMinutes = nullptr;
    QList<QPair<QString, NumberField*>> m_ulns;
    QList<std::optional<double>> m_ulnValues;
    QList<QLabel*> m_labels;
    QList<QLabel*> m_ulnLabels;
};

}  // namespace onco
