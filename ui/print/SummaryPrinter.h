#pragma once

#include "core/report/AssessmentSection.h"
#include "core/report/SummaryData.h"
#include "core/util/Result.h"
#include "ui/print/SummaryDocument.h"
#include "ui/print/SummaryFigures.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

class QPagedPaintDevice;

namespace onco {

class CaseService;

/** Summaries of several patients, in order. */
using SummaryDocuments = std::vector<std::unique_ptr<SummaryDocument>>;

/**
 * Prints patient summaries without any dialog: builds them (core/report), lays them out, paints them on a PDF
 * file or a printer — each summary from a new page — and writes one "print" row per patient to the audit trail.
 * The GUI (PrintController) and `oncocase print` both go through it.
 */
class SummaryPrinter
{
    Q_DECLARE_TR_FUNCTIONS(SummaryPrinter)
public:
    explicit SummaryPrinter(CaseService& service, SummaryFigures figures = defaultSummaryFigures(),
                            report::AssessmentSource assessment = report::defaultAssessmentSource());

    CaseService& service() { return m_service; }
    void setFigures(SummaryFigures figures) { m_figures = std::move(figures); }
    void setAssessmentSource(report::AssessmentSource source) { m_assessment = std::move(source); }

    /** The summaries of stored patients (not laid out yet); NotFound when an id is unknown. */
    Result<SummaryDocuments> documents(const QList<qint64>& patientIds, const report::SummaryOptions& options);

    /** Lays out and paints the summaries on `device` (a QPdfWriter or QPrinter), each from a new page; returns the
     *  number of pages of each. Not audited. */
    static Result<QList<int>> paint(QPagedPaintDevice& device, const SummaryDocuments& documents);

    /** Writes one PDF of the patients' summaries to `path` (replaced only when complete) and audits it.
     *  Returns the total number of pages. */
    Result<int> writePdf(const QList<qint64>& patientIds, const report::SummaryOptions& options, const QString& path);

    /** Writes the "print" audit row of each summary: `output` is "pdf" or "printer", `target` the file or printer. */
    Status audit(const SummaryDocuments& documents, const QList<int>& pages, const QString& output,
                 const QString& target, const report::SummaryOptions& options);

    /** Prepares a PDF writer or printer for the summary's A4 pages (no margins: the summary draws its own). */
    static void setUpPage(QPagedPaintDevice& device);

private:
    CaseService& m_service;
    SummaryFigures m_figures;
    report::AssessmentSource m_assessment;
};

}  // namespace onco
