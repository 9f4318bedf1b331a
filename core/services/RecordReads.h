#pragma once

#include "core/domain/PatientRecord.h"
#include "core/util/Result.h"

#include <QList>

namespace onco {

class PatientRepository;

/** The rows of a list read, or none with its error kept in `status` (the first error of several reads). */
template <typename T> QList<T> takeRows(Result<QList<T>> rows, Status& status)
{
    if (!rows) {
        if (status)
            status = rows.error();
        return {};
    }
    return std::move(rows).value();
}

/** Every patient whose id lies in [firstId, lastId], in id order, read kind by kind (bulk work such as recomputing all
 *  stored assessments). Without `markers` the marker results (most of the rows, and not read by the clinical rules)
 *  are left out. */
Result<QList<PatientRecord>> readRecordRange(PatientRepository& patients, qint64 firstId, qint64 lastId,
                                             bool markers = true);

}  // namespace onco
