#include "ui/workspace/FactGroup.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace onco {

FactGroup::FactGroup(const QString& objectName, QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_header(new QHBoxLayout)
    , m_form(new QFormLayout)
    , m_note(new QLabel(this))
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_header->addWidget(m_title, 1);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setVerticalSpacing(3);
    m_note->setWordWrap(true);
    m_note->setObjectName(objectName + QStringLiteral("Note"));
    m_note->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_note->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(4);
    layout->addLayout(m_header);
    layout->addLayout(m_form);
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
    value->installEventFilter(this);
    m_form->addRow(label, value);
    m_labels << label;
    return value;
}

namespace {

void fitHeight(QLabel* value)
{
    const int need = value->heightForWidth(value->width());
    if (need > 0 && value->minimumHeight() != need)
        value->setMinimumHeight(need);
}

}  // namespace

bool FactGroup::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize)
        if (auto* value = qobject_cast<QLabel*>(watched))
            fitHeight(value);
    return QFrame::eventFilter(watched, event);
}

bool FactGroup::event(QEvent* event)
{
    if (event->type() == QEvent::LayoutRequest)  // a value's text changed: it may need more or fewer lines
        for (int row = 0; row < m_form->rowCount(); ++row)
            if (QLayoutItem* item = m_form->itemAt(row, QFormLayout::FieldRole))
                if (auto* value = qobject_cast<QLabel*>(item->widget()))
                    fitHeight(value);
    return QFrame::event(event);
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

QPushButton* FactGroup::addEditButton()
{
    auto* button = new QPushButton(this);
    button->setObjectName(objectName() + QStringLiteral("Edit"));
    m_header->addWidget(button);
    return button;
}

}  // namespace onco
