#include "ui/dialogs/TherapyLineDialog.h"

#include "core/clinical/CourseFacts.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/Display.h"
#include "ui/widgets/DrugListEdit.h"
#include "ui/widgets/EnumCombo.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace onco {

TherapyLineDialog::TherapyLineDialog(const Knowledge& knowledge, QDate today, const TherapyLine& line,
                                     const QList<TherapyLine>& patientLines, QWidget* parent)
    : RecordDialog(knowledge, today, parent)
    , m_value(line)
{
    setObjectName(QStringLiteral("TherapyLineDialog"));
    for (const TherapyLine& other : patientLines)
        if (other.id != line.id || line.id == 0)
            m_others << other;

    QFormLayout* left = addColumn();
    m_start = new DateField(this);
    m_end = new DateField(this);
    m_setting = new QComboBox(this);
    m_drugs = new DrugListEdit(knowledge, this);
    m_labels << addField(left, QStringLiteral("start"), m_start) << addField(left, QStringLiteral("end"), m_end)
             << addField(left, QStringLiteral("setting"), m_setting)
             << addField(left, QStringLiteral("drugs"), m_drugs);
    QFormLayout* right = addColumn();
    m_stop = new QComboBox(this);
    m_response = new QComboBox(this);
    m_override = new QSpinBox(this);
    m_override->setRange(0, 30);
    m_derived = new QLabel(this);
    m_derived->setObjectName(QStringLiteral("derivedNumber"));
    m_note = new QLineEdit(this);
    m_labels << addField(right, QStringLiteral("stop_reason"), m_stop)
             << addField(right, QStringLiteral("best_response"), m_response)
             << addField(right, QStringLiteral("line_number"), m_override) << addField(right, QString(), m_derived)
             << addField(right, QStringLiteral("note"), m_note);
    setRecordErrorField(QStringLiteral("end"));
    retranslateUi();

    m_start->setDate(line.start);
    m_end->setDate(line.end);
    setEnumValue(m_setting, line.setting);
    m_drugs->setDrugs(line.drugs);
    setEnumValue(m_stop, line.stopReason);
    setEnumValue(m_response, line.bestResponse);
    m_override->setValue(line.lineNumberOverride.value_or(0));
    m_note->setText(line.note);
    connect(m_drugs, &DrugListEdit::problem, this, [this](const QString& message) {
        showErrors({{QStringLiteral("drugs"), message}});
    });
    connect(m_drugs, &DrugListEdit::drugsChanged, this, &TherapyLineDialog::updateDerivedNumber);
    connect(m_start, &DateField::dateChanged, this, &TherapyLineDialog::updateDerivedNumber);
    connect(m_setting, &QComboBox::currentIndexChanged, this, &TherapyLineDialog::updateDerivedNumber);
    updateDerivedNumber();
    m_start->setFocus();
}

void TherapyLineDialog::updateDerivedNumber()
{
    TherapyLine probe = m_value;
    probe.start = m_start->date().isValid() ? m_start->date() : today();
    probe.setting = enumValue<Setting>(m_setting);
    probe.drugs = m_drugs->drugs();
    QList<TherapyLine> all = m_others;
    all << probe;
    const auto number = clinical::advancedLineNumbers(all, knowledge()).back();
    if (number)
        m_derived->setText(tr("Derived: %1").arg(display::lineNumber(*number)));
    else if (probe.setting == Setting::Advanced && !probe.drugs.isEmpty())
        m_derived->setText(tr("Derived: supportive (OFS or bone agent only), no number"));
    else
        m_derived->setText(tr("Derived: not an advanced line, no number"));
}

QList<FieldError> TherapyLineDialog::collect()
{
    QList<FieldError> errors;
    TherapyLine& t = m_value;
    t.start = readDate(errors, QStringLiteral("start"), m_start);
    t.end = readDate(errors, QStringLiteral("end"), m_end);
    t.setting = enumValue<Setting>(m_setting);
    if (const QString pending = m_drugs->pendingText(); !pending.isEmpty() && !m_drugs->addDrug(pending))
        errors.append({QStringLiteral("drugs"), tr("\"%1\" is not in the drug catalogue").arg(pending)});
    else
        m_drugs->input()->clear();
    t.drugs = m_drugs->drugs();
    t.stopReason = enumValue<StopReason>(m_stop);
    t.bestResponse = enumValue<BestResponse>(m_response);
    t.lineNumberOverride = m_override->value() > 0 ? std::optional<int>(m_override->value()) : std::nullopt;
    t.note = m_note->text().trimmed();
    if (t.stopReason != StopReason::Unrecorded && !t.end.isValid() && !m_end->hasInvalidText())
        errors.append({QStringLiteral("stop_reason"), tr("a line that has not ended has no stop reason yet")});
    errors += validator().check(t);
    return errors;
}

void TherapyLineDialog::retranslateUi()
{
    setWindowTitle(m_value.id == 0 ? tr("New therapy line") : tr("Edit therapy line"));
    fillEnumCombo<Setting>(m_setting, false);
    fillEnumCombo<StopReason>(m_stop);
    fillEnumCombo<BestResponse>(m_response);
    m_override->setSpecialValueText(tr("as derived"));
    const QStringList texts{tr("&Start *"),      tr("&End"),        tr("Se&tting"), tr("&Drugs *"), tr("Stop reason"),
                            tr("Best response"), tr("Line number"), QString(),      tr("Note")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(texts[i]);
    m_end->lineEdit()->setToolTip(tr("Leave empty while the line is ongoing"));
    updateDerivedNumber();
}

}  // namespace onco
