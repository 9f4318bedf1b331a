#pragma once

#include "core/services/PatientSnapshot.h"

#include <QObject>

#include <optional>

namespace onco {

class CaseService;

/**
 * The open patient's assessment as the cards, the Overview and the header badges show it: the latest snapshot of
 * OpenPatient (core/services/PatientSnapshot.h), which reads the record and runs `rules::assess` once per change,
 * with as_of = today (or the override) and the jurisdiction of the settings (`rules/jurisdiction`, or the override).
 * Nothing is read or assessed here.
 */
class LiveAssessment : public QObject
{
    Q_OBJECT
public:
    explicit LiveAssessment(OpenPatient& open, QObject* parent = nullptr);

    qint64 patientId() const { return m_snapshot ? m_snapshot->patientId : 0; }
    /** Evaluates on this date instead of today (tests, a vignette's as_of); an invalid date means today. */
    void setAsOf(const QDate& asOf);
    /** Assesses under this jurisdiction instead of the settings'. */
    void setJurisdiction(std::optional<Jurisdiction> jurisdiction);
    /** Has the record read again and assessed (e.g. after the settings changed). */
    void recompute();

    /** An assessment is shown (a patient is open and could be read). */
    bool isValid() const { return m_snapshot && m_snapshot->isReady(); }
    const rules::Assessment& assessment() const;
    const PatientRecord& record() const;
    const QList<MarkerRiseNote>& markerRises() const;
    /** TM-4: the rise threshold is a local convention of the site (with the site's percentage). */
    const Phrase& riseConvention() const;
    /** The snapshot shown (nullptr: no patient open). */
    const PatientSnapshotPtr& snapshot() const { return m_snapshot; }
    CaseService& service() const;
    /** How many assessments ran for the open patient (OpenPatient::runs(); tests: one recompute per edit). */
    int runs() const { return m_open.runs(); }

signals:
    /** The assessment changed (or went away). */
    void changed();

private:
    void onSnapshotChanged();

    OpenPatient& m_open;
    PatientSnapshotPtr m_snapshot;
};

}  // namespace onco
