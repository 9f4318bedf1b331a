#pragma once

#include "core/report/PrintLanguage.h"
#include "core/report/SummaryData.h"
#include "ui/print/SummaryPrinter.h"

#include <QObject>

#include <functional>
#include <optional>

class QPrinter;
class QWidget;

namespace onco {

class CaseService;

/**
 * The one place the GUI prints patient summaries from: print preview (with the print language chosen in the
 * preview's toolbar), print, PDF export, and batch print/export for a list of patients (worklists). Every print
 * and export is written to the audit trail; errors are shown in a message box over `window`.
 * The workspace connects its actions to the slots with the open patient's id.
 */
class PrintController : public QObject
{
    Q_OBJECT
public:
    explicit PrintController(CaseService& service, QWidget* window, QObject* parent = nullptr);
    ~PrintController() override;

    SummaryPrinter& printer() { return m_printer; }

    /** Asks for the print language (default: PrintOptionsDialog); replaceable for tests. */
    using LanguageChooser = std::function<std::optional<report::PrintLanguage>(const QString& title)>;
    /** Asks for the PDF file to write, given a suggested path; empty = cancelled (default: a file dialog). */
    using FileChooser = std::function<QString(const QString& suggestedPath)>;
    void setLanguageChooser(LanguageChooser chooser) { m_chooseLanguage = std::move(chooser); }
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    /** The options of a print now: `language`, as of today, the settings' jurisdiction. */
    report::SummaryOptions optionsFor(report::PrintLanguage language) const;
    /** Where an export is suggested: the last export folder (else Documents) and "<MRN>-summary-<date>.pdf". */
    QString suggestedPdfPath(const QList<qint64>& patientIds) const;

public slots:
    void printPreview(qint64 patientId);
    void print(qint64 patientId);
    void exportPdf(qint64 patientId);
    void printBatch(const QList<qint64>& patientIds);
    void exportBatchPdf(const QList<qint64>& patientIds);
    /** Preview of several summaries (each from a new page). */
    void printPreviewBatch(const QList<qint64>& patientIds);

signals:
    /** After a print or export was written to the audit trail (e.g. to refresh "summary not printed" lists). */
    void printed(const QList<qint64>& patientIds);

private:
    bool printOn(QPrinter& printer, const QList<qint64>& patientIds, const report::SummaryOptions& options);
    void showError(const QString& message);

    CaseService& m_service;
    QWidget* m_window;
    SummaryPrinter m_printer;
    LanguageChooser m_chooseLanguage;
    FileChooser m_chooseFile;
};

}  // namespace onco
