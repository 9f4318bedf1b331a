#include "ui/dialogs/KnowledgeDialogs.h"

#include "core/i18n/Language.h"
#include "core/rules/Codes.h"
#include "ui/widgets/Display.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace onco {

namespace {

QTableWidget* table(QWidget* parent, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    return t;
}

void addRow(QTableWidget* t, const QStringList& cells)
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells[c]));
}

QString say(const Phrase& p, const Knowledge& knowledge)
{
    const Language& language =
        display::languageCode() == QLatin1String("zh_CN") ? Language::chinese() : Language::english();
    return p.render(language, knowledge);
}

QString statusText(const QString& code, const Knowledge& knowledge)
{
    if (code.isEmpty())
        return QStringLiteral("–");
    const auto status = rules::optionStatusFromCode(code);
    return status ? say(rules::describeOptionStatus(*status), knowledge) : code;
}

}  // namespace

KnowledgeInfoDialog::KnowledgeInfoDialog(const knowledgepack::InForce& inForce, const QDate& today, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Knowledge data"));
    const Knowledge& k = *inForce.knowledge;
    QString source;
    if (inForce.fromStore)
        source =
            tr("Installed into this database on %1 by %2.")
                .arg(display::dateTime(inForce.installed->installedAt), inForce.installed->installedBy.toHtmlEscaped());
    else if (inForce.installed)
        source = tr("Built into the program (the pack %1 installed into this database is older).")
                     .arg(inForce.installed->version);
    else
        source = tr("Built into the program.");
    QString text =
        tr("<b>Knowledge %1</b>, last verified %2.<br>%3").arg(k.version(), display::date(k.lastVerified()), source);
    if (knowledgepack::isStale(k, today))
        text += QLatin1String("<br><span style='color:#8a5300'>") +
                tr("Last verified more than %1 days ago: approvals and labels may have changed since. Install a "
                   "knowledge update.")
                    .arg(knowledgepack::kStaleAfterDays) +
                QLatin1String("</span>");
    m_summary = new QLabel(text, this);
    m_summary->setObjectName(QStringLiteral("knowledgeSummary"));
    m_summary->setWordWrap(true);
    m_approvals =
        table(this, {tr("Drug"), tr("Jurisdiction"), tr("Approval"), tr("Verified"), tr("Checked"), tr("Source")});
    m_approvals->setObjectName(QStringLiteral("approvals"));
    for (const Approval& a : k.approvals()) {
        const QString approval = !a.approved        ? tr("Not approved")
                                 : a.date.isValid() ? tr("Approved %1").arg(display::date(a.date))
                                                    : tr("Approved (date unknown)");
        addRow(m_approvals,
               {display::drugBothNames(a.drug, k), toCode(a.jurisdiction), approval,
                a.verified ? tr("Primary source") : tr("Not verified"), display::date(a.lastVerified), a.source});
    }
    m_approvals->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_approvals, 1);
    layout->addWidget(buttons);
    resize(980, 460);
}

KnowledgeInstallDialog::KnowledgeInstallDialog(const knowledgepack::InstallOutcome& preview,
                                               const QString& jurisdiction, const Knowledge& knowledge, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Install knowledge update"));
    QStringList lines;
    for (const QString& change : preview.changes)
        lines << QStringLiteral("• ") + change.toHtmlEscaped();
    if (lines.isEmpty())
        lines << tr("No drug, approval or label changes.");
    m_changes = new QLabel(tr("<b>Knowledge %1 → %2</b><br>%3")
                               .arg(preview.fromVersion, preview.toVersion, lines.join(QLatin1String("<br>"))),
                           this);
    m_changes->setObjectName(QStringLiteral("knowledgeChanges"));
    m_changes->setWordWrap(true);
    auto* who = new QLabel(
        preview.patients.isEmpty()
            ? tr("No patient's oral SERD status or flags change (%1, today).").arg(jurisdiction)
            : tr("Oral SERD cards that change (%1, today): %2").arg(jurisdiction).arg(preview.patients.size()),
        this);
    m_patients = table(this, {tr("MRN"), tr("Patient"), tr("Drug"), tr("Before"), tr("After"), tr("Flags")});
    m_patients->setObjectName(QStringLiteral("changedPatients"));
    for (const auto& c : preview.patients) {
        QStringList flags;
        for (const QString& f : c.flagsAdded)
            flags << tr("+ %1").arg(say(rules::describeCode(f), knowledge));
        for (const QString& f : c.flagsRemoved)
            flags << tr("− %1").arg(say(rules::describeCode(f), knowledge));
        addRow(m_patients, {c.mrn, c.name, display::drug(c.drug, knowledge), statusText(c.before, knowledge),
                            statusText(c.after, knowledge), flags.join(QLatin1String("; "))});
    }
    m_patients->resizeColumnsToContents();
    auto* note = new QLabel(tr("The update is stored in this database, so every workstation using it gets the same "
                               "knowledge; the install is recorded in the audit trail. OncoCase reopens the database "
                               "to use it."),
                            this);
    note->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("&Install"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("install"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_changes);
    layout->addWidget(who);
    layout->addWidget(m_patients, 1);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    resize(900, 480);
}

}  // namespace onco
