#include "ui/dialogs/RecordDialog.h"

#include "ui/widgets/DateField.h"
#include "ui/widgets/NumberField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace onco {

namespace {

/** "drugs[1]" and "drugs" are shown at the same field. */
QString baseKey(const QString& key)
{
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]$"));
    return QString(key).remove(index);
}

QLabel* messageLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

}  // namespace

RecordDialog::RecordDialog(const Knowledge& knowledge, QDate today, QWidget* parent)
    : QDialog(parent)
    , m_knowledge(knowledge)
    , m_today(today)
{
    auto* layout = new QVBoxLayout(this);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(
        QStringLiteral("background: #fff4ce; border: 1px solid #e0c060; padding: 6px; color: #3a2e00;"));
    m_notice->hide();
    m_generalError = messageLabel(this);
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_columns = new QHBoxLayout;
    m_columns->setSpacing(18);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(m_notice);
    layout->addWidget(m_generalError);
    layout->addLayout(m_columns, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
}

QFormLayout* RecordDialog::addColumn()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_columns->addLayout(form, 1);
    return form;
}

QLabel* RecordDialog::addField(QFormLayout* form, const QString& key, QWidget* field)
{
    auto* cell = new QWidget(this);
    auto* v = new QVBoxLayout(cell);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    v->addWidget(field);
    // Room for real values in either language (a field never shrinks below about 16 characters).
    if ((qobject_cast<QLineEdit*>(field) && !qobject_cast<NumberField*>(field)) || qobject_cast<QComboBox*>(field) ||
        qobject_cast<DateField*>(field))
        field->setMinimumWidth(std::max(field->minimumWidth(), 16 * fontMetrics().horizontalAdvance(QLatin1Char('M'))));
    auto* label = new QLabel(this);
    label->setBuddy(field);
    if (!key.isEmpty()) {
        field->setObjectName(key);
        QLabel* message = messageLabel(cell);
        message->setObjectName(QStringLiteral("error_") + key);
        v->addWidget(message);
        m_fields.insert(key, {field, message});
    }
    form->addRow(label, cell);
    return label;
}

void RecordDialog::setNotice(const QString& html)
{
    m_notice->setText(html);
    m_notice->setVisible(!html.isEmpty());
}

void RecordDialog::clearErrors()
{
    for (const Field& f : std::as_const(m_fields)) {
        f.message->clear();
        f.message->hide();
    }
    m_generalError->clear();
    m_generalError->hide();
}

void RecordDialog::showErrors(const QList<FieldError>& errors)
{
    clearErrors();
    QWidget* first = nullptr;
    QStringList general;
    for (const FieldError& e : errors) {
        QString key = baseKey(e.field);
        if (key.isEmpty())
            key = m_recordErrorField;
        const auto it = m_fields.constFind(key);
        if (it == m_fields.constEnd()) {
            general << (e.field.isEmpty() ? e.message : QStringLiteral("%1: %2").arg(e.field, e.message));
            continue;
        }
        // One message per field: the first problem found (an input problem comes before the Validator's).
        if (it->message->text().isEmpty()) {
            it->message->setText(e.message);
            it->message->show();
        }
        if (!first)
            first = it->widget;
    }
    if (!general.isEmpty()) {
        m_generalError->setText(general.join(QLatin1Char('\n')));
        m_generalError->show();
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    growToFit();
}

void RecordDialog::growToFit()
{
    // A top-level window does not grow by itself when word-wrapped messages appear: make room for them at the
    // current width, so each message shows whole, on as many lines as it needs (issue 14).
    QLayout* top = layout();
    if (!top)
        return;
    top->activate();
    const int need = top->hasHeightForWidth() ? top->totalHeightForWidth(width()) : top->totalSizeHint().height();
    if (need > height())
        resize(width(), need);
}

QString RecordDialog::errorFor(const QString& key) const
{
    const auto it = m_fields.constFind(key);
    if (it != m_fields.constEnd())
        return it->message->text();
    return key.isEmpty() ? m_generalError->text() : QString();
}

QStringList RecordDialog::errorKeys() const
{
    QStringList keys;
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it)
        if (!it->message->text().isEmpty())
            keys << it.key();
    if (!m_generalError->text().isEmpty())
        keys << QString();
    keys.sort();
    return keys;
}

QWidget* RecordDialog::field(const QString& key) const
{
    return m_fields.value(key).widget;
}

Validator RecordDialog::validator() const
{
    return Validator(m_knowledge, m_today);
}

QDate RecordDialog::readDate(QList<FieldError>& errors, const QString& key, const DateField* field) const
{
    if (field->hasInvalidText())
        errors.append({key, tr("\"%1\" is not a date (use YYYY-MM-DD)").arg(field->text())});
    return field->date();
}

std::optional<double> RecordDialog::readNumber(QList<FieldError>& errors, const QString& key,
                                               const NumberField* field) const
{
    if (field->hasInvalidText())
        errors.append({key, tr("\"%1\" is not a number").arg(field->text().trimmed())});
    return field->value();
}

void RecordDialog::accept()
{
    const QList<FieldError> errors = collect();
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    clearErrors();
    if (confirm())
        QDialog::accept();
}

void RecordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

}  // namespace onco
