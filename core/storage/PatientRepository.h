#pragma once

#include "core/domain/PatientRecord.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace onco {

/** One row of the plain patient list. */
struct PatientListEntry
{
    qint64 id = 0;
    QString mrn;
    QString name;
    QString nameLatin;
    Sex sex = Sex::Unrecorded;
    QDate birthDate;
    bool archived = false;
    QDateTime updatedAt;
};

/** Names a record kind in a call (`find(RecordOf<Biopsy>{}, id)`). */
template <typename T> struct RecordOf
{};

/**
 * Patients and the records they own, on one connection. Writes are made inside the caller's transaction
 * (Storage::beginWrite) and are not audited here: CaseService audits them. One set of methods per record kind,
 * generated from the list of kinds (PatientRecord.h). Implemented per backend (storage/sql/SqlPatients).
 */
class PatientRepository
{
public:
    virtual ~PatientRepository() = default;

    virtual Result<std::optional<Patient>> findPatient(qint64 id) = 0;
    /** The patients with these ids, in id order (unknown ids are left out). */
    virtual Result<QList<Patient>> patientsByIds(const QList<qint64>& ids) = 0;
    /** The patients whose ids lie in [first, last], in id order. */
    virtual Result<QList<Patient>> patientsInRange(qint64 first, qint64 last) = 0;
    virtual Result<std::optional<qint64>> idOfMrn(const QString& mrn) = 0;
    /** Every patient, by MRN. */
    virtual Result<QList<PatientListEntry>> listPatients() = 0;
    /** Patients with the same MRN, or the same name (or Latin name) and birth date, other than `p` itself. */
    virtual Result<QList<PatientListEntry>> duplicatesOf(const Patient& p) = 0;
    virtual Result<qint64> patientCount() = 0;
    /** Inserts a patient (her id is set), created and last changed `now`. */
    virtual Status insertPatient(Patient& p, const QDateTime& now) = 0;
    virtual Status updatePatient(const Patient& p, const QDateTime& now) = 0;
    /** Marks the patient's record as changed `now` (any of her records changed). */
    virtual Status touchPatient(qint64 id, const QDateTime& now) = 0;
    /** The patient's updated_at, locked against other writers until the transaction ends (the version a save checks
     *  against what the workstation showed); null when there is no such patient. */
    virtual Result<QDateTime> lockVersion(qint64 id) = 0;

#define ONCO_RECORD_METHODS(T, ...)                                                                                    \
    virtual Result<std::optional<T>> find(RecordOf<T>, qint64 id) = 0;                                                 \
    virtual Result<QList<T>> ofPatient(RecordOf<T>, qint64 patientId) = 0;                                             \
    /** The records of these patients, by patient and then in row order. */                                            \
    virtual Result<QList<T>> ofPatients(RecordOf<T>, const QList<qint64>& patientIds) = 0;                             \
    /** The records of the patients whose ids lie in [first, last], by patient (bulk reads). */                        \
    virtual Result<QList<T>> inRange(RecordOf<T>, qint64 first, qint64 last) = 0;                                      \
    virtual Status insert(T& record) = 0;                                                                              \
    virtual Status update(const T& record) = 0;                                                                        \
    virtual Status remove(RecordOf<T>, qint64 id) = 0;
    ONCO_OWNED_RECORD_KINDS(ONCO_RECORD_METHODS)
#undef ONCO_RECORD_METHODS
};

}  // namespace onco
