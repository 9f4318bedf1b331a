#pragma once

#include "core/domain/PatientRecord.h"
#include "ui/timeline/TimelineData.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace onco {

class CaseService;
class DiseaseTimeline;
class MarkerChartView;
class PatientWorkspace;

/**
 * Puts the course views into the workspace and keeps them on the open patient: the disease timeline across the
 * top of the Overview and the tumour-marker chart above the marker table. Both follow every shown record (opening,
 * each edit, undo) as of today, the site's marker settings (reloadSettings() after the settings dialog) and the UI
 * language (on their own). The chart's analyte choice and log scale are remembered per patient for the session.
 * A click on a timeline item brings that record into view in its tab, selected (Enter or a double-click edits it).
 */
class CourseViews : public QObject
{
    Q_OBJECT
public:
    CourseViews(CaseService& service, PatientWorkspace& workspace, QObject* parent = nullptr);

    DiseaseTimeline* timeline() const { return m_timeline; }
    MarkerChartView* chart() const { return m_chart; }

    /** Reads the site's marker ULNs and rise threshold again (the settings changed). */
    void reloadSettings();
    /** Brings the record a timeline item stands for into view; false when it is not listed. */
    bool openRecord(TimelineEntity entity, qint64 id);

private:
    struct ChartChoice
    {
        QStringList analytes;
        bool logScale = false;
    };
    void showRecord(const PatientRecord& record);
    void patientOpened(qint64 patientId);
    void rememberChoice();

    CaseService& m_service;
    PatientWorkspace& m_workspace;
    DiseaseTimeline* m_timeline = nullptr;
    MarkerChartView* m_chart = nullptr;
    qint64 m_patientId = 0;
    bool m_restoring = false;
    QHash<qint64, ChartChoice> m_choices;  ///< per patient, for the session
};

}  // namespace onco
