#pragma once

#include "core/storage/PatientRepository.h"

#include <QCoreApplication>

namespace onco {

class SqlConnection;

/** Patients and their records in SQLite: one table per kind, mapped by the field tables (SqlTable). */
class SqlPatients : public PatientRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseService)
public:
    explicit SqlPatients(SqlConnection& db);

    Result<std::optional<Patient>> findPatient(qint64 id) override;
    Result<QList<Patient>> patientsByIds(const QList<qint64>& ids) override;
    Result<QList<Patient>> patientsInRange(qint64 first, qint64 last) override;
    Result<std::optional<qint64>> idOfMrn(const QString& mrn) override;
    Result<QList<PatientListEntry>> listPatients() override;
    Result<QList<PatientListEntry>> duplicatesOf(const Patient& p) override;
    Result<qint64> patientCount() override;
    Status insertPatient(Patient& p, const QDateTime& now) override;
    Status updatePatient(const Patient& p, const QDateTime& now) override;
    Status touchPatient(qint64 id, const QDateTime& now) override;
    Result<QDateTime> lockVersion(qint64 id) override;

#define ONCO_RECORD_OVERRIDES(T, ...)                                                                                  \
    Result<std::optional<T>> find(RecordOf<T>, qint64 id) override;                                                    \
    Result<QList<T>> ofPatient(RecordOf<T>, qint64 patientId) override;                                                \
    Result<QList<T>> ofPatients(RecordOf<T>, const QList<qint64>& patientIds) override;                                \
    Result<QList<T>> inRange(RecordOf<T>, qint64 first, qint64 last) override;                                         \
    Status insert(T& record) override;                                                                                 \
    Status update(const T& record) override;                                                                           \
    Status remove(RecordOf<T>, qint64 id) override;
    ONCO_OWNED_RECORD_KINDS(ONCO_RECORD_OVERRIDES)
#undef ONCO_RECORD_OVERRIDES

private:
    SqlConnection& m_db;
};

}  // namespace onco
