#pragma once

#include <QObject>

class QStatusBar;

namespace onco {

class PatientListPanel;
namespace assessments {
class AssessmentService;
}

/**
 * The patient list on the stored assessment summaries: a row follows each recompute of its patient's summary
 * (after every edit), the whole list follows a background recompute (progress in the status bar), and a new
 * jurisdiction in the settings recomputes every summary in the background.
 */
class AssessmentLink : public QObject
{
    Q_OBJECT
public:
    AssessmentLink(assessments::AssessmentService& summaries, PatientListPanel& list, QStatusBar* status,
                   QObject* parent = nullptr);

    /** Call after the settings changed: a new default jurisdiction makes every summary stale. */
    void settingsChanged();

private:
    assessments::AssessmentService& m_summaries;
    PatientListPanel& m_list;
    QStatusBar* m_status;
};

}  // namespace onco
