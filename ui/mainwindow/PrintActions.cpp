#include "ui/mainwindow/PrintActions.h"

#include "ui/print/PrintController.h"
#include "ui/workspace/PatientSession.h"
#include "ui/workspace/PatientWorkspace.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QToolBar>

namespace onco {

PrintActions::PrintActions(CaseService& service, PatientWorkspace& workspace, QMainWindow* window)
    : QObject(window)
    , m_workspace(workspace)
    , m_controller(new PrintController(service, window, this))
    , m_preview(new QAction(this))
    , m_print(new QAction(this))
    , m_exportPdf(new QAction(this))
{
    m_preview->setObjectName(QStringLiteral("printPreview"));
    m_print->setObjectName(QStringLiteral("print"));
    m_exportPdf->setObjectName(QStringLiteral("exportPdf"));
    m_preview->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    m_print->setShortcut(QKeySequence::Print);
    connect(m_preview, &QAction::triggered, this,
            [this] { m_controller->printPreview(m_workspace.currentPatientId()); });
    connect(m_print, &QAction::triggered, this, [this] { m_controller->print(m_workspace.currentPatientId()); });
    connect(m_exportPdf, &QAction::triggered, this,
            [this] { m_controller->exportPdf(m_workspace.currentPatientId()); });
    connect(&workspace, &PatientWorkspace::patientOpened, this, &PrintActions::updateActions);
    retranslateUi();
    updateActions();
}

void PrintActions::insertInto(QMenu* menu, QAction* menuPlace, QToolBar* toolbar, QAction* toolbarPlace)
{
    const QList<QAction*> actions{m_preview, m_print, m_exportPdf};
    menu->insertActions(menuPlace, actions);
    toolbar->insertActions(toolbarPlace, actions);
    toolbar->insertSeparator(m_preview);
}

void PrintActions::updateActions()
{
    const bool open = m_workspace.currentSession() && m_workspace.currentSession()->isLoaded();
    for (QAction* a : {m_preview, m_print, m_exportPdf})
        a->setEnabled(open);
}

void PrintActions::retranslateUi()
{
    m_preview->setText(tr("Print pre&view…"));
    m_preview->setToolTip(tr("Print preview of the open patient's summary (print language in the preview)"));
    m_print->setText(tr("&Print…"));
    m_print->setToolTip(tr("Print the open patient's summary"));
    m_exportPdf->setText(tr("Export P&DF…"));
    m_exportPdf->setToolTip(tr("Save the open patient's summary as a PDF file"));
}

}  // namespace onco
