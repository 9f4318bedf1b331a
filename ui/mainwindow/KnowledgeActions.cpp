#include "ui/mainwindow/KnowledgeActions.h"

#include "core/knowledgepack/KnowledgeUpdates.h"
#include "core/settings/AppSettings.h"
#include "ui/dialogs/KnowledgeDialogs.h"
#include "ui/widgets/Display.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>

namespace onco {

KnowledgeActions::KnowledgeActions(knowledgepack::KnowledgeUpdates& updates, QMainWindow* window)
    : QObject(window)
    , m_updates(updates)
    , m_window(window)
    , m_show(new QAction(this))
    , m_install(new QAction(this))
    , m_banner(new QLabel(window))
{
    m_show->setObjectName(QStringLiteral("showKnowledge"));
    m_install->setObjectName(QStringLiteral("installKnowledge"));
    m_install->setEnabled(!updates.isReadOnly());
    connect(m_show, &QAction::triggered, this, &KnowledgeActions::showKnowledge);
    connect(m_install, &QAction::triggered, this, [this] { installFrom(); });
    m_banner->setObjectName(QStringLiteral("staleKnowledgeBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; color: #5c3b00; border-bottom: 1px solid "
                                           "#e0b44c; padding: 6px 10px; }"));
    m_banner->setVisible(updates.isStale());
    retranslateUi();
}

void KnowledgeActions::insertInto(QMenu* edit, QMenu* help)
{
    edit->addAction(m_install);
    help->insertAction(help->actions().value(0), m_show);
}

void KnowledgeActions::retranslateUi()
{
    m_show->setText(tr("&Knowledge…"));
    m_install->setText(tr("Install &knowledge update…"));
    const Knowledge& k = m_updates.knowledge();
    m_banner->setText(tr("The knowledge data (version %1) was last verified on %2, more than %3 days ago: approvals "
                         "and labels may have changed since. Install a knowledge update (Edit ▸ Install knowledge "
                         "update…).")
                          .arg(k.version(), display::date(k.lastVerified()))
                          .arg(knowledgepack::kStaleAfterDays));
}

void KnowledgeActions::showKnowledge()
{
    KnowledgeInfoDialog dialog(m_updates.inForce(), m_updates.today(), m_window);
    dialog.exec();
}

void KnowledgeActions::installFrom(const QString& chosen)
{
    const QString path = chosen.isEmpty()
                             ? QFileDialog::getOpenFileName(m_window, tr("Install knowledge update"), QString(),
                                                            tr("Knowledge packs (*.json);;All files (*)"))
                             : chosen;
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(m_window, tr("Install knowledge update"),
                             tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const QByteArray pack = file.readAll();
    const Jurisdiction jurisdiction = settings::chooseJurisdiction(std::nullopt, std::nullopt);
    bool allowOlder = false;
    if (const auto parsed = Knowledge::fromJson(pack);
        parsed && knowledgepack::compareVersions(parsed->version(), m_updates.knowledge().version()) <= 0) {
        // Not newer: only on purpose (going back to a pack).
        if (QMessageBox::question(m_window, tr("Install knowledge update"),
                                  tr("The pack %1 is not newer than the knowledge in force (%2). Go back to it?")
                                      .arg(parsed->version(), m_updates.knowledge().version())) != QMessageBox::Yes)
            return;
        allowOlder = true;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto preview = m_updates.preview(pack, jurisdiction, allowOlder);
    QApplication::restoreOverrideCursor();
    if (!preview) {
        QMessageBox::warning(
            m_window, tr("Install knowledge update"),
            tr("The knowledge pack was not installed; nothing was changed.\n\n%1").arg(preview.error().message));
        return;
    }
    KnowledgeInstallDialog dialog(*preview, toCode(jurisdiction), m_updates.knowledge(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto installed = m_updates.install(pack, jurisdiction, allowOlder);
    QApplication::restoreOverrideCursor();
    if (!installed) {
        QMessageBox::warning(m_window, tr("Install knowledge update"),
                             tr("The knowledge pack was not installed.\n\n%1").arg(installed.error().message));
        return;
    }
    QMessageBox::information(m_window, tr("Install knowledge update"),
                             tr("Knowledge %1 is installed (%2 stored assessments recomputed). OncoCase now reopens "
                                "the database to use it.")
                                 .arg(installed->toVersion)
                                 .arg(installed->recomputed));
    emit reopenRequested();
}

}  // namespace onco
