#include "ui/mainwindow/ServerMoveAction.h"

#include "core/services/CaseService.h"
#include "core/services/ServerMove.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>

namespace onco {

ServerMoveAction::ServerMoveAction(CaseService& cases, QWidget* window)
    : QObject(window)
    , m_cases(cases)
    , m_window(window)
    , m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("moveToServer"));
    m_action->setVisible(ServerMove::isOffered(m_cases));
    connect(m_action, &QAction::triggered, this, [this] { moveTo(); });
    retranslateUi();
}

void ServerMoveAction::retranslateUi()
{
    m_action->setText(tr("Move to &server…"));
    m_action->setStatusTip(
        tr("Copy this database into an empty database on the department server, and check the copy"));
}

void ServerMoveAction::moveTo(const QString& url)
{
    QString target = url;
    if (target.isEmpty()) {
        bool ok = false;
        target = QInputDialog::getText(
            m_window, tr("Move to server"),
            tr("The empty database on the department server, for example\n"
               "postgresql://wang.li@10.0.0.5:5432/oncocase\n\n"
               "Everything is copied and checked: records, audit trail, stored assessments, knowledge, accounts. "
               "This database is not changed; afterwards, open the server database on every workstation."),
            QLineEdit::Normal, QString(), &ok);
        if (!ok || target.trimmed().isEmpty())
            return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto report = ServerMove::run(m_cases, target.trimmed());
    QApplication::restoreOverrideCursor();
    if (!report) {
        QMessageBox::warning(m_window, tr("Move to server"), report.error().message);
        return;
    }
    QMessageBox::information(m_window, tr("Move to server"), ServerMove::describe(*report));
}

}  // namespace onco
