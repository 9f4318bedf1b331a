#include "core/summary/SummaryWorker.h"

#include "core/services/CaseService.h"
#include "core/storage/Database.h"
#include "core/summary/Recompute.h"

namespace onco::summary {

SummaryWorker::SummaryWorker(QString databasePath, const Clock& clock, const Knowledge& knowledge, Freshness now,
                             QObject* parent)
    : QThread(parent)
    , m_path(std::move(databasePath))
    , m_clock(clock)
    , m_knowledge(knowledge)
    , m_now(std::move(now))
{}

SummaryWorker::~SummaryWorker()
{
    cancel();
    wait();
}

void SummaryWorker::run()
{
    // A connection of this thread: QtSql connections must not cross threads.
    auto db = Database::open(m_path);
    if (!db) {
        emit completed(0, false, db.error().message);
        return;
    }
    CaseService cases(*db.value(), m_clock, m_knowledge, QStringLiteral("summary"));
    const auto outcome = recomputeStale(
        cases, m_now, [this](int done, int total) { emit progressed(done, total); }, &m_cancelled);
    if (!outcome)
        emit completed(0, false, outcome.error().message);
    else
        emit completed(outcome->recomputed, outcome->cancelled, QString());
}

}  // namespace onco::summary
