#pragma once

#include "core/report/PrintLanguage.h"
#include "core/report/SummaryData.h"
#include "core/report/SummaryHtml.h"
#include "core/report/SummaryLayout.h"
#include "ui/print/SummaryFigures.h"

#include <QTextDocument>

#include <memory>
#include <optional>

class QPaintDevice;
class QTextBlock;
class QTextTable;
class QPainter;

namespace onco {

class Knowledge;

/**
 * One patient's printed summary laid out on A4 pages: the body is a QTextDocument of the summary HTML (figures as
 * image resources), split into pages of the body height; the header and footer (report::PageFurniture) are
 * painted on every page. Lay it out for the device it is painted on (its resolution decides the font metrics), so
 * preview, printer and PDF break the pages the same way at the same resolution.
 */
class SummaryDocument
{
public:
    SummaryDocument(report::SummaryData data, report::PrintLanguage language, const Knowledge& knowledge,
                    const SummaryFigures& figures);
    ~SummaryDocument();

    const report::SummaryData& data() const { return m_data; }
    report::PrintLanguage language() const { return m_text.language(); }
    const report::PageFurniture& furniture() const { return m_furniture; }
    /** The body HTML as last laid out (page breaks not included). */
    const QString& html() const { return m_html; }
    /** The font scale the last layout needed to fit kMaxPages (1.0 when it fitted at full size). */
    double scale() const { return m_scale; }
    const QTextDocument& body() const { return *m_body; }

    /**
     * Lays the body out for `device` (at its logical resolution) on pages of the body size: headings stay with what
     * follows, table rows stay whole, short sections are not cut, and type is set smaller when the summary would
     * not fit on kMaxPages.
     */
    void layoutFor(QPaintDevice* device);
    /** Forgets the device of the last layout (call before the device goes; lay out again before painting). */
    void releaseDevice();
    int pageCount() const;
    /** The width the body's content needs, in device pixels (more than bodyWidth() means something overflows). */
    double contentWidth() const;
    double bodyWidth() const;

    /** Paints page `index` (0-based) of this summary on a painter whose origin is the paper's top-left corner. */
    void paintPage(QPainter& painter, int index) const;

private:
    void addFigure(const report::FigureSlot& slot, const FigureRenderer& renderer, const char* title);
    /** A page break to add, and where the problem it solves is. */
    struct Break
    {
        report::PageBreak pageBreak;
        double y = 0;
    };
    /** Moves headings left alone at a page foot, and table rows cut by a page break, to the next page. */
    void paginate();
    std::optional<Break> headingBreak() const;
    std::optional<Break> rowBreak(const QString& html) const;
    std::optional<Break> sectionBreak() const;
    /** Where `table` (the `index`-th) should break: never inside a row, never leaving a single row alone; a table
     *  kept whole (`keepWhole`) moves to the next page as a whole. */
    std::optional<Break> tableBreak(QTextTable* table, int index, bool keepWhole) const;
    double lineTop(const QTextBlock& block) const;
    double lineBottom(const QTextBlock& block) const;
    int pageAt(double y) const;
    double mm(double millimetres) const { return millimetres * m_dpi / 25.4; }
    void paintHeader(QPainter& painter) const;
    void paintFooter(QPainter& painter, int index) const;

    report::SummaryData m_data;
    report::PrintText m_text;
    report::PageFurniture m_furniture;
    QString m_html;
    std::unique_ptr<QTextDocument> m_body;
    double m_dpi = 96.0;
    double m_scale = 1.0;
};

}  // namespace onco
