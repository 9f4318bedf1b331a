#include "ui/mainwindow/AssessmentLink.h"

#include "core/assessments/AssessmentService.h"
#include "core/settings/AppSettings.h"
#include "ui/patients/PatientListModel.h"
#include "ui/patients/PatientListPanel.h"

#include <QLocale>
#include <QStatusBar>

namespace onco {

AssessmentLink::AssessmentLink(assessments::AssessmentService& summaries, PatientListPanel& list, QStatusBar* status,
                               QObject* parent)
    : QObject(parent)
    , m_summaries(summaries)
    , m_list(list)
    , m_status(status)
{
    connect(&summaries, &assessments::AssessmentService::assessmentChanged, this,
            [this](qint64 id) { m_list.model()->updatePatient(id); });
    connect(&summaries, &assessments::AssessmentService::backgroundProgress, this, [this](int done, int total) {
        m_status->showMessage(
            tr("Updating the stored assessments: %1 of %2").arg(QLocale().toString(done), QLocale().toString(total)),
            5000);
    });
    connect(&summaries, &assessments::AssessmentService::backgroundFinished, this,
            [this](int recomputed, bool, const QString& error) {
                if (!error.isEmpty())
                    m_status->showMessage(tr("The stored assessments could not be updated: %1").arg(error), 15000);
                else if (recomputed > 0)
                    m_status->showMessage(tr("Stored assessments updated: %1").arg(QLocale().toString(recomputed)),
                                          5000);
                m_list.model()->updateAll();
            });
}

void AssessmentLink::settingsChanged()
{
    const Jurisdiction now = settings::jurisdiction();
    if (now == m_summaries.jurisdiction())
        return;
    m_summaries.setJurisdiction(now);
    m_summaries.recomputeStaleInBackground();
}

}  // namespace onco
