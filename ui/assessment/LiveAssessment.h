#pragma once

#include "core/analytics/MarkerAnalysis.h"
#include "core/domain/PatientRecord.h"
#include "core/rules/Assessment.h"

#include <QDate>
#include <QList>
#include <QObject>

#include <optional>

namespace onco {

class CaseService;

/** A confirmed tumour-marker rise (TM-4) on as_of, shown as information with the TM-6 sentence. */
struct MarkerRiseNote
{
    QString analyte;
    Phrase correlate;  ///< "CA 15-3 is 60 % above its nadir … correlate with imaging" (analytics)
    QDate latest;      ///< date of the latest result
};

/**
 * The open patient's assessment, recomputed on every change: on CaseService::patientChanged the record is read
 * again and `rules::assess` runs with as_of = today (or the override) and the jurisdiction of the settings
 * (`rules/jurisdiction`, or the override). The cards, the Overview and the header badges show it.
 */
class LiveAssessment : public QObject
{
    Q_OBJECT
public:
    explicit LiveAssessment(CaseService& service, QObject* parent = nullptr);

    /** The patient to assess (0: none). */
    void setPatient(qint64 patientId);
    qint64 patientId() const { return m_patientId; }
    /** Evaluates on this date instead of today (tests, a vignette's as_of); an invalid date means today. */
    void setAsOf(const QDate& asOf);
    /** Assesses under this jurisdiction instead of the settings'. */
    void setJurisdiction(std::optional<Jurisdiction> jurisdiction);
    /** Reads the record again and assesses it (e.g. after the settings changed). */
    void recompute();

    /** An assessment is shown (a patient is set and could be read). */
    bool isValid() const { return m_valid; }
    const rules::Assessment& assessment() const { return m_assessment; }
    const PatientRecord& record() const { return m_record; }
    const QList<MarkerRiseNote>& markerRises() const { return m_rises; }
    /** TM-4: the rise threshold is a local convention of the site (with the site's percentage). */
    const Phrase& riseConvention() const { return m_riseConvention; }
    CaseService& service() const { return m_service; }
    /** How many assessments ran (tests: a recompute after an edit). */
    int runs() const { return m_runs; }

signals:
    /** The assessment changed (or went away). */
    void changed();

private:
    void onPatientChanged(qint64 patientId);

    CaseService& m_service;
    qint64 m_patientId = 0;
    QDate m_asOf;
    std::optional<Jurisdiction> m_jurisdiction;
    bool m_valid = false;
    PatientRecord m_record;
    rules::Assessment m_assessment;
    QList<MarkerRiseNote> m_rises;
    Phrase m_riseConvention;
    int m_runs = 0;
};

}  // namespace onco
