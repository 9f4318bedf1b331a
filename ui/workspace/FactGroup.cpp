#include "ui/workspace/FactGroup.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace onco {

FactGroup::FactGroup(const QString& objectName, QWidget* parent)
    : QGroupBox(parent)
    , m_form(new QFormLayout)
    , m_note(new QLabel(this))
{
    setObjectName(objectName);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setVerticalSpacing(3);
    m_note->setWordWrap(true);
    m_note->setObjectName(objectName + QStringLiteral("Note"));
    m_note->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_note->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_note);
    layout->addStretch(1);
}

QLabel* FactGroup::addFact()
{
    auto* label = new QLabel(this);
    auto* value = new QLabel(this);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    m_labels << label;
    return value;
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
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(button);
    static_cast<QVBoxLayout*>(layout())->insertLayout(0, row);
    return button;
}

}  // namespace onco
