#include "ui/print/PrintPreview.h"

#include "ui/print/PrintOptionsDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QToolBar>

namespace onco {

PrintPreview::PrintPreview(SummaryPrinter& printer, report::SummaryOptions options, QList<qint64> patientIds,
                           QWidget* parent)
    : m_printer(printer)
    , m_options(std::move(options))
    , m_patientIds(std::move(patientIds))
{
    SummaryPrinter::setUpPage(m_device);
    m_device.setFullPage(true);
    m_dialog = std::make_unique<QPrintPreviewDialog>(&m_device, parent);
    m_dialog->setObjectName(QStringLiteral("summaryPreview"));
    m_dialog->setWindowTitle(tr("Print preview — patient summary"));
    m_dialog->resize(1000, 740);
    connect(m_dialog.get(), &QPrintPreviewDialog::paintRequested, this, &PrintPreview::paint);

    m_language = new QComboBox(m_dialog.get());
    m_language->setObjectName(QStringLiteral("printLanguage"));
    for (report::PrintLanguage language : report::allPrintLanguages())
        m_language->addItem(PrintOptionsDialog::languageName(language), int(language));
    m_language->setCurrentIndex(m_language->findData(int(m_options.language)));
    if (auto* toolbar = m_dialog->findChild<QToolBar*>()) {
        toolbar->addSeparator();
        toolbar->addWidget(new QLabel(tr("Print language:"), toolbar));
        toolbar->addWidget(m_language);
    }
    connect(m_language, &QComboBox::currentIndexChanged, this, &PrintPreview::setLanguage);
}

PrintPreview::~PrintPreview() = default;

bool PrintPreview::run()
{
    return m_dialog->exec() == QDialog::Accepted;
}

void PrintPreview::setLanguage(int index)
{
    m_options.language = report::PrintLanguage(m_language->itemData(index).toInt());
    if (auto* widget = m_dialog->findChild<QPrintPreviewWidget*>())
        widget->updatePreview();
}

void PrintPreview::paint(QPrinter* printer)
{
    m_pages.clear();
    auto docs = m_printer.documents(m_patientIds, m_options);
    if (!docs) {
        QMessageBox::warning(m_dialog.get(), tr("Printing"), docs.error().message);
        return;
    }
    m_documents = std::move(docs).value();
    const auto pages = SummaryPrinter::paint(*printer, m_documents);
    if (!pages) {
        QMessageBox::warning(m_dialog.get(), tr("Printing"), pages.error().message);
        return;
    }
    m_pages = pages.value();
    m_toFile = printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty();
    m_target = m_toFile ? printer->outputFileName() : printer->printerName();
}

}  // namespace onco
