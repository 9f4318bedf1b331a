#include "ui/dialogs/MedicationDialog.h"

#include "core/knowledge/Knowledge.h"
#include "ui/widgets/DateField.h"

#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace onco {

MedicationDialog::MedicationDialog(const Knowledge& knowledge, QDate today, const Medication& medication,
                                   QWidget* parent)
    : RecordDialog(knowledge, today, parent)
    , m_value(medication)
{
    setObjectName(QStringLiteral("MedicationDialog"));
    QFormLayout* form = addColumn();
    m_name = new QLineEdit(this);
    m_start = new DateField(this);
    m_end = new DateField(this);
    m_labels << addField(form, QStringLiteral("name"), m_name) << addField(form, QStringLiteral("start"), m_start)
             << addField(form, QStringLiteral("end"), m_end);
    setRecordErrorField(QStringLiteral("end"));
    QStringList names;
    for (const CypEntry& e : knowledge.cyp3a4())
        names << e.name << e.zh << e.aliases;
    names.removeAll(QString());
    auto* completer = new QCompleter(names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_name->setCompleter(completer);
    retranslateUi();
    m_name->setText(medication.name);
    m_start->setDate(medication.start);
    m_end->setDate(medication.end);
    m_name->setFocus();
}

QList<FieldError> MedicationDialog::collect()
{
    QList<FieldError> errors;
    m_value.name = m_name->text().simplified();
    m_value.start = readDate(errors, QStringLiteral("start"), m_start);
    m_value.end = readDate(errors, QStringLiteral("end"), m_end);
    errors += validator().check(m_value);
    return errors;
}

void MedicationDialog::retranslateUi()
{
    setWindowTitle(m_value.id == 0 ? tr("New concomitant medication") : tr("Edit concomitant medication"));
    const QStringList texts{tr("&Medication *"), tr("&Start *"), tr("&End")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(texts[i]);
    m_name->setPlaceholderText(tr("e.g. clarithromycin"));
    m_name->setToolTip(tr("Any medicine, as written; it is checked against the CYP3A4 list"));
}

}  // namespace onco
