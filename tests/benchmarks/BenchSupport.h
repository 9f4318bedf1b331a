#pragma once

#include "app/AppContext.h"
#include "core/patientlist/PatientDirectory.h"
#include "core/services/CaseService.h"
#include "core/storage/Storage.h"
#include "core/storage/sqlite/Database.h"
#include "core/util/Clock.h"

#include <memory>

namespace onco::bench {

/** The cached synthetic database (100,000 patients, seed 1, plus the demo patients), created on first use. */
QString syntheticDatabasePath(int patients = 100000, quint64 seed = 1);

/** The program's context (store, services) on a copy-free path (benchmarks that write use their own file). */
struct Session
{
    explicit Session(const QString& path);
    FixedClock clock{QDate(2026, 11, 21)};
    std::unique_ptr<AppContext> app;
    Database* db = nullptr;  ///< the SQLite connection under the store (raw comparisons)
    CaseService* service = nullptr;
    ServiceContext context() { return app->services(); }
};

}  // namespace onco::bench
