#include "ui/dialogs/ReceptorFields.h"

#include "ui/dialogs/RecordDialog.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/NumberField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace onco {

ReceptorFields::ReceptorFields(RecordDialog& dialog, QFormLayout* form)
    : m_dialog(dialog)
    , m_er(new QComboBox(&dialog))
    , m_erPercent(new NumberField(&dialog))
    , m_pr(new QComboBox(&dialog))
    , m_prPercent(new NumberField(&dialog))
    , m_her2Ihc(new QComboBox(&dialog))
    , m_her2Ish(new QComboBox(&dialog))
    , m_ki67(new NumberField(&dialog))
{
    m_labels << dialog.addField(form, QStringLiteral("er"), m_er)
             << dialog.addField(form, QStringLiteral("er_percent"), m_erPercent)
             << dialog.addField(form, QStringLiteral("pr"), m_pr)
             << dialog.addField(form, QStringLiteral("pr_percent"), m_prPercent)
             << dialog.addField(form, QStringLiteral("her2_ihc"), m_her2Ihc)
             << dialog.addField(form, QStringLiteral("her2_ish"), m_her2Ish)
             << dialog.addField(form, QStringLiteral("ki67_percent"), m_ki67);
    retranslateUi();
}

void ReceptorFields::set(const Receptors& r)
{
    setEnumValue(m_er, r.er);
    m_erPercent->setValue(r.erPercent);
    setEnumValue(m_pr, r.pr);
    m_prPercent->setValue(r.prPercent);
    setEnumValue(m_her2Ihc, r.her2Ihc);
    setEnumValue(m_her2Ish, r.her2Ish);
    m_ki67->setValue(r.ki67Percent);
}

Receptors ReceptorFields::read(QList<FieldError>& errors) const
{
    Receptors r;
    r.er = enumValue<ReceptorStatus>(m_er);
    r.erPercent = m_dialog.readNumber(errors, QStringLiteral("er_percent"), m_erPercent);
    r.pr = enumValue<ReceptorStatus>(m_pr);
    r.prPercent = m_dialog.readNumber(errors, QStringLiteral("pr_percent"), m_prPercent);
    r.her2Ihc = enumValue<Her2Ihc>(m_her2Ihc);
    r.her2Ish = enumValue<Her2Ish>(m_her2Ish);
    r.ki67Percent = m_dialog.readNumber(errors, QStringLiteral("ki67_percent"), m_ki67);
    return r;
}

void ReceptorFields::retranslateUi()
{
    fillEnumCombo<ReceptorStatus>(m_er);
    fillEnumCombo<ReceptorStatus>(m_pr);
    fillEnumCombo<Her2Ihc>(m_her2Ihc);
    fillEnumCombo<Her2Ish>(m_her2Ish);
    const QStringList texts{
        RecordDialog::tr("ER"),      RecordDialog::tr("ER %"),     RecordDialog::tr("PR"),
        RecordDialog::tr("PR %"),    RecordDialog::tr("HER2 IHC"), RecordDialog::tr("HER2 ISH"),
        RecordDialog::tr("Ki-67 %"),
    };
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(texts[i]);
}

}  // namespace onco
