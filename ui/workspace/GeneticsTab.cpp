#include "ui/workspace/GeneticsTab.h"

#include "core/clinical/CourseFacts.h"
#include "core/util/Dates.h"
#include "ui/widgets/Display.h"
#include "ui/workspace/RecordEditor.h"
#include "ui/workspace/RecordTable.h"

#include <QLabel>
#include <QVBoxLayout>

namespace onco {

GeneticsTab::GeneticsTab(CaseService& service, RecordEditor& editor, QWidget* parent)
    : WorkspaceTab(service, editor, parent)
    , m_progression(new QLabel(this))
    , m_table(new RecordTable(QStringLiteral("genetics"), this))
{
    m_progression->setObjectName(QStringLiteral("latestProgression"));
    m_progression->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progression);
    layout->addWidget(m_table, 1);
    m_table->setStretchColumn(8);
    connect(m_table, &RecordTable::addRequested, this, [this] { this->editor().add<GeneticResult>(); });
    connect(m_table, &RecordTable::editRequested, this, [this](qint64 id) {
        if (const auto* g = find(record().genomics, id))
            this->editor().edit(*g);
    });
    connect(m_table, &RecordTable::removeRequested, this, [this](qint64 id) {
        if (const auto* g = find(record().genomics, id))
            this->editor().remove(*g);
    });
    retranslateUi();
}

void GeneticsTab::refresh()
{
    const QDate latest = clinical::latestProgressionDate(record(), today());
    m_progression->setText(latest.isValid()
                               ? tr("Latest progression: %1. A result not detected before it is no longer current; "
                                    "a detected mutation stays valid.")
                                     .arg(display::date(latest))
                               : tr("No progression recorded: every result counts as current."));
    QList<qint64> ids;
    QList<QList<RecordTable::Cell>> rows;
    for (const GeneticResult& g : record().genomics) {
        const clinical::Currency currency = clinical::currencyOf(g, latest);
        ids << g.id;
        rows << QList<RecordTable::Cell>{
            {display::date(g.date), dates::toIso(g.date)},
            {g.gene},
            {g.variant},
            {displayName(g.result)},
            {g.specimen == Specimen::Unrecorded ? QString() : displayName(g.specimen)},
            {g.origin == Origin::Unrecorded ? displayName(Origin::Somatic) : displayName(g.origin)},
            {g.vafPercent ? display::percent(g.vafPercent) : QString(), g.vafPercent.value_or(-1)},
            {g.assay},
            {display::currency(currency, latest)},
        };
    }
    m_table->setRows(ids, rows);
}

void GeneticsTab::retranslateUi()
{
    m_table->setTitle(tr("Genetic results"));
    m_table->setHeaders({tr("Collected"), tr("Gene"), tr("Variant"), tr("Result"), tr("Specimen"), tr("Origin"),
                         tr("VAF"), tr("Assay"), tr("Currency")});
    m_table->setButtonTexts(tr("Add result…"), tr("Edit…"), tr("Delete"));
}

void GeneticsTab::editableChanged()
{
    m_table->setEditable(editable());
}

}  // namespace onco
