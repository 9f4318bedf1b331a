#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace onco {

class CaseService;

/** File ▸ Move to server… (issue 12): copies the open desk database into an empty database on the department
 *  server, checks the copy and says what was copied. Not offered when the window already works on a server. */
class ServerMoveAction : public QObject
{
    Q_OBJECT
public:
    ServerMoveAction(CaseService& cases, QWidget* window);

    QAction* action() const { return m_action; }
    void retranslateUi();
    /** Asks for the server database (unless `url` is given), moves and reports. */
    void moveTo(const QString& url = {});

private:
    CaseService& m_cases;
    QWidget* m_window;
    QAction* m_action;
};

}  // namespace onco
