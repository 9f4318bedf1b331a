#pragma once

#include "core/storage/Storage.h"

#include <QList>
#include <QString>

namespace onco {

class Clock;

/** What a read-only look at a store found, before anything writes to it. */
struct StoreInspection
{
    bool exists = false;
    int schemaVersion = 0;
    bool writable = false;
};

/** How to reach a store: where it is, how, and whose changes are audited (with which clock). */
struct StoreRequest
{
    QString location;  ///< a database file (SQLite)
    Storage::Access access = Storage::Access::ReadWrite;
    const Clock* clock = nullptr;  ///< required: the audit trail's time stamps
    QString user;
};

/**
 * Opens a store: an existing one is inspected read-only first (a file that is not ours, truncated, locked,
 * read-only when writing was asked for, or from a newer schema is refused untouched); an older schema is backed up
 * and migrated forward; a missing one is created (read-write only). The backend follows from the location.
 */
Result<std::unique_ptr<Storage>> openStore(const StoreRequest& request);

/** One table of a copy: its rows in the source and in the copy. */
struct TableCount
{
    QString table;
    qint64 source = 0;
    qint64 copied = 0;
};

/** What a copy of a store did and what its check found. */
struct StoreCopyReport
{
    QList<TableCount> tables;
    QString lastAuditHash;  ///< the newest audit row's hash, the same in both
    int accounts = 0;       ///< accounts copied (on a server: login roles made, each waiting for a new password)
};

/**
 * Copies the store at `source` into the empty store at `target` (a desk database onto the department server): every
 * record, the audit trail with its chain, the stored assessments, the installed knowledge and the accounts, in one
 * transaction; then checks that every table has the same rows and the chain the same newest hash. On a server each
 * copied account becomes a login role without a password (an administrator sets one with `account passwd`).
 */
Result<StoreCopyReport> copyStore(const QString& source, const QString& target, const Clock& clock,
                                  const QString& user);

/** Whether a location names a server database (postgresql:// or postgres://) rather than a file. */
bool isServerLocation(const QString& location);

/** Looks at a store without writing anything to it. */
Result<StoreInspection> inspectStore(const QString& location);

/** Fails (Locked) when another process is using the store. */
Status checkStoreNotInUse(const QString& location);

/** Writes a consistent copy of the store at `source` to `target` (replacing it), with its audit head; returns the
 *  number of patients copied. */
Result<qint64> backupStore(const QString& source, const QString& target);

/** Replaces the store at `target` with a consistent copy of the backup at `source`, with its audit head. */
Status restoreStore(const QString& source, const QString& target);

}  // namespace onco
