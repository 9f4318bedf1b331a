#include "ui/mainwindow/MainWindow.h"

#include "core/knowledge/Knowledge.h"
#include "core/services/CaseService.h"
#include "core/storage/Database.h"
#include "ui/patients/PatientTableModel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

namespace onco {

MainWindow::MainWindow(CaseService& service, QWidget* parent)
    : QMainWindow(parent)
    , m_service(service)
{
    m_model = new PatientTableModel(service, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("patientTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    setCentralWidget(m_table);

    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About OncoCase"),
                           tr("<b>OncoCase</b> %1<br>Knowledge data %2 (last verified %3)<br><br>"
                              "For clinical review — not a prescription.")
                               .arg(QApplication::applicationVersion(), m_service.knowledge().version(),
                                    m_service.knowledge().lastVerified().toString(Qt::ISODate)));
    });

    m_databaseLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_knowledgeLabel = new QLabel(this);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_knowledgeLabel);
    retranslateUi();
    m_table->resizeColumnsToContents();
    resize(1280, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("OncoCase — %1").arg(QDir::toNativeSeparators(m_service.database().path())));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About OncoCase"));
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_service.database().path())));
    m_userLabel->setText(tr("User: %1").arg(m_service.audit().user()));
    m_knowledgeLabel->setText(tr("Knowledge %1").arg(m_service.knowledge().version()));
    m_model->retranslate();
}

}  // namespace onco
