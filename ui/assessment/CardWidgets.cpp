#include "ui/assessment/CardWidgets.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace onco {

Badge::Badge(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("badge"));
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText);
}

void Badge::set(const Tone& tone, const QString& words, const QString& toolTip)
{
    m_tone = tone;
    m_words = words;
    setText(tone.glyph.isEmpty() ? words : tone.glyph + QLatin1Char(' ') + words);
    setStyleSheet(cards::badgeStyle(tone));
    setToolTip(toolTip);
}

RecordLinks::RecordLinks(const QList<rules::RecordRef>& refs, const QStringList& texts, QWidget* parent)
    : QLabel(parent)
    , m_refs(refs)
    , m_texts(texts)
{
    setObjectName(QStringLiteral("recordLinks"));
    QStringList anchors;
    for (int i = 0; i < m_refs.size(); ++i)
        anchors << QStringLiteral("<a href=\"record:%1\">↗&nbsp;%2</a>").arg(i).arg(m_texts.value(i).toHtmlEscaped());
    setTextFormat(Qt::RichText);
    setText(anchors.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    setWordWrap(true);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setToolTip(cards::Texts::tr("Show this record"));
    connect(this, &QLabel::linkActivated, this, [this](const QString& href) {
        bool ok = false;
        const int index = href.section(QLatin1Char(':'), 1).toInt(&ok);
        if (ok)
            activate(index);
    });
}

void RecordLinks::activate(int index)
{
    if (index >= 0 && index < m_refs.size())
        emit activated(m_refs[index]);
}

Card::Card(const QString& objectName, QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_titleRow(new QHBoxLayout)
    , m_body(new QVBoxLayout)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_title->setObjectName(objectName + QStringLiteral("Title"));
    m_titleRow->addWidget(m_title);
    m_titleRow->addStretch(1);
    m_body->setSpacing(4);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->setSpacing(6);
    layout->addLayout(m_titleRow);
    layout->addLayout(m_body);
    layout->addStretch(1);
}

void Card::setTitle(const QString& title)
{
    m_title->setText(title);
}

QString Card::title() const
{
    return m_title->text();
}

void Card::clearBody()
{
    while (QLayoutItem* item = m_body->takeAt(0)) {
        if (QWidget* w = item->widget())
            delete w;
        delete item;
    }
}

namespace cards {

QLabel* textLabel(const QString& text, QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    QLabel* label = textLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setContentsMargins(0, 4, 0, 0);
    return label;
}

QLabel* mutedLabel(const QString& text, QWidget* parent, const QString& objectName)
{
    QLabel* label = textLabel(text, parent, objectName);
    label->setStyleSheet(QStringLiteral("color: #5a5a5a;"));  // quieter than the text, still easy to read
    return label;
}

QWidget* linkRow(const QList<rules::RecordRef>& refs, const PatientRecord& record, const Knowledge& knowledge,
                 QWidget* parent, const std::function<void(const rules::RecordRef&)>& onActivated)
{
    QList<rules::RecordRef> unique;
    QStringList texts;
    for (const rules::RecordRef& ref : refs) {
        if (unique.contains(ref))
            continue;
        unique << ref;
        texts << recordLabel(ref, record, knowledge);
    }
    if (unique.isEmpty())
        return nullptr;
    auto* links = new RecordLinks(unique, texts, parent);
    QObject::connect(links, &RecordLinks::activated, links, onActivated);
    return links;
}

Badge* glyph(const Tone& tone, QWidget* parent)
{
    auto* badge = new Badge(parent);
    badge->set(tone, QString());
    badge->setText(tone.glyph);
    badge->setFixedWidth(badge->fontMetrics().horizontalAdvance(QStringLiteral("MM")) + 8);
    return badge;
}

QString withCode(const QString& sentence, const QString& code)
{
    // Clinicians read the sentence; a rule ID (TM-6) stays beside it, small print, but a flag or action code
    // (OFF_LABEL_OFS) is not shown: the row's title already says it in words (issue 14).
    const bool ruleId = code.contains(QLatin1Char('-'));
    if (code.isEmpty() || (!ruleId && !sentence.isEmpty()))
        return sentence;
    return sentence.isEmpty() ? QStringLiteral("[%1]").arg(code) : QStringLiteral("%1 [%2]").arg(sentence, code);
}

QWidget* noteRow(QWidget* lead, const QString& title, const QString& sentence, QWidget* links, QWidget* parent,
                 const QString& objectName)
{
    auto* row = new QWidget(parent);
    if (!objectName.isEmpty())
        row->setObjectName(objectName);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(8);
    if (lead) {
        lead->setParent(row);
        layout->addWidget(lead, 0, Qt::AlignTop);
    }
    auto* text = new QVBoxLayout;
    text->setSpacing(1);
    if (!title.isEmpty()) {
        QLabel* t = textLabel(title, row, QStringLiteral("noteTitle"));
        QFont bold = t->font();
        bold.setBold(true);
        t->setFont(bold);
        text->addWidget(t);
    }
    if (!sentence.isEmpty())
        text->addWidget(textLabel(sentence, row, QStringLiteral("noteText")));
    if (links) {
        links->setParent(row);
        text->addWidget(links);
    }
    layout->addLayout(text, 1);
    return row;
}

}  // namespace cards

}  // namespace onco
