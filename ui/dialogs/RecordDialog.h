#pragma once

#include "core/validation/Validation.h"

#include <QDate>
#include <QDialog>
#include <QHash>

#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;

namespace onco {

class DateField;
class Knowledge;
class NumberField;

/**
 * Base of the entry dialogs: columns of labelled fields, each with a message line under it. OK (or Enter) reads
 * the fields, checks them with the core Validator and shows every problem at its field; nothing is accepted
 * (so nothing saved) until all are resolved. Escape cancels.
 */
class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    /** The message shown at a field (empty when none); the key is the case-format field name. */
    QString errorFor(const QString& key) const;
    /** Keys of the fields that show a message. */
    QStringList errorKeys() const;
    /** The field widget of a key (tests, focus). */
    QWidget* field(const QString& key) const;

    /** Adds a row: a label (returned, its text set in retranslateUi), the field and its message line. */
    QLabel* addField(QFormLayout* form, const QString& key, QWidget* field);
    /** Reads a date field; a text that is not a date becomes an error at `key`. */
    QDate readDate(QList<FieldError>& errors, const QString& key, const DateField* field) const;
    /** Reads a number field; a text that is not a number becomes an error at `key`. */
    std::optional<double> readNumber(QList<FieldError>& errors, const QString& key, const NumberField* field) const;

protected:
    RecordDialog(const Knowledge& knowledge, QDate today, QWidget* parent);

    /** Reads the fields into the dialog's value; returns input problems and the Validator's findings. */
    virtual QList<FieldError> collect() = 0;
    /** Sets every visible text (called at construction and on a language change). */
    virtual void retranslateUi() = 0;
    /** Called when everything is valid, before the dialog closes; false keeps it open (e.g. a duplicate warning). */
    virtual bool confirm() { return true; }

    QFormLayout* addColumn();
    /** Record-level findings (an empty field key) are shown at this field. */
    void setRecordErrorField(const QString& key) { m_recordErrorField = key; }
    /** A notice above the fields (e.g. a duplicate warning); empty hides it. */
    void setNotice(const QString& html);
    void showErrors(const QList<FieldError>& errors);
    void clearErrors();
    /** Grows the dialog to the height its fields and their messages need at its width. */
    void growToFit();

    Validator validator() const;
    const Knowledge& knowledge() const { return m_knowledge; }
    QDate today() const { return m_today; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    void accept() override;
    void changeEvent(QEvent* event) override;

private:
    struct Field
    {
        QWidget* widget = nullptr;
        QLabel* message = nullptr;
    };

    const Knowledge& m_knowledge;
    QDate m_today;
    QHash<QString, Field> m_fields;
    QString m_recordErrorField;
    QLabel* m_notice = nullptr;
    QLabel* m_generalError = nullptr;
    QHBoxLayout* m_columns = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace onco
