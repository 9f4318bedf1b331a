#include "ui/workspace/MarkersTab.h"

#include "core/analytics/MarkerAnalysis.h"
#include "core/analytics/MarkerSettings.h"
#include "core/knowledge/Knowledge.h"
#include "core/util/Dates.h"
#include "ui/widgets/Display.h"
#include "ui/workspace/RecordEditor.h"
#include "ui/workspace/RecordTable.h"

#include <QHash>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

#include <cmath>

namespace onco {

namespace {

enum Column { DateColumn, MarkerColumn, ValueColumn, UnitColumn, ChangeColumn, UlnColumn, RatioColumn, AssayColumn };

/** "+91 %", "−12 %", "0 %" (whole percent, a real minus sign). */
QString signedPercent(double percent)
{
    const double rounded = std::round(percent);
    const QString digits = QLocale().toString(std::abs(rounded), 'f', 0);
    const QString sign = rounded > 0 ? QStringLiteral("+") : rounded < 0 ? QString(QChar(0x2212)) : QString();
    return sign + digits + QStringLiteral(" %");
}

}  // namespace

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
    m_table->setStretchColumn(AssayColumn);
    m_table->setDefaultSort(DateColumn, Qt::DescendingOrder);  // the newest result first
    m_table->setRightAlignedColumns({ValueColumn, ChangeColumn, UlnColumn, RatioColumn});

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

QHash<int, RecordTable::Cell> MarkersTab::changeCells() const
{
    // Each result against the one before it of the same analyte (TM-1 series over every dated result; the ULNs
    // do not matter here). Results of another assay or unit are not compared (TM-3).
    QHash<int, RecordTable::Cell> cells;
    const analytics::MarkerSettings settings = analytics::MarkerSettings::fromKnowledge(knowledge());
    for (const QString& analyte : analytics::analytesOf(record(), knowledge(), QDate())) {
        const analytics::MarkerSeries series =
            analytics::markerSeries(record(), analyte, knowledge(), QDate(), settings);
        for (int i = 1; i < series.points.size(); ++i) {
            const MarkerResult& before = series.points.at(i - 1).result;
            const QString from =
                tr("From %1 %2 on %3")
                    .arg(display::number(before.value), before.unit.trimmed(), display::date(before.date))
                    .simplified();
            RecordTable::Cell cell;
            if (const auto change = analytics::changeFromPrevious(series, i)) {
                cell = {signedPercent(*change), *change, from};
            } else if (!analytics::comparableResults(series, i - 1, i)) {
                cell = {QString(), QVariant(),
                        tr("Not compared with the result before (%1): another assay or unit")
                            .arg(display::date(before.date))};
            }
            cells.insert(series.points.at(i).recordIndex, cell);
        }
    }
    return cells;
}

void MarkersTab::refresh()
{
    const QHash<int, RecordTable::Cell> changes = changeCells();
    QList<qint64> ids;
    QList<QList<RecordTable::Cell>> rows;
    for (int index = 0; index < record().markers.size(); ++index) {
        const MarkerResult& m = record().markers.at(index);
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
                                         changes.value(index),
                                         {m.uln ? display::number(*m.uln) : QString(), m.uln.value_or(0)},
                                         ratio,
                                         {m.assay}};
    }
    m_table->setRows(ids, rows);
}

void MarkersTab::retranslateUi()
{
    m_table->setTitle(tr("Tumour markers"));
    m_table->setHeaders({tr("Date"), tr("Marker"), tr("Value"), tr("Unit"),
                         tr("% change", "from the previous result of the same marker"), tr("ULN"), tr("× ULN"),
                         tr("Assay")});
    m_table->setButtonTexts(tr("Add result…"), tr("Edit…"), tr("Delete"));
}

void MarkersTab::editableChanged()
{
    m_table->setEditable(editable());
}

}  // namespace onco
