#include "ui/dialogs/MarkerDialog.h"

#include "core/knowledge/Knowledge.h"
#include "core/settings/AppSettings.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/Display.h"
#include "ui/widgets/NumberField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace onco {

MarkerDialog::MarkerDialog(const Knowledge& knowledge, QDate today, const MarkerResult& marker, QWidget* parent)
    : RecordDialog(knowledge, today, parent)
    , m_value(marker)
{
    setObjectName(QStringLiteral("MarkerDialog"));
    QFormLayout* form = addColumn();
    m_date = new DateField(this);
    m_analyte = new QComboBox(this);
    m_analyte->setEditable(true);
    m_analyte->setInsertPolicy(QComboBox::NoInsert);
    m_result = new NumberField(this);
    m_unit = new QLineEdit(this);
    m_uln = new NumberField(this);
    m_assay = new QLineEdit(this);
    m_labels << addField(form, QStringLiteral("date"), m_date) << addField(form, QStringLiteral("analyte"), m_analyte)
             << addField(form, QStringLiteral("value"), m_result) << addField(form, QStringLiteral("unit"), m_unit)
             << addField(form, QStringLiteral("uln"), m_uln) << addField(form, QStringLiteral("assay"), m_assay);
    retranslateUi();

    m_date->setDate(marker.date);
    if (const MarkerInfo* info = knowledge.marker(marker.analyte))
        m_analyte->setCurrentIndex(m_analyte->findData(info->analyte));
    else if (marker.analyte.isEmpty())
        m_analyte->setCurrentIndex(0);  // a new result: the first catalogue marker (CA 15-3)
    else
        m_analyte->setEditText(marker.analyte);
    if (marker.id != 0 || marker.value != 0)
        m_result->setValue(marker.value);
    m_unit->setText(marker.unit);
    m_uln->setValue(marker.uln);
    m_assay->setText(marker.assay);
    if (marker.id == 0 && marker.unit.isEmpty())
        analyteChosen();
    connect(m_analyte, &QComboBox::currentIndexChanged, this, &MarkerDialog::analyteChosen);
    m_date->setFocus();
}

QString MarkerDialog::analyteCode() const
{
    const QString text = m_analyte->currentText().trimmed();
    const int i = m_analyte->findText(text);
    if (i >= 0)
        return m_analyte->itemData(i).toString();
    const MarkerInfo* info = knowledge().marker(text);
    return info ? info->analyte : text;
}

void MarkerDialog::analyteChosen()
{
    const MarkerInfo* info = knowledge().marker(analyteCode());
    if (!info)
        return;
    m_unit->setText(info->unit);
    m_uln->setValue(settings::markerUln(info->analyte, knowledge()));
}

QList<FieldError> MarkerDialog::collect()
{
    QList<FieldError> errors;
    MarkerResult& m = m_value;
    m.date = readDate(errors, QStringLiteral("date"), m_date);
    m.analyte = analyteCode();
    const auto value = readNumber(errors, QStringLiteral("value"), m_result);
    if (!value && !m_result->hasInvalidText())
        errors.append({QStringLiteral("value"), tr("a value is required")});
    m.value = value.value_or(0);
    m.unit = m_unit->text().trimmed();
    m.uln = readNumber(errors, QStringLiteral("uln"), m_uln);
    m.assay = m_assay->text().trimmed();
    errors += validator().check(m);
    return errors;
}

void MarkerDialog::retranslateUi()
{
    setWindowTitle(m_value.id == 0 ? tr("New marker result") : tr("Edit marker result"));
    const QString current = analyteCode();
    m_analyte->clear();
    for (const MarkerInfo& info : knowledge().markers())
        m_analyte->addItem(display::chinese() && !info.zh.isEmpty() ? QStringLiteral("%1 %2").arg(info.label, info.zh)
                                                                    : info.label,
                           info.analyte);
    if (const int i = m_analyte->findData(current); i >= 0)
        m_analyte->setCurrentIndex(i);
    else
        m_analyte->setEditText(current);
    const QStringList texts{tr("&Date *"), tr("&Marker *"),         tr("&Value *"),
                            tr("Unit"),    tr("Upper limit (ULN)"), tr("Assay")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(texts[i]);
    m_assay->setPlaceholderText(tr("e.g. Roche Elecsys"));
}

}  // namespace onco
