#pragma once

#include "core/storage/OpenStore.h"

namespace onco {

// The operations of OpenStore.h on SQLite database files (openStore() and the others choose them for a file path).
Result<std::unique_ptr<Storage>> openSqliteStore(const StoreRequest& request);
Result<StoreInspection> inspectSqliteStore(const QString& path);
Status checkSqliteStoreNotInUse(const QString& path);
Result<qint64> backupSqliteStore(const QString& source, const QString& target);
Status restoreSqliteStore(const QString& source, const QString& target);

}  // namespace onco
