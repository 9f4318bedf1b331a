#include "core/assessments/AssessmentWorker.h"

#include "core/assessments/Recompute.h"

namespace onco::assessments {

AssessmentWorker::AssessmentWorker(Storage::Connector connect, const Clock& clock, const Knowledge& knowledge,
                                   Freshness now, QObject* parent)
    : QThread(parent)
    , m_connect(std::move(connect))
    , m_clock(clock)
    , m_knowledge(knowledge)
    , m_now(std::move(now))
{}

AssessmentWorker::~AssessmentWorker()
{
    cancel();
    wait();
}

void AssessmentWorker::run()
{
    // A connection of this thread: connections must not cross threads.
    auto storage = m_connect();
    if (!storage) {
        emit completed(0, false, storage.error().message);
        return;
    }
    const ServiceContext context{*storage.value(), m_clock, m_knowledge};
    const auto outcome = recomputeStale(
        context, m_now, [this](int done, int total) { emit progressed(done, total); }, &m_cancelled);
    if (!outcome)
        emit completed(0, false, outcome.error().message);
    else
        emit completed(outcome->recomputed, outcome->cancelled, QString());
}

}  // namespace onco::assessments
