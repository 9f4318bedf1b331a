#pragma once

#include "core/storage/OpenStore.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace onco {

class SqlConnection;

/**
 * Copies every row of an OncoCase store into an empty one of another backend (a desk database onto the department
 * server): the records, the audit trail with its ids and hashes (so its chain goes on), the stored assessments, the
 * installed knowledge packs and the accounts. The caller runs copyRows() inside one write transaction of the target
 * (with whatever else belongs to it), then check(): the same number of rows in every table and the same newest audit
 * hash. The target's id sequences continue after the copied ids.
 */
class StoreCopy
{
    Q_DECLARE_TR_FUNCTIONS(StoreCopy)
public:
    /** Refuses a target that holds patients, audit rows or accounts. */
    static Status checkEmpty(SqlConnection& target);
    static Status copyRows(SqlConnection& source, SqlConnection& target);
    static Result<StoreCopyReport> check(SqlConnection& source, SqlConnection& target);
    /** The tables copied, parents before children. */
    static const QStringList& tables();
};

}  // namespace onco
