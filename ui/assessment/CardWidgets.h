#pragma once

#include "core/rules/Assessment.h"
#include "ui/assessment/CardText.h"

#include <QFrame>
#include <QLabel>

#include <functional>

class QHBoxLayout;
class QVBoxLayout;

namespace onco {

/** A status in words with a glyph on a coloured ground (never colour alone). */
class Badge : public QLabel
{
    Q_OBJECT
public:
    explicit Badge(QWidget* parent = nullptr);
    void set(const Tone& tone, const QString& words, const QString& toolTip = {});
    /** The words without the glyph. */
    const QString& words() const { return m_words; }
    const Tone& tone() const { return m_tone; }

private:
    QString m_words;
    Tone m_tone;
};

/**
 * Links to the records a rule rests on ("↗ Diagnosis, 18 Mar 2019 · ↗ ESR1 Mutated, 20 May 2025"), wrapping with
 * the card's width. Clicking one (or Enter on it) asks the workspace to show that record.
 */
class RecordLinks : public QLabel
{
    Q_OBJECT
public:
    RecordLinks(const QList<rules::RecordRef>& refs, const QStringList& texts, QWidget* parent = nullptr);
    const QList<rules::RecordRef>& refs() const { return m_refs; }
    const QStringList& texts() const { return m_texts; }
    /** What a click on the i-th link does. */
    void activate(int index);

signals:
    void activated(const rules::RecordRef& ref);

private:
    QList<rules::RecordRef> m_refs;
    QStringList m_texts;
};

/** A titled card (frame) whose body is rebuilt on every refresh. */
class Card : public QFrame
{
    Q_OBJECT
public:
    Card(const QString& objectName, QWidget* parent = nullptr);
    void setTitle(const QString& title);
    QString title() const;
    /** The row right of the title (badges). */
    QHBoxLayout* titleRow() const { return m_titleRow; }
    QVBoxLayout* body() const { return m_body; }
    /** Removes every widget of the body. */
    void clearBody();

private:
    QLabel* m_title = nullptr;
    QHBoxLayout* m_titleRow = nullptr;
    QVBoxLayout* m_body = nullptr;
};

namespace cards {

/** A word-wrapping, selectable label. */
QLabel* textLabel(const QString& text, QWidget* parent, const QString& objectName = {});
/** A small bold heading inside a card. */
QLabel* heading(const QString& text, QWidget* parent);
/** A muted, smaller label (evidence, context lines). */
QLabel* mutedLabel(const QString& text, QWidget* parent, const QString& objectName = {});
/** A row of links to `refs`; each link's activation goes to `receiver`'s signal through `onActivated`. */
QWidget* linkRow(const QList<rules::RecordRef>& refs, const PatientRecord& record, const Knowledge& knowledge,
                 QWidget* parent, const std::function<void(const rules::RecordRef&)>& onActivated);
/** A small badge with only the tone's glyph (the words stand beside it). */
Badge* glyph(const Tone& tone, QWidget* parent);
/** A sentence followed by its code in brackets, as the printout shows it: "… [ESR1_TEST_DUE]". */
QString withCode(const QString& sentence, const QString& code);
/** A line of a card: a glyph or badge column, then a title, a sentence and links. */
QWidget* noteRow(QWidget* lead, const QString& title, const QString& sentence, QWidget* links, QWidget* parent,
                 const QString& objectName = {});

}  // namespace cards

}  // namespace onco
