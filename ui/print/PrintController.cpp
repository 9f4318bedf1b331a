#include "ui/print/PrintController.h"

#include "core/services/CaseService.h"
#include "core/util/Clock.h"
#include "ui/print/PrintOptionsDialog.h"
#include "ui/print/PrintPreview.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace onco {

namespace {
constexpr char kLastDirectorySetting[] = "print/lastDirectory";
}

PrintController::PrintController(CaseService& service, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_window(window)
    , m_printer(service)
{
    m_chooseLanguage = [this](const QString& title) { return PrintOptionsDialog::ask(m_window, title); };
    m_chooseFile = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(m_window, tr("Export summary as PDF"), suggested, tr("PDF files (*.pdf)"));
    };
}

PrintController::~PrintController() = default;

report::SummaryOptions PrintController::optionsFor(report::PrintLanguage language) const
{
    report::SummaryOptions options;
    options.language = language;
    options.asOf = m_service.clock().today();
    return options;
}

QString PrintController::suggestedPdfPath(const QList<qint64>& patientIds) const
{
    QString folder = QSettings().value(QLatin1String(kLastDirectorySetting)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString day = m_service.clock().today().toString(Qt::ISODate);
    QString name = QStringLiteral("summaries-%1.pdf").arg(day);
    if (patientIds.size() == 1)
        if (auto record = m_service.loadPatient(patientIds.front()))
            name = QStringLiteral("%1-summary-%2.pdf").arg(record->patient.mrn, day);
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("_"));
    return QDir(folder).filePath(name);
}

void PrintController::showError(const QString& message)
{
    QMessageBox::warning(m_window, tr("Printing"), message);
}

void PrintController::printPreview(qint64 patientId)
{
    printPreviewBatch({patientId});
}

void PrintController::printPreviewBatch(const QList<qint64>& patientIds)
{
    if (patientIds.isEmpty())
        return;
    PrintPreview preview(m_printer, optionsFor(PrintOptionsDialog::savedLanguage()), patientIds, m_window);
    if (!preview.run())
        return;
    if (auto s = m_printer.audit(preview.documents(), preview.pages(), preview.output(), preview.target(),
                                 preview.options());
        !s) {
        showError(tr("The summary was printed, but the print could not be written to the audit trail:\n%1")
                      .arg(s.error().message));
        return;
    }
    PrintOptionsDialog::saveLanguage(preview.options().language);
    emit printed(patientIds);
}

void PrintController::print(qint64 patientId)
{
    printBatch({patientId});
}

void PrintController::printBatch(const QList<qint64>& patientIds)
{
    if (patientIds.isEmpty())
        return;
    const auto language = m_chooseLanguage(patientIds.size() == 1 ? tr("Print summary")
                                                                  : tr("Print %n summaries", "", patientIds.size()));
    if (!language)
        return;
    QPrinter printer(QPrinter::HighResolution);
    SummaryPrinter::setUpPage(printer);
    printer.setFullPage(true);
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (printOn(printer, patientIds, optionsFor(*language)))
        emit printed(patientIds);
}

bool PrintController::printOn(QPrinter& printer, const QList<qint64>& patientIds, const report::SummaryOptions& options)
{
    auto docs = m_printer.documents(patientIds, options);
    if (!docs) {
        showError(docs.error().message);
        return false;
    }
    const auto pages = SummaryPrinter::paint(printer, docs.value());
    if (!pages) {
        showError(pages.error().message);
        return false;
    }
    const bool toFile = printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty();
    if (auto s =
            m_printer.audit(docs.value(), pages.value(), toFile ? QStringLiteral("pdf") : QStringLiteral("printer"),
                            toFile ? printer.outputFileName() : printer.printerName(), options);
        !s) {
        showError(tr("The summary was printed, but the print could not be written to the audit trail:\n%1")
                      .arg(s.error().message));
        return false;
    }
    return true;
}

void PrintController::exportPdf(qint64 patientId)
{
    exportBatchPdf({patientId});
}

void PrintController::exportBatchPdf(const QList<qint64>& patientIds)
{
    if (patientIds.isEmpty())
        return;
    const auto language = m_chooseLanguage(tr("Export summary as PDF"));
    if (!language)
        return;
    QString path = m_chooseFile(suggestedPdfPath(patientIds));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QSettings().setValue(QLatin1String(kLastDirectorySetting), QFileInfo(path).absolutePath());
    const auto pages = m_printer.writePdf(patientIds, optionsFor(*language), path);
    if (!pages) {
        showError(pages.error().message);
        return;
    }
    emit printed(patientIds);
}

}  // namespace onco
