#include "ui/dialogs/GeneticResultDialog.h"

#include "ui/widgets/DateField.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/NumberField.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace onco {

GeneticResultDialog::GeneticResultDialog(const Knowledge& knowledge, QDate today, const GeneticResult& result,
                                         QWidget* parent)
    : RecordDialog(knowledge, today, parent)
    , m_value(result)
{
    setObjectName(QStringLiteral("GeneticResultDialog"));
    QFormLayout* form = addColumn();
    m_date = new DateField(this);
    m_gene = new QComboBox(this);
    m_gene->setEditable(true);
    m_gene->setInsertPolicy(QComboBox::NoInsert);
    m_gene->addItems({QStringLiteral("ESR1"), QStringLiteral("PIK3CA"), QStringLiteral("AKT1"), QStringLiteral("PTEN"),
                      QStringLiteral("BRCA1"), QStringLiteral("BRCA2"), QStringLiteral("PALB2"),
                      QStringLiteral("ERBB2"), QStringLiteral("TP53")});
    m_variant = new QLineEdit(this);
    m_result = new QComboBox(this);
    m_specimen = new QComboBox(this);
    m_origin = new QComboBox(this);
    m_vaf = new NumberField(this);
    m_assay = new QLineEdit(this);
    m_labels << addField(form, QStringLiteral("date"), m_date) << addField(form, QStringLiteral("gene"), m_gene)
             << addField(form, QStringLiteral("variant"), m_variant)
             << addField(form, QStringLiteral("result"), m_result)
             << addField(form, QStringLiteral("specimen"), m_specimen)
             << addField(form, QStringLiteral("origin"), m_origin)
             << addField(form, QStringLiteral("vaf_percent"), m_vaf)
             << addField(form, QStringLiteral("assay"), m_assay);
    retranslateUi();
    m_date->setDate(result.date);
    m_gene->setEditText(result.gene.isEmpty() ? QStringLiteral("ESR1") : result.gene);
    m_variant->setText(result.variant);
    if (result.id == 0)
        m_result->setCurrentIndex(-1);  // a new result: the clinician chooses, nothing is assumed
    else
        setEnumValue(m_result, result.result);
    setEnumValue(m_specimen, result.specimen);
    setEnumValue(m_origin, result.origin);
    m_vaf->setValue(result.vafPercent);
    m_assay->setText(result.assay);
    m_date->setFocus();
}

QList<FieldError> GeneticResultDialog::collect()
{
    QList<FieldError> errors;
    GeneticResult& g = m_value;
    g.date = readDate(errors, QStringLiteral("date"), m_date);
    g.gene = m_gene->currentText().trimmed().toUpper();
    g.variant = m_variant->text().trimmed();
    if (m_result->currentIndex() < 0)
        errors.append({QStringLiteral("result"), tr("choose the result")});
    g.result = enumValue<GeneticOutcome>(m_result);
    g.specimen = enumValue<Specimen>(m_specimen);
    g.origin = enumValue<Origin>(m_origin);
    g.vafPercent = readNumber(errors, QStringLiteral("vaf_percent"), m_vaf);
    g.assay = m_assay->text().trimmed();
    if (!g.variant.isEmpty() && g.result == GeneticOutcome::NotDetected)
        errors.append({QStringLiteral("variant"), tr("a variant is named, but the result is \"not detected\"")});
    errors += validator().check(g);
    return errors;
}

void GeneticResultDialog::retranslateUi()
{
    setWindowTitle(m_value.id == 0 ? tr("New genetic result") : tr("Edit genetic result"));
    const bool chosen = m_result->currentIndex() >= 0;
    fillEnumCombo<GeneticOutcome>(m_result, false);
    if (!chosen)
        m_result->setCurrentIndex(-1);
    m_result->setPlaceholderText(tr("choose…"));
    fillEnumCombo<Specimen>(m_specimen);
    fillEnumCombo<Origin>(m_origin);
    const QStringList texts{tr("&Collection date *"),
                            tr("&Gene *"),
                            tr("&Variant (HGVS p.)"),
                            tr("&Result"),
                            tr("Specimen"),
                            tr("Origin"),
                            tr("VAF %"),
                            tr("Assay")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(texts[i]);
    m_variant->setPlaceholderText(tr("e.g. p.D538G"));
    m_origin->setToolTip(tr("Not recorded counts as somatic"));
    m_assay->setPlaceholderText(tr("e.g. Guardant360 CDx"));
}

}  // namespace onco
