#include "ui/workspace/HistoryTab.h"

#include "core/clinical/CourseFacts.h"
#include "core/util/Dates.h"
#include "ui/widgets/Display.h"
#include "ui/workspace/RecordEditor.h"
#include "ui/workspace/RecordTable.h"

#include <QSplitter>
#include <QVBoxLayout>

namespace onco {

HistoryTab::HistoryTab(CaseService& service, RecordEditor& editor, QWidget* parent)
    : WorkspaceTab(service, editor, parent)
    , m_events(new RecordTable(QStringLiteral("events"), this))
    , m_biopsies(new RecordTable(QStringLiteral("biopsies"), this))
{
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_events);
    splitter->addWidget(m_biopsies);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    m_events->setStretchColumn(5);
    m_biopsies->setStretchColumn(6);

    connect(m_events, &RecordTable::addRequested, this, [this] { this->editor().add<DiseaseEvent>(); });
    connect(m_events, &RecordTable::editRequested, this, [this](qint64 id) {
        if (const auto* e = find(record().events, id))
            this->editor().edit(*e);
    });
    connect(m_events, &RecordTable::removeRequested, this, [this](qint64 id) {
        if (const auto* e = find(record().events, id))
            this->editor().remove(*e);
    });
    connect(m_biopsies, &RecordTable::addRequested, this, [this] { this->editor().add<Biopsy>(); });
    connect(m_biopsies, &RecordTable::editRequested, this, [this](qint64 id) {
        if (const auto* b = find(record().biopsies, id))
            this->editor().edit(*b);
    });
    connect(m_biopsies, &RecordTable::removeRequested, this, [this](qint64 id) {
        if (const auto* b = find(record().biopsies, id))
            this->editor().remove(*b);
    });
    retranslateUi();
}

void HistoryTab::refresh()
{
    QList<qint64> ids;
    QList<QList<RecordTable::Cell>> rows;
    for (const DiseaseEvent& e : record().events) {
        QString evidence = e.evidence == Evidence::Unrecorded ? QString() : displayName(e.evidence);
        if (e.type == EventType::Progression && !clinical::isProgressionEvent(e))
            evidence += tr(" (not counted as progression, TM-6)");
        ids << e.id;
        rows << QList<RecordTable::Cell>{{display::date(e.date), dates::toIso(e.date)},
                                         {displayName(e.type)},
                                         {e.extent == Extent::Unrecorded ? QString() : displayName(e.extent)},
                                         {display::sites(e.sites)},
                                         {evidence},
                                         {e.note}};
    }
    m_events->setRows(ids, rows);

    ids.clear();
    rows.clear();
    for (const Biopsy& b : record().biopsies) {
        ids << b.id;
        rows << QList<RecordTable::Cell>{{display::date(b.date), dates::toIso(b.date)},
                                         {display::site(b.site)},
                                         {display::receptor(b.receptors.er, b.receptors.erPercent)},
                                         {display::receptor(b.receptors.pr, b.receptors.prPercent)},
                                         {display::her2(b.receptors)},
                                         {display::percent(b.receptors.ki67Percent)},
                                         {b.note}};
    }
    m_biopsies->setRows(ids, rows);
}

void HistoryTab::retranslateUi()
{
    m_events->setTitle(tr("Disease events"));
    m_events->setHeaders({tr("Date"), tr("Event"), tr("Extent"), tr("Sites"), tr("Evidence"), tr("Note")});
    m_events->setButtonTexts(tr("Add event…"), tr("Edit…"), tr("Delete"));
    m_biopsies->setTitle(tr("Biopsies of recurrence or metastasis"));
    m_biopsies->setHeaders({tr("Date"), tr("Site"), tr("ER"), tr("PR"), tr("HER2"), tr("Ki-67"), tr("Note")});
    m_biopsies->setButtonTexts(tr("Add biopsy…"), tr("Edit…"), tr("Delete"));
}

void HistoryTab::editableChanged()
{
    m_events->setEditable(editable());
    m_biopsies->setEditable(editable());
}

}  // namespace onco
