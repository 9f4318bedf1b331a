#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;

namespace onco {

class CaseService;
class PatientWorkspace;
class PrintController;

/**
 * Print preview, Print and Export PDF… of the open patient's summary, in the File menu and the toolbar
 * (through PrintController: print language asked or chosen in the preview, every print audited).
 * The actions are enabled while a patient is open.
 */
class PrintActions : public QObject
{
    Q_OBJECT
public:
    PrintActions(CaseService& service, PatientWorkspace& workspace, QMainWindow* window);

    PrintController* controller() const { return m_controller; }
    QAction* previewAction() const { return m_preview; }
    QAction* printAction() const { return m_print; }
    QAction* exportPdfAction() const { return m_exportPdf; }

    /** Puts the actions before `menuPlace` in `menu` and before `toolbarPlace` in `toolbar`. */
    void insertInto(QMenu* menu, QAction* menuPlace, QToolBar* toolbar, QAction* toolbarPlace);
    void updateActions();
    void retranslateUi();

private:
    PatientWorkspace& m_workspace;
    PrintController* m_controller = nullptr;
    QAction* m_preview = nullptr;
    QAction* m_print = nullptr;
    QAction* m_exportPdf = nullptr;
};

}  // namespace onco
