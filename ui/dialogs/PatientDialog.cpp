#include "ui/dialogs/PatientDialog.h"

#include "core/domain/Pinyin.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/Display.h"
#include "ui/widgets/EnumCombo.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace onco {

PatientDialog::PatientDialog(const Knowledge& knowledge, QDate today, const Patient& patient, DuplicateCheck duplicates,
                             QWidget* parent)
    : RecordDialog(knowledge, today, parent)
    , m_value(patient)
    , m_duplicates(std::move(duplicates))
{
    setObjectName(QStringLiteral("PatientDialog"));
    QFormLayout* left = addColumn();
    m_mrn = new QLineEdit(this);
    m_outpatient = new QLineEdit(this);
    m_inpatient = new QLineEdit(this);
    m_name = new QLineEdit(this);
    m_pinyin = new QLabel(this);
    m_latin = new QLineEdit(this);
    m_sex = new QComboBox(this);
    m_birth = new DateField(this);
    m_idCard = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_labels << addField(left, QStringLiteral("mrn"), m_mrn)
             << addField(left, QStringLiteral("outpatient_number"), m_outpatient)
             << addField(left, QStringLiteral("inpatient_number"), m_inpatient)
             << addField(left, QStringLiteral("name"), m_name) << addField(left, QString(), m_pinyin)
             << addField(left, QStringLiteral("name_latin"), m_latin) << addField(left, QStringLiteral("sex"), m_sex)
             << addField(left, QStringLiteral("birth_date"), m_birth)
             << addField(left, QStringLiteral("id_card"), m_idCard) << addField(left, QStringLiteral("phone"), m_phone);

    QFormLayout* right = addColumn();
    m_menopausal = new QComboBox(this);
    m_menopausalEvidence = new QLineEdit(this);
    m_oophorectomy = new QComboBox(this);
    m_oophorectomyDate = new DateField(this);
    m_childPugh = new QComboBox(this);
    m_visceralCrisis = new QComboBox(this);
    m_labels << addField(right, QStringLiteral("menopausal_status"), m_menopausal)
             << addField(right, QStringLiteral("menopausal_evidence"), m_menopausalEvidence)
             << addField(right, QStringLiteral("bilateral_oophorectomy"), m_oophorectomy)
             << addField(right, QStringLiteral("bilateral_oophorectomy_date"), m_oophorectomyDate)
             << addField(right, QStringLiteral("child_pugh"), m_childPugh)
             << addField(right, QStringLiteral("visceral_crisis"), m_visceralCrisis);
    m_pinyin->setStyleSheet(QStringLiteral("color: palette(mid);"));
    connect(m_name, &QLineEdit::textChanged, this, &PatientDialog::updatePinyin);

    retranslateUi();
    m_mrn->setText(patient.mrn);
    m_outpatient->setText(patient.outpatientNumber);
    m_inpatient->setText(patient.inpatientNumber);
    m_name->setText(patient.name);
    m_latin->setText(patient.nameLatin);
    setEnumValue(m_sex, patient.sex);
    m_birth->setDate(patient.birthDate);
    m_idCard->setText(patient.idCard);
    m_phone->setText(patient.phone);
    setEnumValue(m_menopausal, patient.menopausalStatus);
    m_menopausalEvidence->setText(patient.menopausalEvidence);
    setYesNoValue(m_oophorectomy, patient.bilateralOophorectomy);
    m_oophorectomyDate->setDate(patient.bilateralOophorectomyDate);
    setEnumValue(m_childPugh, patient.childPugh);
    setYesNoValue(m_visceralCrisis, patient.visceralCrisis);
    updatePinyin();
    (patient.id == 0 ? m_mrn : m_name)->setFocus();
}

void PatientDialog::updatePinyin()
{
    const QString py = pinyin::fromHan(m_name->text().trimmed());
    m_pinyin->setText(py.isEmpty() ? QStringLiteral("—") : QStringLiteral("%1 · %2").arg(py, pinyin::initials(py)));
}

QList<FieldError> PatientDialog::collect()
{
    QList<FieldError> errors;
    Patient& p = m_value;
    p.mrn = m_mrn->text().trimmed();
    p.outpatientNumber = m_outpatient->text().trimmed();
    p.inpatientNumber = m_inpatient->text().trimmed();
    p.name = m_name->text().trimmed();
    p.nameLatin = m_latin->text().simplified();
    p.sex = enumValue<Sex>(m_sex);
    p.birthDate = readDate(errors, QStringLiteral("birth_date"), m_birth);
    p.idCard = m_idCard->text().trimmed().toUpper();
    p.phone = m_phone->text().trimmed();
    p.menopausalStatus = enumValue<MenopausalStatus>(m_menopausal);
    p.menopausalEvidence = m_menopausalEvidence->text().trimmed();
    p.bilateralOophorectomy = yesNoValue(m_oophorectomy);
    p.bilateralOophorectomyDate = readDate(errors, QStringLiteral("bilateral_oophorectomy_date"), m_oophorectomyDate);
    p.childPugh = enumValue<ChildPugh>(m_childPugh);
    p.visceralCrisis = yesNoValue(m_visceralCrisis);
    if (p.name.isEmpty() && p.nameLatin.isEmpty())
        errors.append({QStringLiteral("name"), tr("enter the Chinese or the Latin name")});
    if (p.bilateralOophorectomyDate.isValid() && p.bilateralOophorectomy == false)
        errors.append({QStringLiteral("bilateral_oophorectomy"), tr("a date is given, so the answer is yes")});
    errors += validator().check(p);
    return errors;
}

bool PatientDialog::confirm()
{
    if (!m_duplicates)
        return true;
    const QList<PatientListEntry> others = m_duplicates(m_value);
    QStringList similar;
    for (const PatientListEntry& e : others) {
        const QString who = QStringLiteral("%1 %2 (%3, %4)")
                                .arg(e.name, e.nameLatin, e.mrn,
                                     e.birthDate.isValid() ? display::date(e.birthDate) : tr("no birth date"))
                                .simplified();
        if (e.mrn.compare(m_value.mrn, Qt::CaseInsensitive) == 0) {
            showErrors({{QStringLiteral("mrn"), tr("this MRN is already used by %1").arg(who)}});
            return false;
        }
        similar << who.toHtmlEscaped();
    }
    const QString key = m_value.name + QLatin1Char('|') + m_value.nameLatin + QLatin1Char('|') +
                        m_value.birthDate.toString(Qt::ISODate);
    if (similar.isEmpty() || key == m_acknowledged)
        return true;
    m_acknowledged = key;
    setNotice(tr("<b>Possible duplicate.</b> A patient with the same name and birth date exists: %1.<br>"
                 "Check that this is a different person, then press OK again to save.")
                  .arg(similar.join(QStringLiteral("; "))));
    return false;
}

void PatientDialog::retranslateUi()
{
    setWindowTitle(m_value.id == 0 ? tr("New patient") : tr("Edit patient"));
    fillEnumCombo<Sex>(m_sex);
    fillEnumCombo<MenopausalStatus>(m_menopausal);
    fillYesNoCombo(m_oophorectomy);
    fillEnumCombo<ChildPugh>(m_childPugh);
    fillYesNoCombo(m_visceralCrisis);
    const QStringList texts{tr("&MRN *"),
                            tr("Outpatient no."),
                            tr("Inpatient no."),
                            tr("Chinese &name"),
                            tr("Pinyin"),
                            tr("&Latin name"),
                            tr("&Sex"),
                            tr("&Birth date"),
                            tr("ID card no."),
                            tr("Phone"),
                            tr("Menopausal s&tatus"),
                            tr("Evidence of status"),
                            tr("Bilateral oophorectomy"),
                            tr("Oophorectomy date"),
                            tr("Child-Pugh class"),
                            tr("Visceral crisis")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(texts[i]);
    m_menopausalEvidence->setPlaceholderText(tr("e.g. age, FSH/E2, amenorrhoea, on goserelin"));
}

}  // namespace onco
