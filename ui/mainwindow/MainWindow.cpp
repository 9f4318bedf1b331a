#include "ui/mainwindow/MainWindow.h"

#include "core/assessments/AssessmentService.h"
#include "core/knowledge/Knowledge.h"
#include "core/patientlist/PatientDirectory.h"
#include "core/services/CaseService.h"
#include "core/services/PatientSnapshot.h"
#include "core/settings/AppSettings.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/mainwindow/AssessmentLink.h"
#include "ui/mainwindow/AutoLock.h"
#include "ui/mainwindow/CaseFileActions.h"
#include "ui/mainwindow/CourseViews.h"
#include "ui/mainwindow/KnowledgeActions.h"
#include "ui/mainwindow/PrintActions.h"
#include "ui/mainwindow/ServerMoveAction.h"
#include "ui/patients/PatientListPanel.h"
#include "ui/widgets/Display.h"
#include "ui/worklists/WorklistPanel.h"
#include "ui/workspace/PatientSession.h"
#include "ui/workspace/PatientWorkspace.h"
#include "ui/workspace/RecordEditor.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace onco {

MainWindow::MainWindow(Services services, LanguageManager* languages, QWidget* parent)
    : QMainWindow(parent)
    , m_service(services.cases)
    , m_languages(languages ? languages : new LanguageManager(this))
    , m_directory(&services.directory)
    , m_openPatient(&services.openPatient)
    , m_readOnly(services.cases.isReadOnly())
{
    CaseService& service = services.cases;
    setObjectName(QStringLiteral("mainWindow"));
    if (auto synced = m_directory->syncKnowledge(); !synced)
        statusBar()->showMessage(
            tr("The patient list could not be brought up to date: %1").arg(synced.error().message));
    m_list = new PatientListPanel(service, *m_directory, this);
    // The open patient's snapshot (record, as_of, jurisdiction, assessment), read once per change; the workspace
    // shows it.
    m_workspace = new PatientWorkspace(*m_openPatient, this);
    m_workspace->setReadOnly(m_readOnly);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    // Worklists: one click away from the patient list, in a tab beside it; batch print through the window's
    // PrintController (the one behind the File menu's print actions).
    m_printActions = new PrintActions(service, *m_workspace, this);
    m_worklists = new WorklistPanel(service, std::move(services.worklists), this);
    m_worklists->setPrintController(m_printActions->controller());
    m_side = new QTabWidget(this);
    m_side->setObjectName(QStringLiteral("sideTabs"));
    m_side->setDocumentMode(true);
    m_side->addTab(m_list, QString());
    m_side->addTab(m_worklists, QString());
    connect(m_worklists, &WorklistPanel::patientActivated, this, &MainWindow::openPatient);
    m_splitter->addWidget(m_side);
    m_splitter->addWidget(m_workspace);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({500, 866});
    m_splitter->setChildrenCollapsible(false);
    connect(m_side, &QTabWidget::currentChanged, this, &MainWindow::switchSideTab);
    m_central = new QWidget(this);
    auto* central = new QVBoxLayout(m_central);
    central->setContentsMargins(0, 0, 0, 0);
    central->setSpacing(0);
    central->addWidget(m_splitter, 1);
    if (services.accounts && services.cases.account()) {
        // Where the database has accounts the window locks after the idle minutes: the lock screen replaces every
        // patient datum (issue 12).
        auto* stack = new QStackedWidget(this);
        m_lock = new AutoLock(*services.accounts, services.cases, stack);
        stack->addWidget(m_central);
        stack->addWidget(m_lock);
        setCentralWidget(stack);
        connect(m_lock, &AutoLock::lockedChanged, this, &MainWindow::setLocked);
        m_lock->start(settings::autoLockMinutes());
    } else {
        setCentralWidget(m_central);
    }

    m_courseViews = new CourseViews(service, *m_workspace, this);
    m_caseFiles = new CaseFileActions(service, *m_workspace, this);
    m_caseFiles->setReadOnly(m_readOnly);
    createActions();
    createMenus();
    m_databaseLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_knowledgeLabel = new QLabel(this);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_knowledgeLabel);

    connect(m_list, &PatientListPanel::patientSelected, m_workspace, &PatientWorkspace::openPatient);
    connect(m_workspace, &PatientWorkspace::patientOpened, this, &MainWindow::updateEditActions);
    connect(m_caseFiles, &CaseFileActions::imported, this, &MainWindow::openPatient);
    connect(this, &MainWindow::settingsChanged, m_courseViews, &CourseViews::reloadSettings);
    connect(m_workspace, &PatientWorkspace::problemShown, this,
            [this](const QString& message) { statusBar()->showMessage(tr("Not saved: %1").arg(message), 8000); });
    connect(&m_service, &CaseService::patientChanged, this, [this](qint64 id) {
        if (id == m_workspace->currentPatientId())
            updateEditActions();
    });
    retranslateUi();
    restoreState();
    updateEditActions();
    m_list->searchField()->setFocus();
}

MainWindow::~MainWindow() = default;

QTableView* MainWindow::patientTable() const
{
    return m_list->view();
}

void MainWindow::createActions()
{
    m_newPatient = new QAction(this);
    m_newPatient->setShortcut(QKeySequence::New);
    connect(m_newPatient, &QAction::triggered, this, &MainWindow::newPatient);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    // Undo and redo follow the patient on screen (her own stack, through the undo group).
    QUndoGroup* group = m_workspace->undoGroup();
    m_undo = new QAction(this);
    m_undo->setShortcuts({QKeySequence::Undo});
    m_redo = new QAction(this);
    m_redo->setShortcuts({QKeySequence(QStringLiteral("Ctrl+Shift+Z")), QKeySequence(QStringLiteral("Ctrl+Y"))});
    connect(m_undo, &QAction::triggered, group, &QUndoGroup::undo);
    connect(m_redo, &QAction::triggered, group, &QUndoGroup::redo);
    connect(group, &QUndoGroup::canUndoChanged, this, &MainWindow::updateEditActions);
    connect(group, &QUndoGroup::canRedoChanged, this, &MainWindow::updateEditActions);
    connect(group, &QUndoGroup::undoTextChanged, this, &MainWindow::updateEditActions);
    connect(group, &QUndoGroup::redoTextChanged, this, &MainWindow::updateEditActions);

    m_editPatient = new QAction(this);
    connect(m_editPatient, &QAction::triggered, m_workspace->editor(), &RecordEditor::editPatient);
    m_archivePatient = new QAction(this);
    connect(m_archivePatient, &QAction::triggered, this, [this] {
        if (PatientSession* s = m_workspace->currentSession())
            m_workspace->editor()->setArchived(!s->record().patient.archived);
    });
    m_find = new QAction(this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_side->setCurrentWidget(m_list);
        m_list->searchField()->setFocus();
        m_list->searchField()->selectAll();
    });
    m_settings = new QAction(this);
    m_settings->setShortcut(QKeySequence::Preferences);
    connect(m_settings, &QAction::triggered, this, &MainWindow::showSettings);

    m_languageGroup = new QActionGroup(this);
    m_english = m_languageGroup->addAction(QStringLiteral("English"));  // i18n-ok: each language is named in itself
    m_chinese = m_languageGroup->addAction(QStringLiteral("中文"));     // i18n-ok: each language is named in itself
    for (QAction* a : {m_english, m_chinese})
        a->setCheckable(true);
    (m_languages->language() == QLatin1String("zh_CN") ? m_chinese : m_english)->setChecked(true);
    connect(m_english, &QAction::triggered, this, [this] { m_languages->setLanguage(QStringLiteral("en")); });
    connect(m_chinese, &QAction::triggered, this, [this] { m_languages->setLanguage(QStringLiteral("zh_CN")); });

    m_about = new QAction(this);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About OncoCase"),
                           tr("<b>OncoCase</b> %1<br>Knowledge data %2 (last verified %3)<br><br>"
                              "Flags for clinical review, never a treatment decision.")
                               .arg(QApplication::applicationVersion(), m_service.knowledge().version(),
                                    display::date(m_service.knowledge().lastVerified())));
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newPatient);
    m_fileMenu->addSeparator();
    m_importExportPlace = m_fileMenu->addSeparator();  // Import…, Export… go before this
    m_importExportPlace->setObjectName(QStringLiteral("importExportPlace"));
    m_printPlace = m_fileMenu->addSeparator();  // Print preview, Print, Export PDF… go before this
    m_printPlace->setObjectName(QStringLiteral("printPlace"));
    m_caseFiles->insertInto(m_fileMenu, m_importExportPlace);
    m_serverMove = new ServerMoveAction(m_service, this);
    m_fileMenu->addAction(m_serverMove->action());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_editPatient);
    m_editMenu->addAction(m_archivePatient);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_settings);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_find);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addAction(m_chinese);
    m_languageMenu->addAction(m_english);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_newPatient);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undo);
    m_toolBar->addAction(m_redo);
    m_toolbarPrintPlace = m_toolBar->addSeparator();  // Print preview, Print, Export PDF go before this
    m_toolbarPrintPlace->setObjectName(QStringLiteral("toolbarPrintPlace"));
    m_printActions->insertInto(m_fileMenu, m_printPlace, m_toolBar, m_toolbarPrintPlace);
    m_toolBar->addAction(m_settings);
    auto* spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(m_chinese);
    m_toolBar->addAction(m_english);
}

void MainWindow::updateEditActions()
{
    QUndoGroup* group = m_workspace->undoGroup();
    const bool open = m_workspace->currentSession() && m_workspace->currentSession()->isLoaded();
    const bool editable = open && !m_readOnly;
    m_undo->setEnabled(!m_readOnly && group->canUndo());
    m_redo->setEnabled(!m_readOnly && group->canRedo());
    m_undo->setText(group->canUndo() ? tr("&Undo %1").arg(group->undoText()) : tr("&Undo"));
    m_redo->setText(group->canRedo() ? tr("&Redo %1").arg(group->redoText()) : tr("&Redo"));
    m_newPatient->setEnabled(!m_readOnly);
    m_editPatient->setEnabled(editable);
    m_archivePatient->setEnabled(editable);
    const bool archived = open && m_workspace->currentSession()->record().patient.archived;
    m_archivePatient->setText(archived ? tr("&Restore patient from archive") : tr("&Archive patient"));
}

void MainWindow::setAssessmentsAvailable(bool available)
{
    m_directory->setAssessmentsAvailable(available);
    m_list->assessmentSourceChanged();
}

void MainWindow::connectSummaries(assessments::AssessmentService& summaries)
{
    setAssessmentsAvailable(true);
    auto* link = new AssessmentLink(summaries, *m_list, statusBar(), this);
    connect(this, &MainWindow::settingsChanged, link, &AssessmentLink::settingsChanged);
    m_worklists->setSummaryService(&summaries);
    // The stored assessment of the open patient comes from her snapshot: no second read, no second rules run.
    summaries.followOpenPatient(*m_openPatient);
}

void MainWindow::connectKnowledge(knowledgepack::KnowledgeUpdates& updates)
{
    m_knowledgeActions = new KnowledgeActions(updates, this);
    m_knowledgeActions->insertInto(m_editMenu, m_helpMenu);
    static_cast<QVBoxLayout*>(m_central->layout())->insertWidget(0, m_knowledgeActions->banner());
    connect(m_knowledgeActions, &KnowledgeActions::reopenRequested, this, &MainWindow::reopenRequested);
}

void MainWindow::openPatient(qint64 patientId)
{
    m_list->selectPatient(patientId);
    m_workspace->openPatient(patientId);
}

void MainWindow::newPatient()
{
    if (const qint64 id = m_workspace->editor()->createPatient())
        openPatient(id);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_service.knowledge(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_service.setUser(dialog.userName());
        m_openPatient->refresh();  // the jurisdiction may have changed
        retranslateUi();
        emit settingsChanged();
    }
}

void MainWindow::setLocked(bool locked)
{
    auto* stack = qobject_cast<QStackedWidget*>(centralWidget());
    if (!stack)
        return;
    stack->setCurrentWidget(locked ? static_cast<QWidget*>(m_lock) : m_central);
    menuBar()->setEnabled(!locked);
    m_toolBar->setEnabled(!locked);
    retranslateUi();  // the title and the status bar name who works now
    if (locked)
        setWindowTitle(tr("OncoCase — locked"));
}

void MainWindow::restoreState()
{
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
        resize(std::min(1366, available.width()), std::min(768, available.height()));
    }
    m_splitter->restoreState(s.value(QStringLiteral("window/splitter")).toByteArray());
    m_splitterOf[1] = s.value(QStringLiteral("window/splitterWorklists")).toByteArray();
    // The last patient of this database (by MRN: ids mean nothing in another file).
    if (s.value(QStringLiteral("workspace/lastDatabase")).toString() == m_service.location())
        if (const auto last = m_service.findPatientId(s.value(QStringLiteral("workspace/lastMrn")).toString()))
            openPatient(*last);
}

void MainWindow::switchSideTab(int tab)
{
    if (tab < 0 || tab > 1 || tab == m_sideTab)
        return;
    m_splitterOf[m_sideTab] = m_splitter->saveState();
    m_sideTab = tab;
    if (m_splitterOf[tab].isEmpty() || !m_splitter->restoreState(m_splitterOf[tab])) {
        // First time: the worklists (many columns, read across patients) take two thirds of the window.
        const int width = std::max(m_splitter->width(), 600);
        const int side = tab == 1 ? width * 2 / 3 : std::min(500, width / 2);
        m_splitter->setSizes({side, width - side});
    }
}

void MainWindow::saveState() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    // The list's state under "window/splitter", the worklists' under its own key, whichever tab is showing.
    const QByteArray current = m_splitter->saveState();
    s.setValue(QStringLiteral("window/splitter"), m_sideTab == 0 ? current : m_splitterOf[0]);
    s.setValue(QStringLiteral("window/splitterWorklists"), m_sideTab == 1 ? current : m_splitterOf[1]);
    s.setValue(QStringLiteral("workspace/lastDatabase"), m_service.location());
    const PatientSession* open = m_workspace->currentSession();
    s.setValue(QStringLiteral("workspace/lastMrn"), open && open->isLoaded() ? open->record().patient.mrn : QString());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    if (m_lock)
        m_lock->retranslateUi();
    const QString path = QDir::toNativeSeparators(m_service.location());
    setWindowTitle(m_readOnly ? tr("OncoCase — %1 (read-only)").arg(path) : tr("OncoCase — %1").arg(path));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_side->setTabText(0, tr("Patients"));
    m_side->setTabText(1, tr("Worklists"));
    m_newPatient->setText(tr("&New patient…"));
    m_quit->setText(tr("&Quit"));
    m_editPatient->setText(tr("&Edit patient…"));
    m_find->setText(tr("&Find patient"));
    m_settings->setText(tr("&Settings…"));
    m_about->setText(tr("&About OncoCase"));
    m_databaseLabel->setText(m_readOnly ? tr("Database: %1 (read-only: changes cannot be saved)").arg(path)
                                        : tr("Database: %1").arg(path));
    m_userLabel->setText(tr("User: %1").arg(m_service.user()));
    m_knowledgeLabel->setText(tr("Knowledge %1").arg(m_service.knowledge().version()));
    m_printActions->retranslateUi();
    m_caseFiles->retranslateUi();
    if (m_serverMove)
        m_serverMove->retranslateUi();
    if (m_knowledgeActions)
        m_knowledgeActions->retranslateUi();
    updateEditActions();
}

}  // namespace onco
