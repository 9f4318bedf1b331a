#pragma once

#include <QObject>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;

namespace onco {

namespace knowledgepack {
class KnowledgeUpdates;
}

/**
 * The knowledge in the window (issue 20): Help ▸ Knowledge… (what is in force, with sources and verification), Edit ▸
 * Install knowledge update… (choose a pack, preview its changes and the patients whose options change, install),
 * and the banner shown while the knowledge is stale. After an install the window asks to reopen the database
 * (reopenRequested), so that every service works with the new knowledge.
 */
class KnowledgeActions : public QObject
{
    Q_OBJECT
public:
    KnowledgeActions(knowledgepack::KnowledgeUpdates& updates, QMainWindow* window);

    void insertInto(QMenu* edit, QMenu* help);
    QAction* showAction() const { return m_show; }
    QAction* installAction() const { return m_install; }
    /** The stale-knowledge banner (hidden while the knowledge is current). */
    QLabel* banner() const { return m_banner; }
    void retranslateUi();

    void showKnowledge();
    /** Installs the pack in `path` after its preview; empty path: asks for the file. */
    void installFrom(const QString& path = {});

signals:
    void reopenRequested();

private:
    knowledgepack::KnowledgeUpdates& m_updates;
    QMainWindow* m_window;
    QAction* m_show = nullptr;
    QAction* m_install = nullptr;
    QLabel* m_banner = nullptr;
};

}  // namespace onco
