#include "ui/dialogs/ImportResultDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace onco {

namespace {

QString resultText(const ImportOutcome& o)
{
    switch (o.result) {
    case ImportOutcome::Result::Added:
        return ImportResultDialog::tr("Imported: new patient %1").arg(o.file.mrn());
    case ImportOutcome::Result::Replaced:
        return ImportResultDialog::tr("Imported: the record of %1 was replaced").arg(o.file.mrn());
    case ImportOutcome::Result::Skipped:
        return ImportResultDialog::tr("Not imported: %1 already exists and was left as it was").arg(o.file.mrn());
    case ImportOutcome::Result::Failed:
        break;
    }
    return o.file.errors.isEmpty()
               ? ImportResultDialog::tr("Not imported")
               : ImportResultDialog::tr("Not imported: problems found in the file: %1").arg(o.file.errors.size());
}

QColor resultColor(ImportOutcome::Result r)
{
    switch (r) {
    case ImportOutcome::Result::Added:
    case ImportOutcome::Result::Replaced:
        return QColor(0x1b, 0x6e, 0x3a);
    case ImportOutcome::Result::Skipped:
        return QColor(0x6b, 0x5a, 0x00);
    case ImportOutcome::Result::Failed:
        break;
    }
    return QColor(0x9c, 0x27, 0x1a);
}

}  // namespace

ImportResultDialog::ImportResultDialog(const QList<ImportOutcome>& outcomes, QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("importResult"));
    setWindowTitle(tr("Import case files — result"));
    int imported = 0;
    for (const ImportOutcome& o : outcomes)
        imported += o.result == ImportOutcome::Result::Added || o.result == ImportOutcome::Result::Replaced ? 1 : 0;
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Files imported: %1 of %2. A file with any problem imports nothing; correct it and import "
                          "it again.")
                           .arg(imported)
                           .arg(outcomes.size()));

    m_list->setObjectName(QStringLiteral("importFiles"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("File"), tr("Result")});
    m_list->setRootIsDecorated(true);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    for (const ImportOutcome& o : outcomes) {
        auto* item = new QTreeWidgetItem(m_list, {QFileInfo(o.file.path).fileName(), resultText(o)});
        item->setToolTip(0, QDir::toNativeSeparators(o.file.path));
        item->setForeground(1, resultColor(o.result));
        if (o.result != ImportOutcome::Result::Failed)
            continue;
        // Every problem with the JSON path it is at.
        for (const CaseError& e : o.file.errors)
            new QTreeWidgetItem(item, {e.path.isEmpty() ? tr("(whole file)") : e.path, e.message});
        if (o.file.failure)
            new QTreeWidgetItem(item, {tr("(whole file)"), o.file.failure->message});
        item->setExpanded(true);
    }
    m_list->header()->setStretchLastSection(true);
    m_list->resizeColumnToContents(0);
    m_list->setColumnWidth(0, std::min(m_list->columnWidth(0) + 24, 320));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(820, 420);
}

QString ImportResultDialog::summary() const
{
    return m_summary->text();
}

}  // namespace onco
