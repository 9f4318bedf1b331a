#include "ui/widgets/DateField.h"

#include "core/util/Dates.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>
#include <QWidgetAction>

namespace onco {

DateField::DateField(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_button(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaxLength(16);
    m_edit->installEventFilter(this);
    m_button->setArrowType(Qt::DownArrow);
    m_button->setFocusPolicy(Qt::NoFocus);
    setFocusProxy(m_edit);
    connect(m_button, &QToolButton::clicked, this, &DateField::showCalendar);
    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::normalise);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { emit dateChanged(date()); });
    const int width = m_edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 40;
    m_edit->setMinimumWidth(width);
    retranslateUi();
}

QDate DateField::parse(const QString& text)
{
    static const QRegularExpression spelling(
        QStringLiteral("^(\\d{4})\\s*[-/.年]?\\s*(\\d{1,2})\\s*[-/.月]?\\s*(\\d{1,2})\\s*日?$"));
    const QString t = text.trimmed();
    if (const QDate iso = dates::parseIso(t); iso.isValid())
        return iso;
    const auto m = spelling.match(t);
    if (!m.hasMatch())
        return {};
    // Eight digits without separators must split 4-2-2.
    if (!t.contains(QRegularExpression(QStringLiteral("\\D"))) && t.size() != 8)
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

QDate DateField::date() const
{
    return parse(m_edit->text());
}

bool DateField::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

bool DateField::hasInvalidText() const
{
    return !isEmpty() && !date().isValid();
}

QString DateField::text() const
{
    return m_edit->text().trimmed();
}

void DateField::setDate(const QDate& date)
{
    m_edit->setText(dates::toIso(date));
}

void DateField::clear()
{
    m_edit->clear();
}

void DateField::normalise()
{
    if (const QDate d = date(); d.isValid() && m_edit->text() != dates::toIso(d))
        m_edit->setText(dates::toIso(d));
}

void DateField::showCalendar()
{
    QMenu menu(this);
    auto* calendar = new QCalendarWidget(&menu);
    calendar->setGridVisible(true);
    if (const QDate d = date(); d.isValid())
        calendar->setSelectedDate(d);
    auto* action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::activated, &menu, [&](const QDate& d) {
        setDate(d);
        menu.close();
    });
    connect(calendar, &QCalendarWidget::clicked, &menu, [&](const QDate& d) {
        setDate(d);
        menu.close();
    });
    calendar->setFocus();
    menu.exec(m_edit->mapToGlobal(QPoint(0, m_edit->height())));
    m_edit->setFocus();
}

bool DateField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier) {
            showCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DateField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DateField::retranslateUi()
{
    m_edit->setPlaceholderText(tr("YYYY-MM-DD"));
    m_button->setToolTip(tr("Pick a date (Alt+Down)"));
}

}  // namespace onco
