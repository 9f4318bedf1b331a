#pragma once

#include <QFrame>
#include <QList>

class QFormLayout;
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
    /** Where the assessment integration may add its own widgets. */
    QFormLayout* form() const { return m_form; }

protected:
    /** A wrapped value gets the height it needs at its width (a form inside a scroll area would clip it). */
    bool eventFilter(QObject* watched, QEvent* event) override;
    bool event(QEvent* event) override;

private:
    QLabel* m_title = nullptr;
    QHBoxLayout* m_header = nullptr;
    QFormLayout* m_form = nullptr;
    QList<QLabel*> m_labels;
    QLabel* m_note = nullptr;
};

}  // namespace onco
