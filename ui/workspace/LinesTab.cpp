#include "ui/workspace/LinesTab.h"

#include "core/clinical/CourseFacts.h"
#include "core/knowledge/Knowledge.h"
#include "core/util/Dates.h"
#include "ui/widgets/Display.h"
#include "ui/workspace/RecordEditor.h"
#include "ui/workspace/RecordTable.h"

#include <QSplitter>
#include <QVBoxLayout>

namespace onco {

namespace {

QString cypEffect(CypEffect effect)
{
    switch (effect) {
    case CypEffect::StrongInhibitor:
        return LinesTab::tr("strong CYP3A4 inhibitor");
    case CypEffect::ModerateInhibitor:
        return LinesTab::tr("moderate CYP3A4 inhibitor");
    case CypEffect::StrongInducer:
        return LinesTab::tr("strong CYP3A4 inducer");
    case CypEffect::ModerateInducer:
        return LinesTab::tr("moderate CYP3A4 inducer");
    }
    return {};
}

}  // namespace

LinesTab::LinesTab(CaseService& service, RecordEditor& editor, QWidget* parent)
    : WorkspaceTab(service, editor, parent)
    , m_lines(new RecordTable(QStringLiteral("lines"), this))
    , m_medications(new RecordTable(QStringLiteral("medications"), this))
{
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_lines);
    splitter->addWidget(m_medications);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    m_lines->setStretchColumn(2);
    m_lines->setDefaultSort(3);  // by start
    m_medications->setStretchColumn(3);

    connect(m_lines, &RecordTable::addRequested, this, [this] { this->editor().add<TherapyLine>(); });
    connect(m_lines, &RecordTable::editRequested, this, [this](qint64 id) {
        if (const auto* t = find(record().therapies, id))
            this->editor().edit(*t);
    });
    connect(m_lines, &RecordTable::removeRequested, this, [this](qint64 id) {
        if (const auto* t = find(record().therapies, id))
            this->editor().remove(*t);
    });
    connect(m_medications, &RecordTable::addRequested, this, [this] { this->editor().add<Medication>(); });
    connect(m_medications, &RecordTable::editRequested, this, [this](qint64 id) {
        if (const auto* m = find(record().medications, id))
            this->editor().edit(*m);
    });
    connect(m_medications, &RecordTable::removeRequested, this, [this](qint64 id) {
        if (const auto* m = find(record().medications, id))
            this->editor().remove(*m);
    });
    retranslateUi();
}

void LinesTab::refresh()
{
    const QList<TherapyLine>& lines = record().therapies;
    const auto numbers = clinical::advancedLineNumbers(lines, knowledge());
    QList<qint64> ids;
    QList<QList<RecordTable::Cell>> rows;
    for (int i = 0; i < lines.size(); ++i) {
        const TherapyLine& t = lines[i];
        // Only advanced lines carry a line label; the setting column says adjuvant or neoadjuvant.
        QString label = t.setting == Setting::Advanced ? display::lineLabel(t, numbers[i]) : QStringLiteral("—");
        if (t.lineNumberOverride && t.lineNumberOverride != numbers[i])
            label = tr("%1 (clinician: %2)").arg(label, display::lineNumber(*t.lineNumberOverride));
        const bool ongoing = !t.end.isValid() || t.end > today();
        const int onTreatment = t.start.daysTo(ongoing ? today() : t.end);
        const QDate pd = clinical::progressionOnLine(t, record().events, today());
        RecordTable::Cell pfi;
        if (pd.isValid())
            pfi = {display::months(t.start.daysTo(pd)), t.start.daysTo(pd),
                   tr("Progression on %1").arg(display::date(pd))};
        else if (ongoing)
            pfi = {tr("≥ %1").arg(display::months(onTreatment)), onTreatment, tr("No progression yet")};
        else
            pfi = {QStringLiteral("—"), QVariant(), tr("No progression recorded on this line")};
        ids << t.id;
        rows << QList<RecordTable::Cell>{
            {label, numbers[i] ? QVariant(*numbers[i]) : QVariant(0)},
            {displayName(t.setting)},
            {display::drugs(t.drugs, knowledge())},
            {display::date(t.start), dates::toIso(t.start)},
            {ongoing ? tr("ongoing") : display::date(t.end), dates::toIso(t.end)},
            {display::months(onTreatment), onTreatment,
             ongoing ? tr("On treatment for %1 so far").arg(display::months(onTreatment)) : QString()},
            pfi,
            {t.stopReason == StopReason::Unrecorded ? QString() : displayName(t.stopReason)},
            {t.bestResponse == BestResponse::Unrecorded ? QString() : displayName(t.bestResponse)},
        };
    }
    // The current line (active today) stands out.
    const int current = clinical::currentLineIndex(lines, knowledge(), today());
    m_lines->setHighlightedId(current >= 0 ? lines[current].id : 0);
    m_lines->setRows(ids, rows);

    ids.clear();
    rows.clear();
    for (const Medication& m : record().medications) {
        QStringList matches;
        for (const CypEntry* e : knowledge().matchCyp3a4(m.name))
            matches << QStringLiteral("%1 (%2)").arg(cypEffect(e->effect),
                                                     display::chinese() && !e->zh.isEmpty() ? e->zh : e->name);
        ids << m.id;
        rows << QList<RecordTable::Cell>{{m.name},
                                         {display::date(m.start), dates::toIso(m.start)},
                                         {m.end.isValid() ? display::date(m.end) : tr("ongoing"), dates::toIso(m.end)},
                                         {matches.join(QStringLiteral("; "))}};
    }
    m_medications->setRows(ids, rows);
}

void LinesTab::retranslateUi()
{
    m_lines->setTitle(tr("Lines of therapy"));
    m_lines->setHeaders({tr("Line"), tr("Setting"), tr("Drugs"), tr("Start"), tr("End"), tr("Duration"),
                         tr("Progression-free"), tr("Stop reason"), tr("Best response")});
    m_lines->setButtonTexts(tr("Add line…"), tr("Edit…"), tr("Delete"));
    m_medications->setTitle(tr("Concomitant medications"));
    m_medications->setHeaders({tr("Medication"), tr("Start"), tr("End"), tr("CYP3A4 list")});
    m_medications->setButtonTexts(tr("Add medication…"), tr("Edit…"), tr("Delete"));
}

void LinesTab::editableChanged()
{
    m_lines->setEditable(editable());
    m_medications->setEditable(editable());
}

}  // namespace onco
