#include "ui/print/SummaryDocument.h"

#include "core/report/HtmlText.h"
#include "core/report/SummaryLayout.h"
#include "ui/print/PrintFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

namespace onco {

using namespace report::layout;

SummaryDocument::SummaryDocument(report::SummaryData data, report::PrintLanguage language, const Knowledge& knowledge,
                                 const SummaryFigures& figures)
    : m_data(std::move(data))
    , m_text(language, knowledge)
    , m_furniture(report::pageFurniture(m_data, m_text))
    , m_html(report::summaryHtml(m_data, m_text))
    , m_body(std::make_unique<QTextDocument>())
{
    m_body->setDocumentMargin(0);
    m_body->setDefaultFont(printFont(8.5));
    QTextOption option = m_body->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_body->setDefaultTextOption(option);
    if (report::showsTimeline(m_data))
        addFigure(report::kTimelineFigure, figures.timeline, QT_TRANSLATE_NOOP("Summary", "Disease timeline"));
    if (report::showsMarkerChart(m_data))
        addFigure(report::kMarkerFigure, figures.markerChart, QT_TRANSLATE_NOOP("Summary", "Tumour-marker chart"));
    m_html = report::summaryHtml(m_data, m_text);  // with the figures' heights
    // The body is filled by layoutFor(), which knows the device and the type size that fits.
}

SummaryDocument::~SummaryDocument() = default;

void SummaryDocument::addFigure(const report::FigureSlot& slot, const FigureRenderer& renderer, const char* title)
{
    const QSize pixels(qRound(slot.sizeMm.width() * kFigureDpi / 25.4),
                       qRound(slot.sizeMm.height() * kFigureDpi / 25.4));
    const QSize logical(qRound(slot.sizeMm.width() * report::layout::kCssPxPerMm),
                        qRound(slot.sizeMm.height() * report::layout::kCssPxPerMm));
    const FigureRequest request{m_data.record, m_data.asOf, m_text, pixels, logical, kFigureDpi / 96.0};
    QImage image = renderer ? renderer(request) : QImage();
    if (image.isNull())
        image = placeholderFigure(request, title);
    // An image taller than the slot's proportions asks for more room (all its lanes at the figure's type size).
    const double heightMm = slot.sizeMm.width() * image.height() / std::max(1, image.width());
    if (heightMm > slot.sizeMm.height() + 0.5)
        m_data.figureHeightMm.insert(QString::fromLatin1(slot.name), heightMm);
    m_body->addResource(QTextDocument::ImageResource, QUrl(slot.url()), image);
}

void SummaryDocument::releaseDevice()
{
    m_body->documentLayout()->setPaintDevice(nullptr);
}

void SummaryDocument::layoutFor(QPaintDevice* device)
{
    m_dpi = device ? device->logicalDpiY() : 96.0;
    m_body->documentLayout()->setPaintDevice(device);
    m_body->setPageSize(QSizeF(mm(kBodyWidthMm), mm(kBodyHeightMm)));
    // A summary that does not fit on the pages allowed is set a little smaller (never below 82 %, and no text
    // below kMinPrintPointSize).
    for (double scale : {1.0, 0.94, 0.88, 0.82}) {
        m_scale = scale;
        m_html = report::summaryHtml(m_data, m_text, scale);
        m_body->setHtml(m_html);
        paginate();
        if (pageCount() <= (m_text.isBilingual() ? kMaxPagesBilingual : kMaxPages))
            break;
    }
}

int SummaryDocument::pageCount() const
{
    return m_body->pageCount();
}

double SummaryDocument::contentWidth() const
{
    return m_body->idealWidth();
}

double SummaryDocument::bodyWidth() const
{
    return mm(kBodyWidthMm);
}

double SummaryDocument::lineTop(const QTextBlock& block) const
{
    // A block's rectangle starts where the block was placed; pagination may have moved its lines further down.
    const double top = m_body->documentLayout()->blockBoundingRect(block).top();
    const QTextLayout* lines = block.layout();
    return lines && lines->lineCount() > 0 ? top + lines->lineAt(0).y() : top;
}

double SummaryDocument::lineBottom(const QTextBlock& block) const
{
    const QRectF rect = m_body->documentLayout()->blockBoundingRect(block);
    const QTextLayout* lines = block.layout();
    if (!lines || lines->lineCount() == 0)
        return rect.bottom();
    const QTextLine last = lines->lineAt(lines->lineCount() - 1);
    return rect.top() + last.y() + last.height();
}

int SummaryDocument::pageAt(double y) const
{
    // A line moved to the next page starts exactly at its top; allow for rounding.
    return int((y + 0.5) / mm(kBodyHeightMm));
}

std::optional<SummaryDocument::Break> SummaryDocument::headingBreak() const
{
    int heading = -1;
    for (QTextBlock b = m_body->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == 0)
            continue;
        ++heading;
        const QTextBlock next = b.next();
        if (next.isValid() && pageAt(lineTop(next)) > pageAt(lineTop(b)))
            return Break{{report::PageBreak::Kind::Heading, heading, 0}, lineTop(b)};
    }
    return std::nullopt;
}

std::optional<SummaryDocument::Break> SummaryDocument::sectionBreak() const
{
    // A short section cut so that a small piece of it stands alone on a page starts the next page whole.
    const double pageHeight = mm(kBodyHeightMm);
    const double fragment = mm(20);
    int heading = -1;
    for (QTextBlock b = m_body->begin(); b.isValid(); b = b.next()) {
        const int level = b.blockFormat().headingLevel();
        if (level == 0)
            continue;
        ++heading;
        if (level != 2)
            continue;
        const double top = lineTop(b);
        double bottom = lineBottom(b);
        for (QTextBlock e = b.next(); e.isValid() && e.blockFormat().headingLevel() != 2; e = e.next())
            bottom = qMax(bottom, lineBottom(e));
        const int first = pageAt(top);
        const int last = pageAt(bottom - 2);
        if (first == last || bottom - top > pageHeight * 0.4 || top - first * pageHeight < mm(3))
            continue;
        if ((first + 1) * pageHeight - top < fragment || bottom - last * pageHeight < fragment)
            return Break{{report::PageBreak::Kind::Heading, heading, 0}, top};
    }
    return std::nullopt;
}

std::optional<SummaryDocument::Break> SummaryDocument::tableBreak(QTextTable* table, int index, bool keepWhole) const
{
    const double pageHeight = mm(kBodyHeightMm);
    const int rows = table->rows();
    const int header = table->format().headerRowCount();
    QList<double> tops, bottoms;
    for (int r = 0; r < rows; ++r) {
        double top = 1e30, bottom = -1e30;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            top = qMin(top, lineTop(cell.firstCursorPosition().block()));
            bottom = qMax(bottom, lineBottom(cell.lastCursorPosition().block()));
        }
        tops << top;
        bottoms << bottom;
    }
    // The first place the table goes on to another page: a row cut in two, or a row starting a new page.
    for (int r = header; r < rows; ++r) {
        const bool cut = bottoms[r] - tops[r] < pageHeight / 2 && pageAt(tops[r]) != pageAt(bottoms[r] - 2);
        const bool continues = r > header && pageAt(tops[r]) > pageAt(tops[r - 1]);
        if (!cut && !continues)
            continue;
        // Whole rows left on the earlier page (none, for a table kept whole that fits on a page).
        const bool whole = keepWhole && bottoms.last() - tops.value(header) < pageHeight * 0.8;
        const int before = whole ? 0 : r - header;
        const int after = rows - r;  // rows going to the later page
        if (!cut && before >= 2 && after >= 2)
            return std::nullopt;  // a clean split; the header row repeats
        int at = r;
        if (before >= 2 && after < 2)
            at = r - 1 - header >= 2 ? r - 1 : header;
        else if (before < 2)
            at = header;
        if (at > header)
            return Break{{report::PageBreak::Kind::TableRow, index, at}, tops[at]};
        // The table's start: move the whole table, with its heading when one comes right before it.
        const QTextBlock previous = table->firstCursorPosition().block().previous();
        const double start = tops.value(0);
        if (previous.isValid() && previous.blockFormat().headingLevel() > 0) {
            if (lineTop(previous) - pageAt(lineTop(previous)) * pageHeight < mm(3))
                return std::nullopt;  // already at the top of a page
            int heading = -1;
            for (QTextBlock b = m_body->begin(); b.isValid() && b != previous.next(); b = b.next())
                heading += b.blockFormat().headingLevel() > 0 ? 1 : 0;
            return Break{{report::PageBreak::Kind::Heading, heading, 0}, start};
        }
        if (start - pageAt(start) * pageHeight < mm(3))
            return std::nullopt;
        return Break{{report::PageBreak::Kind::TableRow, index, 0}, start};
    }
    return std::nullopt;
}

std::optional<SummaryDocument::Break> SummaryDocument::rowBreak(const QString& html) const
{
    // The tables of the layout in the order of their <table> tags in `html` (the one laid out).
    QList<bool> keep;
    static const QRegularExpression tag(QStringLiteral("<table\\b[^>]*>"));
    for (auto it = tag.globalMatch(html); it.hasNext();)
        keep << it.next().captured().contains(QLatin1String(report::html::kKeepWholeClass));
    int index = -1;
    for (QTextFrame* frame : m_body->rootFrame()->childFrames())
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            ++index;
            if (auto found = tableBreak(table, index, keep.value(index)))
                return found;
        }
    return std::nullopt;
}

void SummaryDocument::paginate()
{
    // Each break moves what follows it: fix the first problem, lay out again, look again.
    QString html = m_html;
    for (int pass = 0; pass < 40; ++pass) {
        std::optional<Break> first;
        for (const auto& found : {headingBreak(), rowBreak(html), sectionBreak()})
            if (found && (!first || found->y < first->y))
                first = found;
        if (!first)
            return;
        const QString next = report::withPageBreak(html, first->pageBreak);
        if (next == html)
            return;
        html = next;
        m_body->setHtml(html);
    }
}

void SummaryDocument::paintPage(QPainter& painter, int index) const
{
    painter.save();
    paintHeader(painter);
    paintFooter(painter, index);
    const double height = mm(kBodyHeightMm);
    painter.translate(mm(kMarginLeftMm), mm(kMarginTopMm + kHeaderHeightMm) - index * height);
    m_body->drawContents(&painter, QRectF(0, index * height, mm(kBodyWidthMm), height));
    painter.restore();
}

namespace {

/** Draws `left` and `right` in one line box; the right text is elided so the two never overlap. */
void drawPair(QPainter& painter, const QRectF& box, const QFont& leftFont, const QString& left, const QColor& leftColor,
              const QFont& rightFont, const QString& right, const QColor& rightColor)
{
    const double gap = box.height() * 0.8;
    const double leftWidth = left.isEmpty() ? 0 : QFontMetricsF(leftFont, painter.device()).horizontalAdvance(left);
    painter.setFont(leftFont);
    painter.setPen(leftColor);
    painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, left);
    const QFontMetricsF rightMetrics(rightFont, painter.device());
    const QString shown = rightMetrics.elidedText(right, Qt::ElideRight, qMax(0.0, box.width() - leftWidth - gap));
    painter.setFont(rightFont);
    painter.setPen(rightColor);
    painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, shown);
}

}  // namespace

void SummaryDocument::paintHeader(QPainter& painter) const
{
    const QColor ink(0x1d, 0x3a, 0x57);
    const QRectF band(mm(kMarginLeftMm), mm(kMarginTopMm), mm(kBodyWidthMm), mm(kHeaderHeightMm - 3.0));
    const QRectF upper(band.left(), band.top(), band.width(), band.height() * 0.45);
    const QRectF lower(band.left(), upper.bottom(), band.width(), band.height() - upper.height());
    drawPair(painter, upper, printFont(9.5, 0, true), m_furniture.hospital, ink, printFont(9.5, 0, true),
             m_furniture.patient, Qt::black);
    drawPair(painter, lower, printFont(13, 0, true), m_furniture.title, ink, printFont(8), m_furniture.printed,
             QColor(0x40, 0x40, 0x40));
    painter.setPen(QPen(ink, mm(0.4)));
    const double y = mm(kMarginTopMm + kHeaderHeightMm - 2.0);
    painter.drawLine(QPointF(band.left(), y), QPointF(band.right(), y));
}

void SummaryDocument::paintFooter(QPainter& painter, int index) const
{
    const double top = mm(kPageHeightMm - kMarginBottomMm - kFooterHeightMm);
    painter.setPen(QPen(QColor(0x8a, 0x96, 0xa3), mm(0.2)));
    painter.drawLine(QPointF(mm(kMarginLeftMm), top + mm(1.0)),
                     QPointF(mm(kMarginLeftMm + kBodyWidthMm), top + mm(1.0)));
    const QRectF first(mm(kMarginLeftMm), top + mm(1.5), mm(kBodyWidthMm), mm(3.6));
    const QRectF second(first.left(), first.bottom(), first.width(), mm(3.2));
    drawPair(painter, first, printFont(7.5, 0, true), m_furniture.disclaimer, QColor(0x30, 0x30, 0x30), printFont(7.5),
             m_furniture.pageLabel(index + 1, pageCount()), QColor(0x30, 0x30, 0x30));
    painter.setFont(printFont(kMinPrintPointSize));
    painter.setPen(QColor(0x5a, 0x5a, 0x5a));
    painter.drawText(second, Qt::AlignLeft | Qt::AlignVCenter, m_furniture.source);
}

}  // namespace onco
