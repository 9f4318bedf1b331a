#pragma once

#include <QFrame>
#include <QList>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace onco {

/** A titled card of "label: value" facts, with an optional edit button beside the title (the Overview's parts). */
class FactGroup : public QFrame
{
    Q_OBJECT
public:
    explicit FactGroup(const QString& objectName, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const;
    /** Adds a row and returns its value label. */
    QLabel* addFact();
    void setFactLabels(const QStringList& labels);
    /** A line of text under the facts (notes, placeholders); empty hides it. */
    void setNote(const QString& text);
    QPushButton* addEditButton();
    /** Adds a widget of its own across the whole width under the facts (the assessment's compact view). */
    void addContent(QWidget* content);

protected:
    /** A fact's text changed (its label asks for a new layout): the label and the value are set on one baseline. */
    bool event(QEvent* event) override;

public:
    /** Sets each fact's label and value on one baseline, whatever mix of scripts each has (call after setting the
     *  values' texts; done on every re-layout too). */
    void alignBaselines();

private:
    QLabel* m_title = nullptr;
    QHBoxLayout* m_header = nullptr;
    QGridLayout* m_grid = nullptr;  // label | value; a form layout loses the wrapped values' heights
    int m_rows = 0;
    QList<QLabel*> m_labels;
    QList<QLabel*> m_values;
    QLabel* m_note = nullptr;
};

}  // namespace onco
