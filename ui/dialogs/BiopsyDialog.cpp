#include "ui/dialogs/BiopsyDialog.h"

#include "ui/dialogs/ReceptorFields.h"
#include "ui/widgets/DateField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace onco {

namespace {

/** Sites offered for a biopsy (stored as site codes; any other text is kept as typed). */
void fillSites(QComboBox* box)
{
    const QString current = box->currentIndex() >= 0 ? box->currentData().toString() : box->currentText();
    box->clear();
    box->addItem(QString(), QString());
    for (const auto& e : enumEntries<Site>())
        box->addItem(QCoreApplication::translate("Enums", e.label), QString::fromLatin1(e.code));
    if (const int i = box->findData(current); i >= 0)
        box->setCurrentIndex(i);
    else
        box->setEditText(current);
}

}  // namespace

BiopsyDialog::BiopsyDialog(const Knowledge& knowledge, QDate today, const Biopsy& biopsy, QWidget* parent)
    : RecordDialog(knowledge, today, parent)
    , m_value(biopsy)
{
    setObjectName(QStringLiteral("BiopsyDialog"));
    QFormLayout* left = addColumn();
    m_date = new DateField(this);
    m_site = new QComboBox(this);
    m_site->setEditable(true);
    m_site->setInsertPolicy(QComboBox::NoInsert);
    m_note = new QLineEdit(this);
    m_labels << addField(left, QStringLiteral("date"), m_date) << addField(left, QStringLiteral("site"), m_site)
             << addField(left, QStringLiteral("note"), m_note);
    m_receptors = std::make_unique<ReceptorFields>(*this, addColumn());
    retranslateUi();
    m_date->setDate(biopsy.date);
    if (const int i = m_site->findData(biopsy.site); i >= 0 && !biopsy.site.isEmpty())
        m_site->setCurrentIndex(i);
    else
        m_site->setEditText(biopsy.site);
    m_note->setText(biopsy.note);
    m_receptors->set(biopsy.receptors);
    m_date->setFocus();
}

BiopsyDialog::~BiopsyDialog() = default;

QList<FieldError> BiopsyDialog::collect()
{
    QList<FieldError> errors;
    m_value.date = readDate(errors, QStringLiteral("date"), m_date);
    const QString text = m_site->currentText().trimmed();
    const int i = m_site->findText(text);
    m_value.site = i >= 0 ? m_site->itemData(i).toString() : text;
    m_value.note = m_note->text().trimmed();
    m_value.receptors = m_receptors->read(errors);
    errors += validator().check(m_value);
    return errors;
}

void BiopsyDialog::retranslateUi()
{
    setWindowTitle(m_value.id == 0 ? tr("New biopsy") : tr("Edit biopsy"));
    fillSites(m_site);
    const QStringList texts{tr("Biopsy &date *"), tr("Site"), tr("Note")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(texts[i]);
    m_receptors->retranslateUi();
}

}  // namespace onco
