#pragma once

#include "core/domain/Account.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace onco::accounts {
class AccountService;
}

namespace onco {

/**
 * Who works (issue 12): the log-in asked when a database has accounts, before any patient data shows. A wrong name
 * or password is said under the fields and the dialog stays; Cancel closes the program.
 */
class LogInDialog : public QDialog
{
    Q_OBJECT
public:
    LogInDialog(accounts::AccountService& accounts, const QString& location, QWidget* parent = nullptr);

    /** The account that logged in (after accept). */
    const std::optional<accounts::Account>& account() const { return m_account; }
    QLineEdit* nameField() const { return m_name; }
    QLineEdit* passwordField() const { return m_password; }
    QString problem() const;

    void accept() override;

private:
    accounts::AccountService& m_accounts;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_problem = nullptr;
    std::optional<accounts::Account> m_account;
};

}  // namespace onco
