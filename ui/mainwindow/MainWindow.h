#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QTableView;

namespace onco {

class CaseService;
class PatientTableModel;

/** The main window: the patients of the open database (the clinician's workspace grows from here). */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(CaseService& service, QWidget* parent = nullptr);
    ~MainWindow() override;

    QTableView* patientTable() const { return m_table; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    CaseService& m_service;
    PatientTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_knowledgeLabel = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

}  // namespace onco
