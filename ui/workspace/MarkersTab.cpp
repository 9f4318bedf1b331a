#include "ui/workspace/MarkersTab.h"

#include "core/knowledge/Knowledge.h"
#include "core/util/Dates.h"
#include "ui/widgets/Display.h"
#include "ui/workspace/RecordEditor.h"
#include "ui/workspace/RecordTable.h"

#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

namespace onco {

MarkersTab::MarkersTab(CaseService& service, RecordEditor& editor, QWidget* parent)
    : WorkspaceTab(service, editor, parent)
    , m_chartSlot(new QWidget(this))
    , m_table(new RecordTable(QStringLiteral("markers"), this))
{
    m_chartSlot->setObjectName(QStringLiteral("markerChartSlot"));
    m_chartLayout = new QVBoxLayout(m_chartSlot);
    m_chartLayout->setContentsMargins(0, 0, 0, 0);
    m_chartSlot->hide();
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chartSlot);
    splitter->addWidget(m_table);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    m_table->setStretchColumn(6);

    connect(m_table, &RecordTable::addRequested, this, [this] { this->editor().add<MarkerResult>(); });
    connect(m_table, &RecordTable::editRequested, this, [this](qint64 id) {
        if (const auto* m = find(record().markers, id))
            this->editor().edit(*m);
    });
    connect(m_table, &RecordTable::removeRequested, this, [this](qint64 id) {
        if (const auto* m = find(record().markers, id))
            this->editor().remove(*m);
    });
    retranslateUi();
}

void MarkersTab::setChartWidget(QWidget* chart)
{
    m_chartLayout->addWidget(chart);
    m_chartSlot->show();
}

void MarkersTab::refresh()
{
    QList<qint64> ids;
    QList<QList<RecordTable::Cell>> rows;
    for (const MarkerResult& m : record().markers) {
        const MarkerInfo* info = knowledge().marker(m.analyte);
        QString name = info ? info->label : m.analyte;
        if (info && display::chinese() && !info->zh.isEmpty())
            name = QStringLiteral("%1 %2").arg(info->label, info->zh);
        RecordTable::Cell ratio;
        if (m.uln && *m.uln > 0) {
            const double r = m.value / *m.uln;
            ratio = {QStringLiteral("%1×").arg(QLocale().toString(r, 'f', 1)), r,
                     r > 1 ? tr("Above the upper limit of normal") : tr("Within the upper limit of normal")};
        }
        ids << m.id;
        rows << QList<RecordTable::Cell>{{display::date(m.date), dates::toIso(m.date)},
                                         {name},
                                         {display::number(m.value), m.value},
                                         {m.unit},
                                         {m.uln ? display::number(*m.uln) : QString(), m.uln.value_or(0)},
                                         ratio,
                                         {m.assay}};
    }
    m_table->setRows(ids, rows);
}

void MarkersTab::retranslateUi()
{
    m_table->setTitle(tr("Tumour markers"));
    m_table->setHeaders({tr("Date"), tr("Marker"), tr("Value"), tr("Unit"), tr("ULN"), tr("× ULN"), tr("Assay")});
    m_table->setButtonTexts(tr("Add result…"), tr("Edit…"), tr("Delete"));
}

void MarkersTab::editableChanged()
{
    m_table->setEditable(editable());
}

}  // namespace onco
