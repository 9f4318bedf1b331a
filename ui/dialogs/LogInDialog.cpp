#include "ui/dialogs/LogInDialog.h"

#include "core/accounts/AccountService.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace onco {

LogInDialog::LogInDialog(accounts::AccountService& accounts, const QString& location, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Log in to OncoCase"));
    m_name->setObjectName(QStringLiteral("name"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto* intro = new QLabel(
        tr("This database has user accounts: who is working?\n%1").arg(QDir::toNativeSeparators(location)), this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Password"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LogInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LogInDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    m_name->setFocus();
}

QString LogInDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void LogInDialog::accept()
{
    const auto account = m_accounts.logIn(m_name->text(), m_password->text());
    if (!account) {
        m_problem->setText(account.error().message);
        m_problem->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_account = *account;
    m_password->clear();
    QDialog::accept();
}

}  // namespace onco
