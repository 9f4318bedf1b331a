#include "ui/mainwindow/CaseFileActions.h"

#include "core/services/CaseService.h"
#include "core/util/Clock.h"
#include "ui/workspace/PatientSession.h"
#include "ui/workspace/PatientWorkspace.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

namespace onco {

namespace {
constexpr char kFolderSetting[] = "caseFiles/lastDirectory";
}

CaseFileActions::CaseFileActions(CaseService& service, PatientWorkspace& workspace, QMainWindow* window)
    : QObject(window)
    , m_service(service)
    , m_workspace(workspace)
    , m_window(window)
    , m_import(new QAction(this))
    , m_export(new QAction(this))
{
    m_import->setObjectName(QStringLiteral("importCaseFiles"));
    m_export->setObjectName(QStringLiteral("exportCaseFile"));
    m_chooseFiles = [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(m_window, tr("Import case files"), folder(),
                                                                tr("Case files (*.json);;All files (*)"));
        if (!paths.isEmpty())
            rememberFolder(paths.front());
        return paths;
    };
    m_confirm = [this](const ImportPlan& plan) { return askToImport(plan); };
    m_chooseSave = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(m_window, tr("Export case file"), suggested, tr("Case files (*.json)"));
    };
    connect(m_import, &QAction::triggered, this, [this] {
        if (const QStringList paths = m_chooseFiles(); !paths.isEmpty())
            importFiles(paths);
    });
    connect(m_export, &QAction::triggered, this, [this] { exportPatient(m_workspace.currentPatientId()); });
    connect(&workspace, &PatientWorkspace::patientOpened, this, &CaseFileActions::updateActions);
    retranslateUi();
    updateActions();
}

void CaseFileActions::insertInto(QMenu* menu, QAction* place)
{
    menu->insertActions(place, {m_import, m_export});
}

void CaseFileActions::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void CaseFileActions::updateActions()
{
    const bool open = m_workspace.currentSession() && m_workspace.currentSession()->isLoaded();
    m_import->setEnabled(!m_readOnly);
    // An export is written to the audit trail, which a read-only database cannot take.
    m_export->setEnabled(!m_readOnly && open);
}

QString CaseFileActions::folder() const
{
    const QString stored = QSettings().value(QLatin1String(kFolderSetting)).toString();
    return !stored.isEmpty() && QFileInfo(stored).isDir()
               ? stored
               : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void CaseFileActions::rememberFolder(const QString& path) const
{
    QSettings().setValue(QLatin1String(kFolderSetting), QFileInfo(path).absolutePath());
}

QList<ImportOutcome> CaseFileActions::importFiles(const QStringList& paths)
{
    // 1. Read and check every file; nothing is written yet.
    ImportPlan plan;
    for (const QString& path : paths) {
        CaseFileImport file = casefiles::read(path, m_service.knowledge(), m_service.clock().today());
        if (file.valid()) {
            ++plan.validFiles;
            if (m_service.findPatientId(file.mrn()))
                plan.existingMrns << file.mrn();
        }
        plan.files << std::move(file);
    }
    // 2. Confirm (not undoable; replace the existing patients or leave them).
    bool replace = false;
    if (plan.validFiles > 0) {
        const auto answer = m_confirm(plan);
        if (!answer)
            return {};
        replace = *answer;
    }
    // 3. Each valid file in its own transaction.
    QList<ImportOutcome> outcomes;
    qint64 first = 0;
    for (CaseFileImport& file : plan.files) {
        ImportOutcome o{std::move(file), ImportOutcome::Result::Failed};
        if (o.file.valid()) {
            const bool exists = plan.existingMrns.contains(o.file.mrn());
            if (exists && !replace) {
                o.result = ImportOutcome::Result::Skipped;
            } else {
                casefiles::store(m_service, o.file, replace);
                if (o.file.imported()) {
                    o.result = exists ? ImportOutcome::Result::Replaced : ImportOutcome::Result::Added;
                    first = first ? first : o.file.patientId;
                    // Her earlier edits refer to records the import replaced: they can no longer be undone.
                    if (PatientSession* s = exists ? m_workspace.session(o.file.patientId) : nullptr)
                        s->undoStack()->clear();
                }
            }
        }
        outcomes << std::move(o);
    }
    // 4. The result, file by file (non-blocking).
    if (m_result)
        m_result->close();
    m_result = new ImportResultDialog(outcomes, m_window);
    m_result->setAttribute(Qt::WA_DeleteOnClose);
    m_result->open();
    if (first)
        emit imported(first);
    return outcomes;
}

std::optional<bool> CaseFileActions::askToImport(const ImportPlan& plan)
{
    QMessageBox box(QMessageBox::Question, tr("Import case files"),
                    tr("Import the patients of %1 of the %2 chosen files?").arg(plan.validFiles).arg(plan.files.size()),
                    QMessageBox::Cancel, m_window);
    QStringList notes{tr("An import is not an undoable edit: Undo will not take it back. Each file is imported in "
                         "its own transaction and written to the audit trail.")};
    if (plan.validFiles < plan.files.size())
        notes << tr("Files with problems import nothing; the result lists their problems.");
    QCheckBox* replace = nullptr;
    if (!plan.existingMrns.isEmpty()) {
        notes << tr("These patients exist already: %1. Unless you choose to replace them, they are left as they are.")
                     .arg(plan.existingMrns.join(QStringLiteral(", ")));
        replace = new QCheckBox(tr("Replace the whole record of the existing patients"), &box);
        box.setCheckBox(replace);
    }
    box.setInformativeText(notes.join(QStringLiteral("\n\n")));
    QPushButton* import = box.addButton(tr("Import"), QMessageBox::AcceptRole);
    box.setDefaultButton(import);
    box.exec();
    if (box.clickedButton() != import)
        return std::nullopt;
    return replace && replace->isChecked();
}

bool CaseFileActions::exportPatient(qint64 patientId)
{
    auto record = m_service.loadPatient(patientId);
    if (!record) {
        showError(tr("Export case file"), record.error().message);
        return false;
    }
    QString name = record->patient.mrn + QStringLiteral(".json");
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("_"));
    QString path = m_chooseSave(QDir(folder()).filePath(name));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    rememberFolder(path);
    if (auto s = casefiles::exportFile(m_service, patientId, path); !s) {
        showError(tr("Export case file"), s.error().message);
        return false;
    }
    m_window->statusBar()->showMessage(tr("Exported %1 to %2").arg(record->patient.mrn, QDir::toNativeSeparators(path)),
                                       8000);
    return true;
}

void CaseFileActions::showError(const QString& title, const QString& message)
{
    // Not blocking: the message stays until read, the window goes on.
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("caseFileError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void CaseFileActions::retranslateUi()
{
    m_import->setText(tr("&Import case files…"));
    m_import->setToolTip(tr("Import patients from case files (oncocase-case/1)"));
    m_export->setText(tr("E&xport case file…"));
    m_export->setToolTip(tr("Write the open patient to a case file"));
}

}  // namespace onco
