#pragma once

#include "ui/widgets/FrozenColumnTableView.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace onco {

class CaseService;
class PatientDirectory;
class PatientListModel;

/**
 * The left side of the main window: the search box (focused on start; typing filters at once), the filter chips
 * (advanced, oral SERD option, action due, archived) and the patient list, whose name column stays in view when it
 * scrolls sideways. Selecting a row opens the patient.
 */
class PatientListPanel : public QWidget
{
    Q_OBJECT
public:
    PatientListPanel(CaseService& service, PatientDirectory& directory, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QTableView* view() const { return m_view; }
    PatientListModel* model() const { return m_model; }
    QToolButton* advancedChip() const { return m_advanced; }
    QToolButton* serdChip() const { return m_serd; }
    QToolButton* actionChip() const { return m_action; }
    QToolButton* archivedChip() const { return m_archived; }
    QLabel* countLabel() const { return m_count; }

    /** Call after the directory got (or lost) its assessment source: enables the chips and re-reads the rows. */
    void assessmentSourceChanged();

    /** Selects a patient's row (clearing the search when she is not shown); false when she cannot be shown. */
    bool selectPatient(qint64 patientId);
    qint64 selectedPatient() const { return m_selected; }

signals:
    void patientSelected(qint64 patientId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyQuery();
    void rowsRefreshed();
    void currentRowChanged();
    void updateCount();
    void retranslateUi();
    void fitColumns();
    QToolButton* makeChip(const QString& objectName);

    CaseService& m_service;
    PatientDirectory& m_directory;
    PatientListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QToolButton* m_advanced = nullptr;
    QToolButton* m_serd = nullptr;
    QToolButton* m_action = nullptr;
    QToolButton* m_archived = nullptr;
    QLabel* m_count = nullptr;
    FrozenColumnTableView* m_view = nullptr;
    qint64 m_selected = 0;
    bool m_restoring = false;
};

}  // namespace onco
