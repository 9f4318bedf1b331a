#pragma once

#include <QGroupBox>
#include <QList>

class QFormLayout;
class QLabel;
class QPushButton;

namespace onco {

/** A titled box of "label: value" facts with an optional edit button (the Overview's building block). */
class FactGroup : public QGroupBox
{
    Q_OBJECT
public:
    explicit FactGroup(const QString& objectName, QWidget* parent = nullptr);

    /** Adds a row and returns its value label. */
    QLabel* addFact();
    void setFactLabels(const QStringList& labels);
    /** A line of text under the facts (notes, placeholders); empty hides it. */
    void setNote(const QString& text);
    QPushButton* addEditButton();

private:
    QFormLayout* m_form = nullptr;
    QList<QLabel*> m_labels;
    QLabel* m_note = nullptr;
};

}  // namespace onco
