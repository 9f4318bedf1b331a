#include "ui/dialogs/SettingsDialog.h"

#include "core/knowledge/Knowledge.h"
#include "core/settings/AppSettings.h"
#include "core/util/UserName.h"
#include "ui/widgets/Display.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/NumberField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace onco {

SettingsDialog::SettingsDialog(const Knowledge& knowledge, QWidget* parent)
    : RecordDialog(knowledge, QDate::currentDate(), parent)
{
    setObjectName(QStringLiteral("SettingsDialog"));
    QFormLayout* general = addColumn();
    m_jurisdiction = new QComboBox(this);
    m_jurisdictionNote = new QLabel(this);
    m_jurisdictionNote->setWordWrap(true);
    m_jurisdictionNote->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 28);
    m_hospital = new QLineEdit(this);
    m_user = new QLineEdit(this);
    m_lockMinutes = new QSpinBox(this);
    m_lockMinutes->setRange(1, 240);
    m_labels << addField(general, QStringLiteral("jurisdiction"), m_jurisdiction)
             << addField(general, QString(), m_jurisdictionNote)
             << addField(general, QStringLiteral("hospital_name"), m_hospital)
             << addField(general, QStringLiteral("user_name"), m_user)
             << addField(general, QStringLiteral("auto_lock_minutes"), m_lockMinutes);

    QFormLayout* markers = addColumn();
    m_markersTitle = new QLabel(this);
    QFont bold = m_markersTitle->font();
    bold.setBold(true);
    m_markersTitle->setFont(bold);
    markers->addRow(m_markersTitle);
    for (const MarkerInfo& info : knowledge.markers()) {
        auto* field = new NumberField(this);
        m_ulnLabels << addField(markers, QStringLiteral("uln_") + info.analyte, field);
        m_ulns.append({info.analyte, field});
        field->setValue(settings::markerUln(info.analyte, knowledge));
    }
    retranslateUi();
    setEnumValue(m_jurisdiction, settings::jurisdiction());
    m_hospital->setText(settings::hospitalName());
    m_user->setText(settings::userDisplayName());
    m_lockMinutes->setValue(settings::autoLockMinutes());
    connect(m_jurisdiction, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateJurisdictionNote);
    updateJurisdictionNote();
    m_jurisdiction->setFocus();
}

QString SettingsDialog::userName() const
{
    return currentUserName();
}

void SettingsDialog::updateJurisdictionNote()
{
    QString note = tr("Oral SERD options are assessed against the approvals of this jurisdiction. A case file may "
                      "name its own, and the command line can override both.");
    if (enumValue<Jurisdiction>(m_jurisdiction) == Jurisdiction::Hk)
        note += QLatin1Char(' ') +
                tr("HK covers Hong Kong and also the mainland hospitals designated under the Greater Bay Area "
                   "\"Hong Kong and Macau Drug and Medical Device Connect\" policy, which may use drugs "
                   "registered in Hong Kong.");
    m_jurisdictionNote->setText(note);
}

QList<FieldError> SettingsDialog::collect()
{
    QList<FieldError> errors;
    m_ulnValues.clear();
    for (const auto& [analyte, field] : std::as_const(m_ulns)) {
        const QString key = QStringLiteral("uln_") + analyte;
        const auto value = readNumber(errors, key, field);
        if (value && *value <= 0)
            errors.append({key, tr("the upper limit of normal must be more than 0")});
        m_ulnValues << value;
    }
    return errors;
}

bool SettingsDialog::confirm()
{
    settings::setJurisdiction(enumValue<Jurisdiction>(m_jurisdiction));
    settings::setHospitalName(m_hospital->text());
    settings::setUserDisplayName(m_user->text());
    settings::setAutoLockMinutes(m_lockMinutes->value());
    for (int i = 0; i < m_ulns.size(); ++i)
        settings::setMarkerUln(m_ulns[i].first, m_ulnValues.value(i), knowledge());
    return true;
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    fillEnumCombo<Jurisdiction>(m_jurisdiction, false);
    const QStringList texts{tr("Default &jurisdiction"), QString(), tr("&Hospital name (printing)"),
                            tr("Your &name (audit trail)"), tr("&Lock after (idle)")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(texts[i]);
    m_user->setPlaceholderText(tr("empty: the login name (%1)").arg(loginName()));
    // Empty, the printed summary has no hospital line: say what to type (issue 14).
    m_hospital->setPlaceholderText(tr("heads every printed summary"));
    m_lockMinutes->setSuffix(tr(" min"));
    m_lockMinutes->setToolTip(tr("Where the database has user accounts, the window hides patient data after this "
                                 "many minutes without use (from the next start)."));
    m_markersTitle->setText(tr("Upper limits of normal (site defaults)"));
    for (int i = 0; i < m_ulns.size(); ++i) {
        const MarkerInfo* info = knowledge().marker(m_ulns[i].first);
        m_ulnLabels[i]->setText(tr("%1 ULN (%2)").arg(info->label, info->unit));
        m_ulns[i].second->setToolTip(
            tr("Catalogue default: %1 %2 (empty restores it)").arg(display::number(info->uln), info->unit));
    }
    updateJurisdictionNote();
}

}  // namespace onco
