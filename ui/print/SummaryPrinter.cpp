#include "ui/print/SummaryPrinter.h"

#include "core/report/SummaryBuilder.h"
#include "core/report/SummaryLayout.h"
#include "core/services/CaseService.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace onco {

SummaryPrinter::SummaryPrinter(CaseService& service, SummaryFigures figures, report::AssessmentSource assessment)
    : m_service(service)
    , m_figures(std::move(figures))
    , m_assessment(std::move(assessment))
{}

Result<SummaryDocuments> SummaryPrinter::documents(const QList<qint64>& patientIds,
                                                   const report::SummaryOptions& options)
{
    SummaryDocuments docs;
    for (qint64 id : patientIds) {
        auto data = report::buildSummary(m_service, id, options, m_assessment);
        if (!data)
            return data.error();
        docs.push_back(std::make_unique<SummaryDocument>(std::move(data).value(), options.language,
                                                         m_service.knowledge(), m_figures));
    }
    return docs;
}

void SummaryPrinter::setUpPage(QPagedPaintDevice& device)
{
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
}

Result<QList<int>> SummaryPrinter::paint(QPagedPaintDevice& device, const SummaryDocuments& documents)
{
    QPainter painter;
    if (!painter.begin(&device))
        return Error{ErrorKind::Io, tr("the printer or PDF file cannot be written")};
    // The summary is laid out for A4; smaller paper (e.g. Letter chosen in a print dialog) gets it scaled to fit.
    const double a4Width = report::layout::kPageWidthMm / 25.4 * device.logicalDpiX();
    const double a4Height = report::layout::kPageHeightMm / 25.4 * device.logicalDpiY();
    const double fit = qMin(1.0, qMin(device.width() / a4Width, device.height() / a4Height));
    painter.scale(fit, fit);
    QList<int> pages;
    bool first = true;
    for (const auto& doc : documents) {
        doc->layoutFor(&device);
        for (int i = 0; i < doc->pageCount(); ++i) {
            if (!first && !device.newPage()) {
                painter.end();
                return Error{ErrorKind::Io, tr("a new page cannot be started")};
            }
            first = false;
            doc->paintPage(painter, i);
        }
        pages << doc->pageCount();
        doc->releaseDevice();  // the device may go before the document
    }
    if (!painter.end())
        return Error{ErrorKind::Io, tr("the printer or PDF file cannot be written")};
    return pages;
}

Status SummaryPrinter::audit(const SummaryDocuments& documents, const QList<int>& pages, const QString& output,
                             const QString& target, const report::SummaryOptions& options)
{
    for (size_t i = 0; i < documents.size(); ++i) {
        const report::SummaryData& d = documents[i]->data();
        const QJsonObject details{
            {QStringLiteral("output"), output},
            {QStringLiteral("target"), target},
            {QStringLiteral("language"), report::printLanguageCode(options.language)},
            {QStringLiteral("as_of"), d.asOf.toString(Qt::ISODate)},
            {QStringLiteral("jurisdiction"), toCode(d.jurisdiction)},
            {QStringLiteral("knowledge_version"), d.knowledgeVersion},
            {QStringLiteral("assessment"), d.assessment.has_value()},
            {QStringLiteral("pages"), pages.value(int(i))},
            {QStringLiteral("summaries"), int(documents.size())},
            {QStringLiteral("printed_by"), d.printedBy},
        };
        if (auto s = m_service.logAction(QStringLiteral("print"), d.record.patient.id, details); !s)
            return s;
    }
    return {};
}

Result<int> SummaryPrinter::writePdf(const QList<qint64>& patientIds, const report::SummaryOptions& options,
                                     const QString& path)
{
    if (patientIds.isEmpty())
        return Error{ErrorKind::InvalidInput, tr("no patient to print")};
    auto docs = documents(patientIds, options);
    if (!docs)
        return docs.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorKind::Io, tr("%1 cannot be written: %2").arg(path, file.errorString())};
    QList<int> pages;
    {
        QPdfWriter writer(&file);
        writer.setResolution(1200);
        writer.setCreator(QStringLiteral("OncoCase"));
        writer.setTitle(docs.value().size() == 1 ? docs.value().front()->furniture().title + QStringLiteral(" — ") +
                                                       docs.value().front()->data().record.patient.mrn
                                                 : docs.value().front()->furniture().title);
        setUpPage(writer);
        auto painted = paint(writer, docs.value());
        if (!painted) {
            file.cancelWriting();
            return painted.error();
        }
        pages = painted.value();
    }
    if (!file.commit())
        return Error{ErrorKind::Io, tr("%1 cannot be written: %2").arg(path, file.errorString())};
    // Every PDF written is in the audit trail: when the row cannot be written, the file goes again.
    if (auto s = audit(docs.value(), pages, QStringLiteral("pdf"), QFileInfo(path).absoluteFilePath(), options); !s) {
        QFile::remove(path);
        return s.error();
    }
    int total = 0;
    for (int n : pages)
        total += n;
    return total;
}

}  // namespace onco
