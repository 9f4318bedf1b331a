#include "ui/patients/PatientListPanel.h"

#include "core/patientlist/PatientDirectory.h"
#include "core/services/CaseService.h"
#include "ui/patients/ListAssessmentText.h"
#include "ui/patients/ListMatchText.h"
#include "ui/patients/PatientListModel.h"
#include "ui/widgets/Display.h"
#include "ui/widgets/FrozenColumnTableView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace onco {

PatientListPanel::PatientListPanel(CaseService& service, PatientDirectory& directory, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_directory(directory)
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new FrozenColumnTableView(this))
{
    setObjectName(QStringLiteral("patientListPanel"));
    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("patientCount"));
    m_count->setStyleSheet(QStringLiteral("color: palette(dark);"));

    m_advanced = makeChip(QStringLiteral("chipAdvanced"));
    m_serd = makeChip(QStringLiteral("chipSerdOption"));
    m_action = makeChip(QStringLiteral("chipActionDue"));
    m_archived = makeChip(QStringLiteral("chipArchived"));

    m_model = new PatientListModel(service, directory, this);
    m_view->setObjectName(QStringLiteral("patientTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicator(PatientListModel::Name, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    // What tells namesakes apart comes right after the name: what the search matched (only while searching), the
    // MRN, the birth date (with the age), the sex and the outpatient number; then what the clinician scans for
    // first, the oral SERD status and the due actions; the disease, the line and the last change further right (all
    // movable).
    using M = PatientListModel;
    QHeaderView* header = m_view->horizontalHeader();
    int visual = header->visualIndex(M::Name) + 1;
    for (int column :
         {M::Matched, M::Mrn, M::BirthDate, M::Age, M::Sex, M::OutpatientNumber, M::SerdStatus, M::DueActions, M::Esr1})
        header->moveSection(header->visualIndex(column), visual++);
    m_view->setColumnHidden(M::Matched, true);
    m_view->freezeFirstColumn();  // the name, after the settings above (the frozen column takes them)

    auto* chips = new QHBoxLayout;
    chips->setSpacing(4);
    for (QToolButton* chip : {m_advanced, m_serd, m_action, m_archived})
        chips->addWidget(chip);
    chips->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addLayout(chips);
    layout->addWidget(m_count);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, &PatientListPanel::applyQuery);
    for (QToolButton* chip : {m_advanced, m_serd, m_action, m_archived})
        connect(chip, &QToolButton::toggled, this, &PatientListPanel::applyQuery);
    connect(m_model, &PatientListModel::rowsRefreshed, this, &PatientListPanel::rowsRefreshed);
    // A patient opens when the user selects her row (click, arrow keys), never when only the view's current row
    // moves (on focus after a header click, a sort, a reset): sorting must never open whoever lands on top.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PatientListPanel::currentRowChanged);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        // A column that cannot be sorted keeps the previous order, and the indicator says so.
        if (!m_model->canSort(column))
            m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->query().order);
    });
    m_serd->setEnabled(m_directory.hasAssessments());
    m_action->setEnabled(m_directory.hasAssessments());
    retranslateUi();
    setFocusProxy(m_search);
}

void PatientListPanel::assessmentSourceChanged()
{
    m_serd->setEnabled(m_directory.hasAssessments());
    m_action->setEnabled(m_directory.hasAssessments());
    retranslateUi();
    applyQuery();
    m_model->refresh();  // the assessment columns read the new source
}

QToolButton* PatientListPanel::makeChip(const QString& objectName)
{
    auto* chip = new QToolButton(this);
    chip->setObjectName(objectName);
    chip->setCheckable(true);
    chip->setAutoRaise(false);
    chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    chip->setStyleSheet(
        QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 10px; padding: 2px 9px; }"
                       "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); "
                       "border-color: palette(highlight); }"
                       "QToolButton:disabled { color: palette(mid); }"));
    return chip;
}

void PatientListPanel::applyQuery()
{
    PatientQuery q = m_model->query();
    q.text = m_search->text();
    q.advancedOnly = m_advanced->isChecked();
    q.serdOptionOnly = m_serd->isChecked() && m_serd->isEnabled();
    q.actionDueOnly = m_action->isChecked() && m_action->isEnabled();
    q.includeArchived = m_archived->isChecked();
    if (!(q == m_model->query()))
        m_model->setQuery(q);
    m_view->setColumnHidden(PatientListModel::Matched, q.text.trimmed().isEmpty());
}

void PatientListPanel::rowsRefreshed()
{
    // Keep the open patient selected (and visible) when she is still in the list.
    const int row = m_model->rowOf(m_selected);
    m_restoring = true;
    if (row >= 0) {
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(m_model->index(row, 0));
    }
    m_restoring = false;
    updateCount();
}

void PatientListPanel::currentRowChanged()
{
    if (m_restoring)
        return;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.front().row();
    const qint64 id = m_model->patientId(row);
    if (id == 0 || id == m_selected)
        return;
    m_selected = id;
    emit patientSelected(id);
}

bool PatientListPanel::selectPatient(qint64 patientId)
{
    m_selected = patientId;
    if (m_model->rowOf(patientId) < 0 && !m_search->text().isEmpty())
        m_search->clear();
    if (m_model->rowOf(patientId) < 0 && !m_archived->isChecked())
        m_archived->setChecked(true);  // she may be archived
    rowsRefreshed();
    return m_model->rowOf(patientId) >= 0;
}

void PatientListPanel::updateCount()
{
    const int shown = m_model->rowCount();
    const auto total = m_directory.activeCount();
    if (!m_model->error().isEmpty())
        m_count->setText(tr("Search failed: %1").arg(m_model->error()));
    else if (m_search->text().trimmed().isEmpty() && !m_advanced->isChecked() && !m_serd->isChecked() &&
             !m_action->isChecked())
        m_count->setText(tr("Patients: %1").arg(QLocale().toString(shown)));
    else
        m_count->setText(
            tr("%1 of %2 patients").arg(QLocale().toString(shown), QLocale().toString(total ? total.value() : 0)));
}

bool PatientListPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if ((key->key() == Qt::Key_Down || enter) && m_model->rowCount() > 0) {
            // Down moves into the list; Enter opens the first match.
            const QModelIndex current = m_view->currentIndex();
            const int row = current.isValid() && key->key() == Qt::Key_Down ? current.row() : 0;
            m_view->setFocus();
            m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PatientListPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PatientListPanel::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search: 张伟, zhangwei, zw, Latin name or MRN"));
    m_search->setToolTip(tr("Type a Chinese name, its pinyin (with or without spaces), its initials, a Latin name "
                            "or a number. Down or Enter moves to the list."));
    m_advanced->setText(tr("Advanced"));
    m_advanced->setToolTip(tr("Only patients with advanced disease"));
    m_serd->setText(tr("Oral SERD option"));
    m_action->setText(tr("Action due"));
    const QString later = tr("Available once the assessments are stored");
    m_serd->setToolTip(m_serd->isEnabled() ? tr("Only patients for whom an oral SERD is an option now (not already "
                                                "taken, not waiting for the current line "
                                                "to progress)")
                                           : later);
    m_action->setToolTip(m_action->isEnabled() ? tr("Only patients with a due action (e.g. an ESR1 test)") : later);
    m_archived->setText(tr("Archived"));
    m_archived->setToolTip(tr("Also show archived patients"));
    m_model->retranslate();
    fitColumns();
    updateCount();
}

void PatientListPanel::fitColumns()
{
    // Widths from the texts a column shows (never from the rows: there may be 100,000 of them).
    const QFontMetrics fm = m_view->fontMetrics();
    const int pad = 2 * fm.horizontalAdvance(QLatin1Char('M'));
    auto width = [&](const QStringList& samples) {
        int w = 0;
        for (const QString& text : samples)
            w = std::max(w, fm.horizontalAdvance(text));
        return w + pad;
    };
    auto header = [&](int column) { return m_model->headerData(column, Qt::Horizontal).toString(); };
    const QString date = display::date(QDate(2026, 11, 28));
    const QList<QStringList> samples{
        {header(PatientListModel::Name), QStringLiteral("欧阳秀英  Ouyang Xiuying")},
        {header(PatientListModel::Mrn), QStringLiteral("DEMO-00000")},
        {header(PatientListModel::Age), QStringLiteral("100")},
        {header(PatientListModel::Advanced), PatientListModel::tr("Advanced")},
        {header(PatientListModel::CurrentLine), QStringLiteral("Line 2: letrozole + palbociclib + goserelin")},
        {header(PatientListModel::Esr1), display::esr1Status(GeneticResult{}, clinical::Currency::Current),
         QStringLiteral("Mutated p.D538G")},
        {header(PatientListModel::SerdStatus), ListAssessmentText::serdSample(m_service.knowledge())},
        {header(PatientListModel::DueActions), ListAssessmentText::actionName(QStringLiteral("ESR1_RETEST_DUE"))},
        {header(PatientListModel::LastChange), date},
        {header(PatientListModel::BirthDate), date},
        {header(PatientListModel::Sex), displayName(Sex::Female), displayName(Sex::Male)},
        {header(PatientListModel::OutpatientNumber), QStringLiteral("MZ-DEMO-00000")},
        {header(PatientListModel::Matched), ListMatchText::sample()},
    };
    Q_ASSERT(samples.size() == PatientListModel::ColumnCount);
    const int cap = 24 * fm.horizontalAdvance(QLatin1Char('M'));  // long texts elide; the tooltip has them whole
    for (int c = 0; c < PatientListModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, std::min(cap, width(samples[c]) + (c == PatientListModel::Name ? pad : 0)));
}

}  // namespace onco
