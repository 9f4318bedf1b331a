#pragma once

#include "core/knowledgepack/KnowledgeInstall.h"

namespace onco::knowledgepack {

/**
 * The knowledge of one open store, for the window: what is in force (and whether it is stale), the preview of a
 * pack and its install. Built by the composition root on the window's storage; an install takes effect in the window
 * once the store is opened again.
 */
class KnowledgeUpdates
{
public:
    KnowledgeUpdates(Storage& storage, const Clock& clock, InForce inForce);

    const InForce& inForce() const { return m_inForce; }
    const Knowledge& knowledge() const { return *m_inForce.knowledge; }
    /** Last verified more than kStaleAfterDays before today. */
    bool isStale() const;
    bool isReadOnly() const;
    QDate today() const;

    /** What installing `pack` would change, and for which patients under `jurisdiction` (nothing is written). */
    Result<InstallOutcome> preview(const QByteArray& pack, Jurisdiction jurisdiction, bool allowOlder) const;
    /** Installs `pack` (InstallRequest), the stored assessments recomputed for `jurisdiction`. */
    Result<InstallOutcome> install(const QByteArray& pack, Jurisdiction jurisdiction, bool allowOlder);

private:
    Storage& m_storage;
    const Clock& m_clock;
    InForce m_inForce;
};

}  // namespace onco::knowledgepack
