#pragma once

#include "app/AppContext.h"
#include "core/patientlist/PatientDirectory.h"
#include "core/services/CaseService.h"
#include "core/storage/Storage.h"
#include "core/storage/sqlite/Database.h"
#include "core/util/Clock.h"

#include <memory>

namespace onco::bench {

/** The cached synthetic database (100,000 patients, seed 1, plus the demo patients), created on first use; or the
 *  store named by ONCO_BENCH_DATABASE (another file, or a server database: postgresql://…, made beforehand with
 *  `oncocase demo --patients N`), to measure the same interactions there. */
QString syntheticDatabasePath(int patients = 100000, quint64 seed = 1);
/** The MRN of a patient in the middle of it (ONCO_BENCH_MIDDLE_MRN, else SYN-0050000). */
QString middleMrn();

/** The program's context (store, services) on a copy-free path (benchmarks that write use their own file). */
struct Session
{
    explicit Session(const QString& path);
    FixedClock clock{QDate(2026, 11, 21)};
    std::unique_ptr<AppContext> app;
    Database* db = nullptr;  ///< the SQLite connection under the store (raw comparisons); null on a server
    CaseService* service = nullptr;
    ServiceContext context() { return app->services(); }
};

}  // namespace onco::bench
