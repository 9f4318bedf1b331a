#pragma once

#include "core/domain/Account.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace onco {

class CaseService;
namespace accounts {
class AccountService;
}

/**
 * The lock screen of the window (issue 12): after the idle minutes of the settings, where the database has accounts,
 * the window shows this instead of any patient data (menus and toolbar off, open dialogs hidden). The same account's
 * password unlocks and the hidden dialogs come back; another account's log-in takes over and the first one's open
 * dialogs are closed without saving.
 */
class AutoLock : public QWidget
{
    Q_OBJECT
public:
    AutoLock(accounts::AccountService& accounts, CaseService& cases, QWidget* parent = nullptr);

    bool isLocked() const { return m_locked; }
    /** Starts watching for input (the window calls it once shown); idle `minutes` before locking. */
    void start(int minutes);
    void lock();
    QLineEdit* nameField() const { return m_name; }
    QLineEdit* passwordField() const { return m_password; }
    QString problem() const;
    void retranslateUi();

signals:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void unlock();

    accounts::AccountService& m_accounts;
    CaseService& m_cases;
    QTimer m_idle;
    bool m_locked = false;
    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_problem = nullptr;
    QWidget* m_unlock = nullptr;
    QList<QPointer<QWidget>> m_hidden;
};

}  // namespace onco
