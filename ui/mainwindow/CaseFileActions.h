#pragma once

#include "ui/dialogs/ImportResultDialog.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QMainWindow;
class QMenu;

namespace onco {

class CaseService;
class PatientWorkspace;

/** What an import is about to do, for the confirmation (files already read and checked; nothing written). */
struct ImportPlan
{
    QList<CaseFileImport> files;
    QStringList existingMrns;  ///< valid files whose MRN is stored already
    int validFiles = 0;
};

/**
 * Import… and Export… of case files (case-format.md) in the File menu, through the same core code as
 * `oncocase import/export` (casefiles::): every file is read and checked first, the import is confirmed (it is not
 * an undoable edit; patients whose MRN exists are replaced only when chosen), then each valid file is imported in
 * its own transaction, and a result dialog names every file with the JSON path and problem of each failure.
 * Export writes the open patient to a file, audited. Both are unavailable on a read-only database.
 */
class CaseFileActions : public QObject
{
    Q_OBJECT
public:
    CaseFileActions(CaseService& service, PatientWorkspace& workspace, QMainWindow* window);

    QAction* importAction() const { return m_import; }
    QAction* exportAction() const { return m_export; }
    void insertInto(QMenu* menu, QAction* place);
    void setReadOnly(bool readOnly);
    void updateActions();
    void retranslateUi();

    /** Asks for the files to import (default: a multi-select file dialog). */
    using FilesChooser = std::function<QStringList()>;
    /** Confirms an import: nullopt cancels, else whether to replace the patients that exist (default: a question). */
    using Confirmation = std::function<std::optional<bool>(const ImportPlan& plan)>;
    /** Asks where to export, given a suggested path; empty = cancelled (default: a file dialog). */
    using SaveChooser = std::function<QString(const QString& suggested)>;
    void setFilesChooser(FilesChooser chooser) { m_chooseFiles = std::move(chooser); }
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    void setSaveChooser(SaveChooser chooser) { m_chooseSave = std::move(chooser); }

    /** Checks, confirms and imports `paths`, then shows the result (non-blocking); returns what became of each. */
    QList<ImportOutcome> importFiles(const QStringList& paths);
    /** Exports a stored patient after asking where; false when cancelled or failed (the reason is shown). */
    bool exportPatient(qint64 patientId);
    /** The result dialog of the last import (nullptr once closed). */
    ImportResultDialog* resultDialog() const { return m_result; }

signals:
    /** Patients were imported; the first one, to open. */
    void imported(qint64 firstPatientId);

private:
    std::optional<bool> askToImport(const ImportPlan& plan);
    QString folder() const;
    void rememberFolder(const QString& path) const;
    void showError(const QString& title, const QString& message);

    CaseService& m_service;
    PatientWorkspace& m_workspace;
    QMainWindow* m_window;
    QAction* m_import = nullptr;
    QAction* m_export = nullptr;
    bool m_readOnly = false;
    FilesChooser m_chooseFiles;
    Confirmation m_confirm;
    SaveChooser m_chooseSave;
    QPointer<ImportResultDialog> m_result;
};

}  // namespace onco
