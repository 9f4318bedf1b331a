#pragma once

#include "core/knowledgepack/KnowledgeInstall.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace onco {

/** Help ▸ Knowledge: the knowledge in force, where it comes from, whether it is stale, and every approval with its
 *  verification status and source. */
class KnowledgeInfoDialog : public QDialog
{
    Q_OBJECT
public:
    KnowledgeInfoDialog(const knowledgepack::InForce& inForce, const QDate& today, QWidget* parent = nullptr);

    QLabel* summary() const { return m_summary; }
    QTableWidget* approvals() const { return m_approvals; }

private:
    QLabel* m_summary = nullptr;
    QTableWidget* m_approvals = nullptr;
};

/** The preview of a knowledge update before it is installed: what changes, and the patients whose oral SERD status
 *  or flags change. Accepted = install. */
class KnowledgeInstallDialog : public QDialog
{
    Q_OBJECT
public:
    KnowledgeInstallDialog(const knowledgepack::InstallOutcome& preview, const QString& jurisdiction,
                           const Knowledge& knowledge, QWidget* parent = nullptr);

    QTableWidget* patients() const { return m_patients; }
    QLabel* changes() const { return m_changes; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    QLabel* m_changes = nullptr;
    QTableWidget* m_patients = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace onco
