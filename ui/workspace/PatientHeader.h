#pragma once

#include "core/domain/PatientRecord.h"

#include <QDate>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace onco {

class Knowledge;

/**
 * The band always visible above the tabs: name (Chinese and Latin), MRN, age, sex, menopausal status, the current
 * line and the day on it, and a row for the coloured assessment badges (filled by ui/assessment).
 */
class PatientHeader : public QWidget
{
    Q_OBJECT
public:
    PatientHeader(const Knowledge& knowledge, QWidget* parent = nullptr);

    void showRecord(const PatientRecord& record, const QDate& today);
    void setEditable(bool editable);
    /** The row where the assessment badges go (endocrine resistance, each oral SERD, due actions). */
    QHBoxLayout* badgeRow() const { return m_badges; }
    QLabel* nameLabel() const { return m_name; }
    QLabel* detailsLabel() const { return m_details; }

signals:
    void editRequested();
    void archiveRequested(bool archive);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    const Knowledge& m_knowledge;
    PatientRecord m_record;
    QDate m_today;
    QLabel* m_name = nullptr;
    QLabel* m_archived = nullptr;
    QLabel* m_deceased = nullptr;  ///< "Deceased (date)"
    QLabel* m_details = nullptr;
    QHBoxLayout* m_badges = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_archive = nullptr;
};

}  // namespace onco
