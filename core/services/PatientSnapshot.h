#pragma once

#include "core/domain/PatientRecord.h"
#include "core/i18n/Phrase.h"
#include "core/rules/Assessment.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
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
 * One immutable picture of the open patient after a change: her record as stored (read once), and what follows from
 * it on one evaluation date under one jurisdiction — the assessment (rules::assess, run once) and the confirmed
 * tumour-marker rises. The session, the tabs, the header, the cards and the Overview all read the same snapshot.
 */
struct PatientSnapshot
{
    enum class State { Ready, Unavailable };

    qint64 patientId = 0;
    State state = State::Unavailable;
    QString problem;  ///< Unavailable: why (the patient is gone, the database cannot be read)
    PatientRecord record;
    QDate asOf;
    Jurisdiction jurisdiction = Jurisdiction::UsFda;
    rules::Assessment assessment;
    QList<MarkerRiseNote> markerRises;
    Phrase riseConvention;  ///< TM-4: the rise threshold is a local convention of the site (with its percentage)

    bool isReady() const { return state == State::Ready; }
};

using PatientSnapshotPtr = std::shared_ptr<const PatientSnapshot>;

/**
 * The open patient, kept current: on setPatient() and on every change CaseService announces for her
 * (patientChanged, patientRemoved) the record is loaded once through CaseService::loadPatient, as_of is today (the
 * service's clock) or the override, the jurisdiction the override or the settings' (rules::chooseJurisdiction), the
 * assessment runs once, and the result is published as a new snapshot (snapshotChanged). A patient that is gone or
 * cannot be read is published as an Unavailable snapshot with the reason.
 */
class OpenPatient : public QObject
{
    Q_OBJECT
public:
    explicit OpenPatient(CaseService& service, QObject* parent = nullptr);

    /** Opens a patient (0: none) and publishes her snapshot; opening the same patient again reads her again. */
    void setPatient(qint64 patientId);
    qint64 patientId() const { return m_patientId; }
    /** Evaluates on this date instead of today (tests, a vignette's as_of); an invalid date means today. */
    void setAsOf(const QDate& asOf);
    /** Assesses under this jurisdiction instead of the settings'. */
    void setJurisdiction(std::optional<Jurisdiction> jurisdiction);
    /** Reads the record again and publishes a new snapshot (e.g. after the settings changed). */
    void refresh();

    /** The latest snapshot of the open patient; nullptr when none is open. */
    PatientSnapshotPtr snapshot() const { return m_snapshot; }
    /** A patient is open and her snapshot could be read. */
    bool isReady() const { return m_snapshot && m_snapshot->isReady(); }
    CaseService& service() const { return m_service; }

    /** How often the record was loaded, and how often the rules ran (tests: one of each per change). */
    int loads() const { return m_loads; }
    int runs() const { return m_runs; }

signals:
    /** A new snapshot was published (another patient, a change, unavailable, or none open). */
    void snapshotChanged();

private:
    void onPatientChanged(qint64 patientId);
    PatientSnapshotPtr read();

    CaseService& m_service;
    qint64 m_patientId = 0;
    QDate m_asOf;
    std::optional<Jurisdiction> m_jurisdiction;
    PatientSnapshotPtr m_snapshot;
    int m_loads = 0;
    int m_runs = 0;
};

}  // namespace onco
