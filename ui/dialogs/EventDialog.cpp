#include "ui/dialogs/EventDialog.h"

#include "ui/widgets/DateField.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/SiteChecks.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace onco {

EventDialog::EventDialog(const Knowledge& knowledge, QDate today, const DiseaseEvent& event, QWidget* parent)
    : RecordDialog(knowledge, today, parent)
    , m_value(event)
{
    setObjectName(QStringLiteral("EventDialog"));
    QFormLayout* form = addColumn();
    m_date = new DateField(this);
    m_type = new QComboBox(this);
    m_extent = new QComboBox(this);
    m_sites = new SiteChecks(this);
    m_evidence = new QComboBox(this);
    m_note = new QLineEdit(this);
    m_labels << addField(form, QStringLiteral("date"), m_date) << addField(form, QStringLiteral("type"), m_type)
             << addField(form, QStringLiteral("extent"), m_extent) << addField(form, QStringLiteral("sites"), m_sites)
             << addField(form, QStringLiteral("evidence"), m_evidence)
             << addField(form, QStringLiteral("note"), m_note);
    retranslateUi();
    m_date->setDate(event.date);
    setEnumValue(m_type, event.type);
    setEnumValue(m_extent, event.extent);
    m_sites->setSites(event.sites);
    setEnumValue(m_evidence, event.evidence);
    m_note->setText(event.note);
    connect(m_type, &QComboBox::currentIndexChanged, this, &EventDialog::updateEnabled);
    updateEnabled();
    m_date->setFocus();
}

void EventDialog::updateEnabled()
{
    const EventType type = enumValue<EventType>(m_type);
    m_extent->setEnabled(type == EventType::Recurrence);
    m_evidence->setEnabled(type == EventType::Progression);
}

QList<FieldError> EventDialog::collect()
{
    QList<FieldError> errors;
    DiseaseEvent& e = m_value;
    e.date = readDate(errors, QStringLiteral("date"), m_date);
    e.type = enumValue<EventType>(m_type);
    e.extent = e.type == EventType::Recurrence ? enumValue<Extent>(m_extent) : Extent::Unrecorded;
    e.sites = m_sites->sites();
    e.evidence = e.type == EventType::Progression ? enumValue<Evidence>(m_evidence) : Evidence::Unrecorded;
    e.note = m_note->text().trimmed();
    errors += validator().check(e);
    return errors;
}

void EventDialog::retranslateUi()
{
    setWindowTitle(m_value.id == 0 ? tr("New event") : tr("Edit event"));
    fillEnumCombo<EventType>(m_type);
    fillEnumCombo<Extent>(m_extent);
    fillEnumCombo<Evidence>(m_evidence);
    const QStringList texts{tr("&Date *"), tr("&Type"), tr("Extent"), tr("Sites"), tr("Evidence"), tr("Note")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(texts[i]);
    m_evidence->setToolTip(tr("A progression on tumour-marker evidence alone does not count as a progression "
                              "for the rules (TM-6)."));
}

}  // namespace onco
