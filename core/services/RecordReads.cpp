#include "core/services/RecordReads.h"

#include "core/storage/PatientRepository.h"

#include <QHash>

namespace onco {

namespace {

/** Appends each row to the record of its patient (rows and records both in patient order). */
template <typename T>
void distribute(QList<PatientRecord>& records, const QHash<qint64, int>& index, QList<T> rows,
                QList<T> PatientRecord::*list)
{
    for (T& row : rows)
        if (const auto it = index.constFind(row.patientId); it != index.constEnd())
            (records[*it].*list).append(std::move(row));
}

}  // namespace

Result<QList<PatientRecord>> readRecordRange(PatientRepository& patients, qint64 firstId, qint64 lastId, bool markers)
{
    Status status;
    QList<PatientRecord> records;
    QHash<qint64, int> index;
    for (Patient& p : takeRows(patients.patientsInRange(firstId, lastId), status)) {
        index.insert(p.id, int(records.size()));
        PatientRecord rec;
        rec.patient = std::move(p);
        records.append(std::move(rec));
    }
    for (Diagnosis& d : takeRows(patients.inRange(RecordOf<Diagnosis>{}, firstId, lastId), status))
        if (const auto it = index.constFind(d.patientId); it != index.constEnd() && !records[*it].diagnosis)
            records[*it].diagnosis = std::move(d);
    forEachListKind([&](auto kind) {
        using T = decltype(kind);
        if constexpr (std::is_same_v<T, MarkerResult>)
            if (!markers)
                return;
        distribute(records, index, takeRows(patients.inRange(RecordOf<T>{}, firstId, lastId), status),
                   RecordKind<T>::list);
    });
    if (!status)
        return status.error();
    return records;
}

}  // namespace onco
