#pragma once

#include "core/services/CaseService.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <memory>

namespace onco::bench {

/** The cached synthetic database (100,000 patients, seed 1, plus the demo patients), created on first use. */
QString syntheticDatabasePath(int patients = 100000, quint64 seed = 1);

/** An open connection and service on a copy-free path (benchmarks that write use their own file). */
struct Session
{
    explicit Session(const QString& path);
    FixedClock clock{QDate(2026, 11, 21)};
    std::unique_ptr<Database> db;
    std::unique_ptr<CaseService> service;
};

}  // namespace onco::bench
