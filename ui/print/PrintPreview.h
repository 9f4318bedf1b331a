#pragma once

#include "core/report/SummaryData.h"
#include "ui/print/SummaryPrinter.h"

#include <QObject>
#include <QPrinter>

#include <memory>

class QComboBox;
class QPrintPreviewDialog;
class QWidget;

namespace onco {

/**
 * A print preview of one or more summaries with the print language chosen in the preview's toolbar (the page
 * is re-laid out at once). Printing from it prints what is shown; run() tells whether the user printed.
 */
class PrintPreview : public QObject
{
    Q_OBJECT
public:
    PrintPreview(SummaryPrinter& printer, report::SummaryOptions options, QList<qint64> patientIds,
                 QWidget* parent = nullptr);
    ~PrintPreview() override;

    QPrintPreviewDialog* dialog() const { return m_dialog.get(); }
    QComboBox* languageBox() const { return m_language; }

    /** Shows the preview (modal); true when the user printed (or saved a PDF) from it. */
    bool run();

    /** What was painted last (after run(): what was printed). */
    const SummaryDocuments& documents() const { return m_documents; }
    const QList<int>& pages() const { return m_pages; }
    const report::SummaryOptions& options() const { return m_options; }
    /** "pdf" or "printer", and the file or printer name. */
    QString output() const { return m_toFile ? QStringLiteral("pdf") : QStringLiteral("printer"); }
    const QString& target() const { return m_target; }

private:
    void paint(QPrinter* printer);
    void setLanguage(int index);

    SummaryPrinter& m_printer;
    report::SummaryOptions m_options;
    QList<qint64> m_patientIds;
    QPrinter m_device{QPrinter::HighResolution};
    std::unique_ptr<QPrintPreviewDialog> m_dialog;
    QComboBox* m_language = nullptr;
    SummaryDocuments m_documents;
    QList<int> m_pages;
    bool m_toFile = false;
    QString m_target;
};

}  // namespace onco
