#include "core/knowledgepack/KnowledgeUpdates.h"

#include "core/util/Clock.h"

namespace onco::knowledgepack {

KnowledgeUpdates::KnowledgeUpdates(Storage& storage, const Clock& clock, InForce inForce)
    : m_storage(storage)
    , m_clock(clock)
    , m_inForce(std::move(inForce))
{}

bool KnowledgeUpdates::isStale() const
{
    return knowledgepack::isStale(knowledge(), m_clock.today());
}

QDate KnowledgeUpdates::today() const
{
    return m_clock.today();
}

bool KnowledgeUpdates::isReadOnly() const
{
    return m_storage.isReadOnly();
}

Result<InstallOutcome> KnowledgeUpdates::preview(const QByteArray& pack, Jurisdiction jurisdiction,
                                                 bool allowOlder) const
{
    return installKnowledge(m_storage, m_clock, knowledge(),
                            {pack, true, allowOlder, m_clock.today(), jurisdiction, jurisdiction});
}

Result<InstallOutcome> KnowledgeUpdates::install(const QByteArray& pack, Jurisdiction jurisdiction, bool allowOlder)
{
    return installKnowledge(m_storage, m_clock, knowledge(),
                            {pack, false, allowOlder, m_clock.today(), jurisdiction, jurisdiction});
}

}  // namespace onco::knowledgepack
