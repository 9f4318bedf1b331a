#include "ui/mainwindow/AutoLock.h"

#include "core/accounts/AccountService.h"
#include "core/services/CaseService.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace onco {

AutoLock::AutoLock(accounts::AccountService& accounts, CaseService& cases, QWidget* parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_cases(cases)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &AutoLock::lock);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_text->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("lockName"));
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();
    auto* button = new QPushButton(this);
    button->setObjectName(QStringLiteral("unlock"));
    button->setDefault(true);
    m_unlock = button;
    connect(button, &QPushButton::clicked, this, &AutoLock::unlock);
    connect(m_password, &QLineEdit::returnPressed, this, &AutoLock::unlock);
    auto* box = new QWidget(this);
    box->setFixedWidth(460);  // a fixed width lets the wrapped text take the height it needs
    auto* form = new QFormLayout;
    form->addRow(QString(), m_name);
    form->addRow(QString(), m_password);
    auto* v = new QVBoxLayout(box);
    v->addWidget(m_title);
    v->addWidget(m_text);
    v->addLayout(form);
    v->addWidget(m_problem);
    v->addWidget(button, 0, Qt::AlignRight);
    // Centred by stretches, not by an alignment flag: an aligned item gets its size hint, which does not know the
    // wrapped text's height, and the fields were squeezed.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(box);
    row->addStretch(1);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    retranslateUi();
}

void AutoLock::retranslateUi()
{
    m_title->setText(tr("OncoCase is locked"));
    m_text->setText(tr("Locked after %1 minutes without use: patient data stays hidden until you log in again. "
                       "Another person may log in with their own account (the open entries are then closed without "
                       "saving).")
                        .arg(m_idle.interval() / 60000));
    m_name->setPlaceholderText(tr("Account"));
    m_password->setPlaceholderText(tr("Password"));
    static_cast<QPushButton*>(m_unlock)->setText(tr("Unlock"));
}

void AutoLock::start(int minutes)
{
    m_idle.setInterval(std::max(1, minutes) * 60000);
    qApp->installEventFilter(this);
    m_idle.start();
    retranslateUi();
}

bool AutoLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_locked)
            m_idle.start();  // any input is use: the idle time starts again
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

QString AutoLock::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void AutoLock::lock()
{
    if (m_locked || !m_cases.account())
        return;
    m_locked = true;
    m_idle.stop();
    // Open dialogs (an entry half typed, a print preview) are hidden with the window's data, kept for the same user.
    m_hidden.clear();
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->isVisible() && qobject_cast<QDialog*>(w)) {
            m_hidden << w;
            w->hide();
        }
    m_name->setText(m_cases.account()->name);
    m_password->clear();
    m_problem->hide();
    emit lockedChanged(true);
    m_password->setFocus();
}

void AutoLock::unlock()
{
    const auto account = m_accounts.logIn(m_name->text(), m_password->text());
    m_password->clear();
    if (!account) {
        m_problem->setText(account.error().message);
        m_problem->show();
        return;
    }
    const bool same = m_cases.account() && m_cases.account()->id == account->id;
    for (const QPointer<QWidget>& w : std::as_const(m_hidden)) {
        if (!w)
            continue;
        if (same)
            w->show();
        else if (auto* dialog = qobject_cast<QDialog*>(w.data()))
            dialog->reject();  // another person: the first one's open entry is closed, nothing saved
    }
    m_hidden.clear();
    if (!same)
        m_cases.signIn(*account);
    m_locked = false;
    m_problem->hide();
    emit lockedChanged(false);
    m_idle.start();
}

}  // namespace onco
