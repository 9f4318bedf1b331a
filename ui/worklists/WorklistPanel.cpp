#include "ui/worklists/WorklistPanel.h"

#include "core/assessments/AssessmentService.h"
#include "core/knowledge/Knowledge.h"
#include "core/rules/RuleContext.h"
#include "core/services/CaseService.h"
#include "core/settings/AppSettings.h"
#include "core/util/Clock.h"
#include "core/worklists/WorklistExport.h"
#include "ui/assessment/CardText.h"
#include "ui/print/PrintController.h"
#include "ui/widgets/Display.h"
#include "ui/worklists/WorklistLoader.h"
#include "ui/worklists/WorklistModel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <numeric>

namespace onco {

namespace {

using worklists::Kind;

constexpr int kConfirmPrintAbove = 50;  // summaries printed at once without asking
constexpr int kMaxPrint = 500;          // more at once is refused: print a filtered list instead

QString lastFolderKey()
{
    return QStringLiteral("worklists/exportFolder");
}

}  // namespace

WorklistPanel::WorklistPanel(CaseService& service, worklists::WorklistSource source, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_source(std::move(source))
    , m_model(new WorklistModel(service.knowledge(), this))
    , m_lists(new QButtonGroup(this))
    , m_filter(new QLineEdit(this))
    , m_newOnly(new QCheckBox(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_description(new QLabel(this))
    , m_export(new QPushButton(this))
    , m_preview(new QPushButton(this))
    , m_printButton(new QPushButton(this))
    , m_pdf(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("worklistPanel"));
    auto* chooser = new QGridLayout;
    chooser->setSpacing(4);
    const QList<Kind> kinds = worklists::allKinds();
    for (int i = 0; i < kinds.size(); ++i) {
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("list_") + worklists::kindCode(kinds[i]));
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setStyleSheet(
            QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 10px; "
                           "padding: 2px 8px; } QToolButton:checked { background: palette(highlight); "
                           "color: palette(highlighted-text); }"));
        m_lists->addButton(button, int(kinds[i]));
        chooser->addWidget(button, i / 2, i % 2);
    }
    m_lists->setExclusive(true);
    m_lists->button(int(Kind::SerdOption))->setChecked(true);

    m_filter->setObjectName(QStringLiteral("worklistFilter"));
    m_filter->setClearButtonEnabled(true);
    m_newOnly->setObjectName(QStringLiteral("newOnly"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_newOnly);

    m_description->setObjectName(QStringLiteral("worklistDescription"));
    m_description->setWordWrap(true);
    m_description->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_view->setObjectName(QStringLiteral("worklistView"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_status->setObjectName(QStringLiteral("worklistStatus"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: palette(dark);"));

    for (auto [button, name] : {std::pair{m_export, "exportCsv"}, std::pair{m_preview, "printPreviewBatch"},
                                std::pair{m_printButton, "printBatch"}, std::pair{m_pdf, "exportPdfBatch"},
                                std::pair{m_refresh, "refreshWorklists"}})
        button->setObjectName(QLatin1String(name));
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    for (QPushButton* b : {m_export, m_preview, m_printButton, m_pdf})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(chooser);
    layout->addWidget(m_description);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    setPrintController(nullptr);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &WorklistPanel::reload);
    connect(m_lists, &QButtonGroup::idClicked, this, [this](int id) { showList(Kind(id)); });
    connect(m_filter, &QLineEdit::textChanged, this, &WorklistPanel::applyFilter);
    connect(m_newOnly, &QCheckBox::toggled, this, &WorklistPanel::applyFilter);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_model->patientId(index.row()))
            emit patientActivated(id);
    });
    connect(m_export, &QPushButton::clicked, this, &WorklistPanel::exportCsv);
    connect(m_refresh, &QPushButton::clicked, this, &WorklistPanel::reload);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WorklistPanel::updateTexts);
    for (auto signal : {&CaseService::patientAdded, &CaseService::patientChanged, &CaseService::patientRemoved})
        connect(&service, signal, this, &WorklistPanel::markDirty);
    updateTexts();
}

WorklistPanel::~WorklistPanel()
{
    if (m_loader)
        m_loader->wait();
}

void WorklistPanel::setPrintController(PrintController* controller)
{
    m_print = controller;
    for (QPushButton* b : {m_preview, m_printButton, m_pdf})
        b->setVisible(controller != nullptr);
    if (!controller)
        return;
    connect(controller, &PrintController::printed, this, &WorklistPanel::markDirty, Qt::UniqueConnection);
    connect(m_preview, &QPushButton::clicked, this,
            [this] { printWith([this](const QList<qint64>& ids) { m_print->printPreviewBatch(ids); }); });
    connect(m_printButton, &QPushButton::clicked, this,
            [this] { printWith([this](const QList<qint64>& ids) { m_print->printBatch(ids); }); });
    connect(m_pdf, &QPushButton::clicked, this,
            [this] { printWith([this](const QList<qint64>& ids) { m_print->exportBatchPdf(ids); }); });
}

void WorklistPanel::setSummaryService(assessments::AssessmentService* summaries)
{
    if (!summaries)
        return;
    connect(summaries, &assessments::AssessmentService::assessmentChanged, this, &WorklistPanel::markDirty);
    connect(summaries, &assessments::AssessmentService::backgroundFinished, this, &WorklistPanel::markDirty);
}

QToolButton* WorklistPanel::listButton(Kind kind) const
{
    return qobject_cast<QToolButton*>(m_lists->button(int(kind)));
}

void WorklistPanel::showList(Kind kind)
{
    listButton(kind)->setChecked(true);
    m_model->setKind(kind);
    m_newOnly->setVisible(kind == Kind::SerdOption);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    applyFilter();
    fitColumns();
}

void WorklistPanel::fitColumns()
{
    // Each column as wide as its texts; when they do not all fit, the widest gives way first (elided, the tooltip
    // has the whole text), never narrower than its header, so every column stays in view when it can.
    QHeaderView* header = m_view->horizontalHeader();
    const int count = header->count();
    header->setStretchLastSection(false);  // the last column's own width too
    m_view->resizeColumnsToContents();
    QList<int> widths(count);
    for (int c = 0; c < count; ++c)
        widths[c] = header->sectionSize(c);
    // Short columns (MRN, dates, "new") keep their texts whole; long texts give way down to their header's width.
    const int shortColumn = 9 * header->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QList<int> contents = widths;
    auto floorOf = [&](int c) {
        return contents[c] <= shortColumn ? contents[c] : std::min(contents[c], header->sectionSizeHint(c));
    };
    int excess = std::accumulate(widths.begin(), widths.end(), 0) - m_view->viewport()->width();
    while (excess > 0) {
        int widest = -1;
        for (int c = 1; c < count; ++c)  // the patient's name stays whole
            if (widths[c] > floorOf(c) && (widest < 0 || widths[c] > widths[widest]))
                widest = c;
        if (widest < 0)
            break;
        int second = 0;  // shrink the widest down to the next widest at most, then share the rest
        for (int c = 1; c < count; ++c)
            if (c != widest)
                second = std::max(second, widths[c]);
        const int cut = std::min({excess, widths[widest] - floorOf(widest), std::max(1, widths[widest] - second)});
        widths[widest] -= cut;
        excess -= cut;
    }
    for (int c = 0; c < count; ++c)
        header->resizeSection(c, widths[c]);
    header->setStretchLastSection(true);
}

void WorklistPanel::applyFilter()
{
    m_model->setFilter(m_filter->text(), m_newOnly->isVisible() && m_newOnly->isChecked());
}

void WorklistPanel::markDirty()
{
    m_dirty = true;
    if (isVisible())
        m_debounce->start();
}

void WorklistPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty && !isLoading())
        reload();
}

bool WorklistPanel::isLoading() const
{
    return m_loader != nullptr;
}

void WorklistPanel::reload()
{
    m_debounce->stop();
    if (m_loader) {  // one run at a time; read again when it ends
        m_again = true;
        return;
    }
    m_dirty = false;
    m_again = false;
    const assessments::Freshness now{m_service.clock().today(), m_service.knowledge().version(),
                                     settings::chooseJurisdiction(std::nullopt, std::nullopt)};
    m_loader = new WorklistLoader(m_source, now, this);
    connect(m_loader, &WorklistLoader::loaded, this, &WorklistPanel::onLoaded, Qt::QueuedConnection);
    m_loader->start();
    updateTexts();
}

void WorklistPanel::onLoaded()
{
    WorklistLoader* loader = m_loader;
    loader->wait();
    m_loader = nullptr;
    m_error = loader->error();
    if (loader->result()) {
        m_screening = loader->result();
        const qint64 current = m_model->patientId(m_view->currentIndex().row());
        m_model->setScreening(m_screening);
        for (int r = 0; current && r < m_model->rowCount(); ++r)
            if (m_model->patientId(r) == current)
                m_view->selectRow(r);
        fitColumns();
    }
    loader->deleteLater();
    updateTexts();
    emit loaded();
    if (m_again)
        reload();
}

QList<qint64> WorklistPanel::printTargets() const
{
    QList<qint64> ids;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        ids << m_model->patientId(i.row());
    return ids.isEmpty() ? m_model->patientIds() : ids;
}

void WorklistPanel::printWith(const std::function<void(const QList<qint64>&)>& print)
{
    const QList<qint64> ids = printTargets();
    if (ids.isEmpty())
        return;
    if (ids.size() > kMaxPrint) {
        QMessageBox::information(this, tr("Print summaries"),
                                 tr("%1 summaries are too many to print at once (at most %2). Select the patients "
                                    "or narrow the list with the filter.")
                                     .arg(ids.size())
                                     .arg(kMaxPrint));
        return;
    }
    if (ids.size() > kConfirmPrintAbove &&
        QMessageBox::question(this, tr("Print summaries"), tr("Print the summaries of %1 patients?").arg(ids.size())) !=
            QMessageBox::Yes)
        return;
    print(ids);
}

bool WorklistPanel::exportCsv()
{
    const Kind kind = m_model->kind();
    const QString folder =
        QSettings()
            .value(lastFolderKey(), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString suggested =
        QDir(folder).filePath(QStringLiteral("worklist-%1-%2.csv")
                                  .arg(worklists::kindCode(kind), m_service.clock().today().toString(Qt::ISODate)));
    const QString path = m_chooseFile ? m_chooseFile(suggested)
                                      : QFileDialog::getSaveFileName(this, tr("Export the worklist"), suggested,
                                                                     tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    // UTF-8 with a byte order mark, so that spreadsheet programs read the Chinese names.
    const QByteArray csv = worklists::toCsv(m_model->shown(), {kind}, cards::uiLanguage(), m_service.knowledge(), true);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        QMessageBox::warning(
            this, tr("Export the worklist"),
            tr("The file %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    QSettings().setValue(lastFolderKey(), QFileInfo(path).absolutePath());
    m_status->setText(
        tr("Exported the list (patients: %1) to %2").arg(m_model->rowCount()).arg(QDir::toNativeSeparators(path)));
    return true;
}

void WorklistPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        updateTexts();
    }
    QWidget::changeEvent(event);
}

void WorklistPanel::updateTexts()
{
    const Knowledge& knowledge = m_service.knowledge();
    for (Kind kind : worklists::allKinds()) {
        const QString name = cards::render(worklists::describeKind(kind), knowledge);
        listButton(kind)->setText(m_screening ? tr("%1 (%2)").arg(name).arg(m_screening->count(kind)) : name);
        listButton(kind)->setToolTip(name);
    }
    m_filter->setPlaceholderText(tr("Filter by name or MRN"));
    m_newOnly->setText(tr("New only (%1 days)").arg(worklists::kNewOptionDays));
    m_newOnly->setToolTip(
        tr("Only oral SERDs that became an option in the last %1 days").arg(worklists::kNewOptionDays));
    m_export->setText(tr("Export CSV…"));
    m_preview->setText(tr("Print preview…"));
    m_printButton->setText(tr("Print…"));
    m_pdf->setText(tr("Export PDF…"));
    m_refresh->setText(tr("Refresh"));
    const QString targets = tr("The selected patients, or every patient listed when none is selected.");
    for (QPushButton* b : {m_preview, m_printButton, m_pdf})
        b->setToolTip(targets);
    switch (m_model->kind()) {
    case Kind::SerdOption:
        m_description->setText(tr("An oral SERD is an option to act on now: not already taken, and not waiting for the "
                                  "current line to progress. New: it became an option in the last %1 days.")
                                   .arg(worklists::kNewOptionDays));
        break;
    case Kind::Esr1Test:
        m_description->setText(tr("An ESR1 test (plasma ctDNA preferred) or a re-test since the latest progression is "
                                  "due."));
        break;
    case Kind::MarkerRise:
        m_description->setText(tr("A confirmed tumour-marker rise: not a progression by itself, correlate with "
                                  "imaging (TM-6)."));
        break;
    case Kind::NotPrinted:
        m_description->setText(tr("The record changed after its summary was last printed, or it was never printed."));
        break;
    case Kind::KnowledgeChanged:
        m_description->setText(tr("The last knowledge update changed an oral SERD card of these patients (its status "
                                  "or flags): review them."));
        break;
    }

    QStringList status;
    if (isLoading())
        status << tr("Reading the worklists…");
    else if (!m_error.isEmpty())
        status << tr("The worklists cannot be read: %1").arg(m_error);
    if (m_screening) {
        status << tr("%1 of %2 patients listed · as of %3")
                      .arg(m_model->rowCount())
                      .arg(m_model->listed())
                      .arg(display::date(m_screening->asOf));
        if (m_screening->stale > 0)
            status << tr("patients not yet assessed for today: %1 (being brought up to date)").arg(m_screening->stale);
    }
    m_status->setText(status.join(QStringLiteral(" · ")));
}

}  // namespace onco
