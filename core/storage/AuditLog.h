#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace onco {

/** One change to append: insert, update, delete, or an action such as print or export. */
struct AuditRecord
{
    QString action;
    QString entity;
    qint64 entityId = 0;
    qint64 patientId = 0;
    QJsonObject before;
    QJsonObject after;
};

/** What a check of the chain found. `firstBadId` is the first row altered or removed (0 when all is well). */
struct AuditReport
{
    bool ok = true;
    qint64 rows = 0;
    qint64 firstBadId = 0;
    QString problem;
    QStringList notes;
};

/** Who last changed a patient's record, and when (UTC). */
struct LastChange
{
    QString user;
    QDateTime at;
};

/** What the audit trail says changed after a row (another workstation's or process's writes). */
struct StoreChanges
{
    qint64 lastId = 0;      ///< the newest row (the next check starts after it)
    QList<qint64> added;    ///< patients inserted
    QList<qint64> changed;  ///< patients whose record changed
    QList<qint64> removed;  ///< patients deleted
    bool bulk = false;      ///< a bulk write without patient ids (the synthetic generator)
};

/**
 * The append-only audit trail of one storage connection: every row's hash covers its content and the previous
 * row's hash, so an altered or removed row shows. Implemented per backend (storage/sql/AuditTrail).
 */
class AuditLog
{
public:
    virtual ~AuditLog() = default;

    /** Whose changes are written from now on. */
    virtual void setUser(const QString& user) = 0;
    virtual const QString& user() const = 0;
    /** Appends one row; call inside the caller's write transaction. */
    virtual Status append(const AuditRecord& record) = 0;
    /** Publishes the chain's head after a committed transaction (so a cut-off tail shows). */
    virtual Status writeHead() const = 0;
    /** The id of the newest row (0 when empty). */
    virtual Result<qint64> lastId() = 0;
    /** The changes of patients' records in the rows after `id` (prints, exports and account changes left out). */
    virtual Result<StoreChanges> changesAfter(qint64 id) = 0;
    /** The latest row that changed the patient's record (an insert, update or delete; not a print). */
    virtual Result<LastChange> lastChange(qint64 patientId) = 0;
    /** Checks every row's hash and link, then the published head. */
    virtual AuditReport verify() const = 0;
};

}  // namespace onco
