#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolBar;

namespace onco {

class CaseService;
class LanguageManager;
class ListAssessmentSource;
class PatientDirectory;
class PatientListPanel;
class PatientWorkspace;
class PrintController;
class WorklistPanel;

namespace summary {
class SummaryService;
}

/**
 * The main window: the patient list on the left, the open patient on the right, menus and toolbar, status bar.
 * It only wires actions; the list (ui/patients), the workspace (ui/workspace) and the dialogs do the work.
 *
 * Places reserved for other changes (insert your actions before these separators):
 *  - importExportPlace() in the File menu: Import…, Export…
 *  - printPlace() in the File menu, and toolbarPrintPlace() in the toolbar: Print preview, Print, Export PDF…
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /** `languages` switches the UI language; when null the window makes its own. */
    explicit MainWindow(CaseService& service, LanguageManager* languages = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    PatientListPanel* patientList() const { return m_list; }
    QTableView* patientTable() const;
    PatientWorkspace* workspace() const { return m_workspace; }
    PatientDirectory& directory() const { return *m_directory; }
    /** The worklists, in a tab beside the patient list (ui/worklists). */
    WorklistPanel* worklists() const { return m_worklists; }
    QTabWidget* sideTabs() const { return m_side; }
    /** Prints summaries for the window (the worklists' batch print; the File menu's actions may use it too). */
    PrintController* printController() const { return m_printController; }
    /** The worklists follow the stored summaries of this service (recomputed per change and in the background). */
    void setSummaryService(summary::SummaryService* summaries);

    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* editMenu() const { return m_editMenu; }
    QToolBar* mainToolBar() const { return m_toolBar; }
    QAction* importExportPlace() const { return m_importExportPlace; }
    QAction* printPlace() const { return m_printPlace; }
    QAction* toolbarPrintPlace() const { return m_toolbarPrintPlace; }
    QAction* newPatientAction() const { return m_newPatient; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }

    /** Points the list's SERD-status and due-action columns and chips at the stored assessment summary. */
    void setAssessmentSource(std::unique_ptr<ListAssessmentSource> source);

    /** Opens a patient in the workspace and selects her in the list. */
    void openPatient(qint64 patientId);
    /** Creates a patient through the dialog and opens her. */
    void newPatient();
    void showSettings();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void updateEditActions();
    void restoreState();
    void saveState() const;
    void retranslateUi();

    CaseService& m_service;
    LanguageManager* m_languages = nullptr;
    std::unique_ptr<PatientDirectory> m_directory;
    bool m_readOnly = false;

    QSplitter* m_splitter = nullptr;
    PatientListPanel* m_list = nullptr;
    PatientWorkspace* m_workspace = nullptr;
    QTabWidget* m_side = nullptr;          // patient list | worklists
    WorklistPanel* m_worklists = nullptr;  // ui/worklists
    PrintController* m_printController = nullptr;
    QToolBar* m_toolBar = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newPatient = nullptr;
    QAction* m_importExportPlace = nullptr;
    QAction* m_printPlace = nullptr;
    QAction* m_toolbarPrintPlace = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_editPatient = nullptr;
    QAction* m_archivePatient = nullptr;
    QAction* m_settings = nullptr;
    QAction* m_find = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QAction* m_english = nullptr;
    QAction* m_chinese = nullptr;
    QAction* m_about = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_knowledgeLabel = nullptr;
};

}  // namespace onco
