#pragma once

#include "core/domain/Account.h"
#include "core/domain/PatientRecord.h"
#include "core/storage/PatientRepository.h"
#include "core/util/Result.h"
#include "core/validation/Validation.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <optional>

namespace onco {

class Clock;
class Knowledge;
class Storage;
class WriteTransaction;

/**
 * The only gateway through which anything reads or changes stored patients.
 * Every save or delete validates first, runs in one transaction with one audit row per changed record,
 * and then announces the change.
 */
class CaseService : public QObject
{
    Q_OBJECT
public:
    /** Works on `storage`'s repositories; the audit trail names the storage's user. */
    CaseService(Storage& storage, const Clock& clock, const Knowledge& knowledge, QObject* parent = nullptr);
    ~CaseService() override;

    const Clock& clock() const { return m_clock; }
    const Knowledge& knowledge() const { return m_knowledge; }
    Validator validator() const;
    /** Where the records live (shown to the user, remembered with the last patient). */
    QString location() const;
    /** Nothing can be changed: the store is read-only, or the signed-in account is (issue 12). */
    bool isReadOnly() const;
    /** Whose changes the audit trail records from now on. */
    QString user() const;
    void setUser(const QString& user);
    /** Works as `account` from now on: the audit trail records its name, and a read-only account's changes are
     *  refused (reading, printing and exporting stay allowed). */
    void signIn(const accounts::Account& account);
    const std::optional<accounts::Account>& account() const { return m_account; }

    Result<PatientRecord> loadPatient(qint64 patientId);
    /** The version (updated_at) of the patient's record this workstation shows: a later change of her record is
     *  refused with ErrorKind::Conflict, naming who changed it and when, if another workstation changed it since.
     *  OpenPatient notes every version it loads. */
    void noteShown(qint64 patientId, const QDateTime& version);
    /** "Keep mine": the next change of her record is made over the other workstation's. */
    void keepMine(qint64 patientId);
    /** Every patient whose id lies in [firstId, lastId], in id order, read table by table (bulk work such as
     *  recomputing all assessment summaries). Without `markers` the marker results (most of the rows, and not read
     *  by the clinical rules) are left out. */
    Result<QList<PatientRecord>> loadPatientRange(qint64 firstId, qint64 lastId, bool markers = true);
    std::optional<qint64> findPatientId(const QString& mrn);
    Result<QList<PatientListEntry>> listPatients();
    /** Patients with the same MRN, or the same name and birth date (other than `p` itself). */
    QList<PatientListEntry> findDuplicates(const Patient& p);

    /** Inserts (id 0) or updates a patient; pinyin is derived from the name. Returns the id. */
    Result<qint64> savePatient(Patient p);
    /** Inserts (id 0) or updates any record owned by a patient. Returns the record's id. */
    template <typename T> Result<qint64> save(T record);
    /** Deletes a record owned by a patient. */
    template <typename T> Status remove(qint64 recordId);

    /** Stores a whole record in one transaction; an existing MRN is refused unless `replace`. */
    Result<qint64> importRecord(PatientRecord record, bool replace);
    /** Stores generated records (the synthetic generator: many at a time, not validated, not announced) in one
     *  transaction with one audit row `generate` carrying `details` for the whole batch. */
    Status insertGenerated(QList<PatientRecord>& records, const QJsonObject& details);
    /** Writes an action (print, export …) on a patient to the audit trail. */
    Status logAction(const QString& action, qint64 patientId, const QJsonObject& details);

signals:
    void patientAdded(qint64 patientId);
    void patientChanged(qint64 patientId);
    void patientRemoved(qint64 patientId);

private:
    template <typename T> Status insertAudited(T& record);
    template <typename T> Status removeAllOf(qint64 patientId, const QList<T>& records);
    Status finish(WriteTransaction& tx);
    Error invalid(const QString& entity, const QList<FieldError>& errors) const;
    /** Refuses a change when the signed-in account may not make it. */
    Status checkWritable() const;
    /** Inside a write transaction: the record is still the version shown (locked until the transaction ends). */
    Status checkVersion(qint64 patientId);
    /** After a committed change: what is shown now is this workstation's own version. */
    void noteWritten(qint64 patientId, const QDateTime& now);

    Storage& m_storage;
    PatientRepository& m_patients;
    std::optional<accounts::Account> m_account;
    const Clock& m_clock;
    const Knowledge& m_knowledge;
    QHash<qint64, QDateTime> m_shown;
};

}  // namespace onco
