#pragma once

#include <QDate>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace onco {

/**
 * A date that may be empty: typed as 2025-05-20 (also 20250520, 2025/5/20 or 2025年5月20日) or picked from a
 * calendar (the arrow button, or Alt+Down). A text that is not a date is reported by the dialog, never guessed.
 */
class DateField : public QWidget
{
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);

    /** The date; null when the field is empty or holds no valid date (see hasInvalidText). */
    QDate date() const;
    bool isEmpty() const;
    /** Text was typed that is not a date. */
    bool hasInvalidText() const;
    QString text() const;
    void setDate(const QDate& date);
    void clear();
    QLineEdit* lineEdit() const { return m_edit; }

    /** Parses the accepted spellings; a null date when `text` is none of them. */
    static QDate parse(const QString& text);

signals:
    void dateChanged(const QDate& date);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void showCalendar();
    void normalise();
    void retranslateUi();

    QLineEdit* m_edit = nullptr;
    QToolButton* m_button = nullptr;
};

}  // namespace onco
