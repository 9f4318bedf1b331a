#include "ui/widgets/FactGroup.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QVBoxLayout>

#include <cmath>

namespace onco {

FactGroup::FactGroup(const QString& objectName, QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_header(new QHBoxLayout)
    , m_grid(new QGridLayout)
    , m_note(new QLabel(this))
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_header->addWidget(m_title, 1);
    m_grid->setVerticalSpacing(3);
    m_grid->setColumnStretch(1, 1);
    m_note->setWordWrap(true);
    m_note->setObjectName(objectName + QStringLiteral("Note"));
    m_note->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_note->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(4);
    layout->addLayout(m_header);
    layout->addLayout(m_grid);
    layout->addWidget(m_note);
    layout->addStretch(1);
}

void FactGroup::setTitle(const QString& title)
{
    m_title->setText(title);
}

QString FactGroup::title() const
{
    return m_title->text();
}

QLabel* FactGroup::addFact()
{
    auto* label = new QLabel(this);
    auto* value = new QLabel(this);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_grid->addWidget(label, m_rows, 0, Qt::AlignRight | Qt::AlignTop);
    m_grid->addWidget(value, m_rows, 1);
    ++m_rows;
    m_labels << label;
    m_values << value;
    return value;
}

namespace {

/** The ascent of the first line of `text` in `font`: a line with Chinese characters takes the (taller) ascent of
 *  the fallback CJK font, a Latin-only line ("ER", "Ki-67") that of the primary font. */
double firstLineAscent(const QString& text, const QFont& font)
{
    QString plain = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    plain = plain.section(QLatin1Char('\n'), 0, 0);
    if (plain.isEmpty())
        plain = QStringLiteral("—");
    QTextLayout layout(plain, font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();
    return line.ascent();
}

}  // namespace

bool FactGroup::event(QEvent* event)
{
    if (event->type() == QEvent::LayoutRequest)
        alignBaselines();
    return QFrame::event(event);
}

void FactGroup::alignBaselines()
{
    // Both sit at the top of their row; the one whose first line has the smaller ascent moves down by the
    // difference, so the label and its value share a baseline whatever mix of scripts each has (issue 14).
    for (int i = 0; i < m_labels.size() && i < m_values.size(); ++i) {
        const double label = firstLineAscent(m_labels[i]->text(), m_labels[i]->font());
        const double value = firstLineAscent(m_values[i]->text(), m_values[i]->font());
        const int shift = qRound(std::abs(label - value));
        const QMargins labelMargins(0, label < value ? shift : 0, 0, 0);
        const QMargins valueMargins(0, value < label ? shift : 0, 0, 0);
        if (m_labels[i]->contentsMargins() != labelMargins)
            m_labels[i]->setContentsMargins(labelMargins);
        if (m_values[i]->contentsMargins() != valueMargins)
            m_values[i]->setContentsMargins(valueMargins);
    }
}

void FactGroup::setFactLabels(const QStringList& labels)
{
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
}

void FactGroup::setNote(const QString& text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void FactGroup::addContent(QWidget* content)
{
    m_grid->addWidget(content, m_rows++, 0, 1, 2);
}

QPushButton* FactGroup::addEditButton()
{
    auto* button = new QPushButton(this);
    button->setObjectName(objectName() + QStringLiteral("Edit"));
    m_header->addWidget(button);
    return button;
}

}  // namespace onco
