#pragma once

#include "core/storage/Storage.h"

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
