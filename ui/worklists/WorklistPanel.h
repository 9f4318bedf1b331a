#pragma once

#include "core/worklists/Screening.h"

#include <QWidget>

#include <functional>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace onco {

class CaseService;
class PrintController;
class WorklistLoader;
class WorklistModel;

namespace assessments {
class AssessmentService;
}

namespace worklists {
struct Screening;
enum class Kind;
}  // namespace worklists

/**
 * The worklists beside the patient list (product.md §8): oral SERD is an option, ESR1 test or re-test due,
 * confirmed tumour-marker rise, summary not printed since the last change. They read the stored summaries on a
 * worker thread (never assessing anyone here), follow every change, can be filtered and sorted, exported to CSV,
 * and printed as a batch of summaries. Double-click (or Enter) opens the patient.
 */
class WorklistPanel : public QWidget
{
    Q_OBJECT
public:
    WorklistPanel(CaseService& service, worklists::WorklistSource source, QWidget* parent = nullptr);
    ~WorklistPanel() override;

    /** Batch print and PDF export go through the window's controller (none: the print buttons are hidden). */
    void setPrintController(PrintController* controller);
    /** Reloads when a summary changed or the background recompute ended. */
    void setSummaryService(assessments::AssessmentService* summaries);
    /** Asks for the CSV file to write, given a suggested path; empty = cancelled (default: a file dialog). */
    void setFileChooser(std::function<QString(const QString& suggested)> chooser) { m_chooseFile = std::move(chooser); }

    void showList(worklists::Kind kind);
    /** Reads the lists again now (on a worker thread; `loaded` follows). */
    void reload();
    bool isLoading() const;
    /** Writes the list shown (filtered and sorted as shown) to a CSV file; false when cancelled or failed. */
    bool exportCsv();

    WorklistModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterField() const { return m_filter; }
    QCheckBox* newOnlyBox() const { return m_newOnly; }
    QToolButton* listButton(worklists::Kind kind) const;
    QLabel* statusLabel() const { return m_status; }
    /** Patients the print buttons act on: the selected rows, else every row shown. */
    QList<qint64> printTargets() const;

signals:
    void patientActivated(qint64 patientId);
    /** The lists were read again. */
    void loaded();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void markDirty();
    void onLoaded();
    void applyFilter();
    void fitColumns();
    void updateTexts();
    void printWith(const std::function<void(const QList<qint64>&)>& print);

    CaseService& m_service;
    worklists::WorklistSource m_source;
    PrintController* m_print = nullptr;
    WorklistModel* m_model = nullptr;
    WorklistLoader* m_loader = nullptr;
    std::shared_ptr<const worklists::Screening> m_screening;
    bool m_dirty = true;
    bool m_again = false;
    QString m_error;
    std::function<QString(const QString&)> m_chooseFile;

    QButtonGroup* m_lists = nullptr;
    QLineEdit* m_filter = nullptr;
    QCheckBox* m_newOnly = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_description = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_refresh = nullptr;
    QTimer* m_debounce = nullptr;
};

}  // namespace onco
