#pragma once

#include "core/services/CaseFiles.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace onco {

/** What became of one case file of an import. */
struct ImportOutcome
{
    enum class Result { Added, Replaced, Skipped, Failed };
    CaseFileImport file;
    Result result = Result::Failed;
};

/**
 * The result of an import, file by file: which patients were added or replaced, which were left as they were
 * (their MRN exists and replacing was not chosen), and for each file that failed every problem with its JSON path
 * (e.g. `therapies[0].drugs[0]: unknown drug`), so the file can be corrected and imported again.
 */
class ImportResultDialog : public QDialog
{
    Q_OBJECT
public:
    ImportResultDialog(const QList<ImportOutcome>& outcomes, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QString summary() const;

private:
    QLabel* m_summary = nullptr;
    QTreeWidget* m_list = nullptr;
};

}  // namespace onco
