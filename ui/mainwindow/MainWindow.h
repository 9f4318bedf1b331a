#pragma once

#include "core/worklists/Screening.h"

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

class AutoLock;
namespace accounts {
class AccountService;
}

class CaseFileActions;
class KnowledgeActions;
class CaseService;
class CourseViews;
class LanguageManager;
class OpenPatient;
class PatientDirectory;
class PatientListPanel;
class PatientWorkspace;
class PrintActions;
class ServerMoveAction;
class WorklistPanel;

namespace assessments {
class AssessmentService;
}
namespace knowledgepack {
class KnowledgeUpdates;
}

/**
 * The main window: the patient list on the left, the open patient on the right, menus and toolbar, status bar.
 * It only wires actions; the list (ui/patients), the workspace (ui/workspace) and the dialogs do the work.
 *
 * The wiring lives in small classes: CourseViews (timeline across the Overview, marker chart in the Markers tab),
 * PrintActions (Print preview, Print, Export PDF… before printPlace() and toolbarPrintPlace()), CaseFileActions
 * (Import…, Export… before importExportPlace()) and, once connectSummaries() is called, AssessmentLink (the list's
 * assessment columns and chips on the stored summaries).
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /** What the window works on, built once by the composition root (app/AppContext). */
    struct Services
    {
        CaseService& cases;
        PatientDirectory& directory;          ///< the patient list's search and rows
        worklists::WorklistSource worklists;  ///< where the worklists are read (on a thread of their own)
        OpenPatient& openPatient;             ///< the open patient's snapshot, read once per change
        /** The store's accounts: with a signed-in account the window locks after the idle minutes (issue 12). */
        accounts::AccountService* accounts = nullptr;
    };

    /** `languages` switches the UI language; when null the window makes its own. */
    explicit MainWindow(Services services, LanguageManager* languages = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    PatientListPanel* patientList() const { return m_list; }
    QTableView* patientTable() const;
    PatientWorkspace* workspace() const { return m_workspace; }
    PatientDirectory& directory() const { return *m_directory; }
    /** The worklists, in a tab beside the patient list (ui/worklists). */
    WorklistPanel* worklists() const { return m_worklists; }
    QTabWidget* sideTabs() const { return m_side; }

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
    void setAssessmentsAvailable(bool available);
    /** The list reads the stored summaries and follows their recomputes; settings changes reach them. */
    void connectSummaries(assessments::AssessmentService& summaries);
    /** Help ▸ Knowledge…, Edit ▸ Install knowledge update… and the stale-knowledge banner (KnowledgeActions). */
    void connectKnowledge(knowledgepack::KnowledgeUpdates& updates);
    KnowledgeActions* knowledgeActions() const { return m_knowledgeActions; }

    CourseViews* courseViews() const { return m_courseViews; }
    PrintActions* printActions() const { return m_printActions; }
    CaseFileActions* caseFileActions() const { return m_caseFiles; }

    /** Opens a patient in the workspace and selects her in the list. */
    void openPatient(qint64 patientId);
    /** Creates a patient through the dialog and opens her. */
    void newPatient();
    void showSettings();
    /** The lock screen (nullptr when the database has no accounts). */
    AutoLock* autoLock() const { return m_lock; }

signals:
    /** The settings dialog was accepted (marker ULNs, jurisdiction, hospital and user name may have changed). */
    void settingsChanged();
    /** The database must be opened again (a knowledge update was installed): the composition root rebuilds. */
    void reopenRequested();

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
    PatientDirectory* m_directory = nullptr;
    OpenPatient* m_openPatient = nullptr;  ///< the open patient's snapshot, read once per change
    bool m_readOnly = false;

    AutoLock* m_lock = nullptr;
    void setLocked(bool locked);
    QSplitter* m_splitter = nullptr;
    QWidget* m_central = nullptr;  // the stale-knowledge banner above the splitter
    KnowledgeActions* m_knowledgeActions = nullptr;
    PatientListPanel* m_list = nullptr;
    PatientWorkspace* m_workspace = nullptr;
    QTabWidget* m_side = nullptr;  // patient list | worklists
    /** The splitter's state for each side tab (the worklists take most of the window, the list keeps its own
     *  width); the current tab's is the splitter's own. */
    QByteArray m_splitterOf[2];
    int m_sideTab = 0;
    void switchSideTab(int tab);
    WorklistPanel* m_worklists = nullptr;  // ui/worklists
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
    CourseViews* m_courseViews = nullptr;
    PrintActions* m_printActions = nullptr;
    ServerMoveAction* m_serverMove = nullptr;
    CaseFileActions* m_caseFiles = nullptr;
};

}  // namespace onco
