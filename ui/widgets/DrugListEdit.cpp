#include "ui/widgets/DrugListEdit.h"

#include "core/knowledge/Knowledge.h"
#include "ui/widgets/Display.h"
#include "ui/widgets/InvestigationalDialog.h"
#include "ui/widgets/RegimenTemplates.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolButton>

namespace onco {

namespace {

constexpr int kCanonicalRole = Qt::UserRole;
constexpr int kMatchRole = Qt::UserRole + 1;
/** The catalogue entry that opens the investigational-agent dialog. */
const QString kTrialEntry = QStringLiteral("@investigational");

}  // namespace

DrugListEdit::DrugListEdit(const Knowledge& knowledge, QWidget* parent)
    : QWidget(parent)
    , m_knowledge(knowledge)
    , m_list(new QListWidget(this))
    , m_input(new QLineEdit(this))
    , m_catalogue(new QStandardItemModel(this))
    , m_templates(new QToolButton(this))
    , m_remove(new QPushButton(this))
    , m_trial(new QPushButton(this))
{
    m_list->setObjectName(QStringLiteral("drugList"));
    m_input->setObjectName(QStringLiteral("drugInput"));
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_list->setMinimumWidth(22 * em);
    m_input->setMinimumWidth(22 * em);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 4 + 10);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 6 + 10);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->installEventFilter(this);
    m_input->installEventFilter(this);

    m_completer = new QCompleter(m_catalogue, this);
    m_completer->setCompletionRole(kMatchRole);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(10);
    m_input->setCompleter(m_completer);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        const QString name = index.data(kCanonicalRole).toString();
        QTimer::singleShot(0, m_input, &QLineEdit::clear);
        if (name == kTrialEntry)
            QTimer::singleShot(0, this, &DrugListEdit::addInvestigational);
        else
            addDrug(name);
    });

    m_templates->setPopupMode(QToolButton::InstantPopup);
    m_templates->setObjectName(QStringLiteral("regimenTemplates"));
    m_remove->setAutoDefault(false);
    connect(m_remove, &QPushButton::clicked, this, &DrugListEdit::removeSelected);
    m_trial->setObjectName(QStringLiteral("trialDrug"));
    m_trial->setAutoDefault(false);
    connect(m_trial, &QPushButton::clicked, this, &DrugListEdit::addInvestigational);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    grid->addWidget(m_input, 0, 0);
    grid->addWidget(m_templates, 0, 1);
    grid->addWidget(m_list, 1, 0);
    grid->addWidget(m_remove, 1, 1, Qt::AlignTop);
    grid->addWidget(m_trial, 2, 0, Qt::AlignLeft);
    setFocusProxy(m_input);
    rebuildCatalogue();
    retranslateUi();
}

void DrugListEdit::rebuildCatalogue()
{
    m_catalogue->clear();
    for (const Drug& d : m_knowledge.drugs()) {
        auto* item = new QStandardItem(display::drugBothNames(d.name, m_knowledge));
        QStringList keys{d.name, d.zh};
        keys += d.aliases;
        item->setData(keys.join(QLatin1Char(' ')), kMatchRole);
        item->setData(d.name, kCanonicalRole);
        m_catalogue->appendRow(item);
    }
    // Trial drugs of unknown identity: found by "investigational", "trial", 研究药物 or 试验 in either language.
    auto* trial = new QStandardItem(tr("Investigational agent (clinical trial)…"));
    trial->setData(QStringLiteral("investigational trial blinded 研究药物 临床试验 盲法 ") + trial->text(), kMatchRole);
    trial->setData(kTrialEntry, kCanonicalRole);
    m_catalogue->appendRow(trial);
}

void DrugListEdit::addInvestigational()
{
    InvestigationalDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addDrug(dialog.agent().text());
}

void DrugListEdit::rebuildTemplates()
{
    auto* menu = new QMenu(m_templates);
    for (const RegimenGroup& group : regimenTemplates()) {
        QMenu* sub = menu->addMenu(QCoreApplication::translate("RegimenTemplates", group.title));
        for (const Regimen& r : group.regimens) {
            const QString drugsText = display::drugs(r.drugs, m_knowledge);
            QAction* action = sub->addAction(
                r.abbreviation.isEmpty() ? drugsText : QStringLiteral("%1: %2").arg(r.abbreviation, drugsText));
            const QStringList drugs = r.drugs;
            connect(action, &QAction::triggered, this, [this, drugs] { setDrugs(drugs); });
        }
    }
    delete m_templates->menu();
    m_templates->setMenu(menu);
}

void DrugListEdit::setDrugs(const QStringList& drugs)
{
    m_drugs.clear();
    for (const QString& name : drugs) {
        const Drug* d = m_knowledge.drug(name);
        m_drugs << (d ? d->name : name);
    }
    refreshList();
    emit drugsChanged();
}

bool DrugListEdit::addDrug(const QString& name)
{
    const DrugTraits t = m_knowledge.traits(name.trimmed());
    if (!t.known())
        return false;
    const QString stored = t.drug ? t.drug->name : t.agent->text();
    if (!m_drugs.contains(stored)) {
        m_drugs << stored;
        refreshList();
        emit drugsChanged();
    }
    return true;
}

QString DrugListEdit::pendingText() const
{
    return m_input->text().trimmed();
}

void DrugListEdit::addTyped()
{
    const QString text = pendingText();
    if (text.isEmpty())
        return;
    if (addDrug(text)) {
        m_input->clear();
        return;
    }
    // Not an exact name: take the single catalogue entry the text matches, if there is exactly one.
    m_completer->setCompletionPrefix(text);
    if (m_completer->completionCount() == 1) {
        addDrug(m_completer->completionModel()->index(0, 0).data(kCanonicalRole).toString());
        m_input->clear();
        return;
    }
    if (looksInvestigational(text)) {
        emit problem(tr("\"%1\" is not a valid investigational agent: use \"Trial drug…\"").arg(text));
        return;
    }
    const QString suggestion = m_knowledge.suggestDrug(text);
    emit problem(suggestion.isEmpty() ? tr("\"%1\" is not in the drug catalogue").arg(text)
                                      : tr("\"%1\" is not in the drug catalogue (did you mean %2?)")
                                            .arg(text, display::drugBothNames(suggestion, m_knowledge)));
}

void DrugListEdit::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_drugs.size())
        return;
    m_drugs.removeAt(row);
    refreshList();
    m_list->setCurrentRow(std::min(row, int(m_drugs.size()) - 1));
    emit drugsChanged();
}

void DrugListEdit::refreshList()
{
    m_list->clear();
    for (const QString& name : m_drugs)
        m_list->addItem(display::drugBothNames(name, m_knowledge));
    m_remove->setEnabled(!m_drugs.isEmpty());
}

bool DrugListEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_input && enter && !pendingText().isEmpty() && !m_completer->popup()->isVisible()) {
            addTyped();
            return true;  // Enter with a drug typed adds it; with nothing typed it accepts the dialog
        }
        if (watched == m_list && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DrugListEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DrugListEdit::retranslateUi()
{
    m_input->setPlaceholderText(tr("Drug name, English or Chinese"));
    m_input->setToolTip(tr("Type part of a drug name in English or Chinese (e.g. letro or 来曲), then choose it "
                           "with Down and Enter, or type the whole name and press Enter"));
    m_templates->setText(tr("Template"));
    m_templates->setToolTip(tr("Fill the drugs from a common regimen"));
    m_remove->setText(tr("Remove"));
    m_trial->setText(tr("Trial drug…"));
    m_trial->setToolTip(tr("Add an investigational agent (clinical trial drug) whose identity is not known"));
    rebuildCatalogue();
    rebuildTemplates();
    refreshList();
}

}  // namespace onco
