#pragma once

#include "core/domain/PatientRecord.h"
#include "core/domain/Validation.h"
#include "core/storage/AuditTrail.h"
#include "core/util/Result.h"

#include <QObject>

#include <optional>

namespace onco {

class Clock;
class Database;
class Knowledge;
class Transaction;

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

/**
 * The only gateway through which anything reads or changes stored patients.
 * Every save or delete validates first, runs in one transaction with one audit row per changed record,
 * and then announces the change.
 */
class CaseService : public QObject
{
    Q_OBJECT
public:
    CaseService(Database& db, const Clock& clock, const Knowledge& knowledge, const QString& user,
                QObject* parent = nullptr);
    ~CaseService() override;

    Database& database() { return m_db; }
    const Clock& clock() const { return m_clock; }
    const Knowledge& knowledge() const { return m_knowledge; }
    AuditTrail& audit() { return m_audit; }
    Validator validator() const;

    Result<PatientRecord> loadPatient(qint64 patientId);
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
    /** Writes an action (print, export …) on a patient to the audit trail. */
    Status logAction(const QString& action, qint64 patientId, const QJsonObject& details);

signals:
    void patientAdded(qint64 patientId);
    void patientChanged(qint64 patientId);
    void patientRemoved(qint64 patientId);

private:
    template <typename T> Status insertAudited(T& record);
    template <typename T> Status removeAllOf(qint64 patientId, const QList<T>& records);
    Status touch(qint64 patientId);
    Status finish(Transaction& tx);
    Error invalid(const QString& entity, const QList<FieldError>& errors) const;

    Database& m_db;
    const Clock& m_clock;
    const Knowledge& m_knowledge;
    AuditTrail m_audit;
};

}  // namespace onco
