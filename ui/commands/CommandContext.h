#pragma once

#include <QHash>
#include <QString>

#include <functional>
#include <memory>

namespace onco {

class CaseService;

/**
 * Record ids as commands know them. Undoing a deletion (or redoing an addition) stores the record again under a new
 * id; later commands on the stack still name it by its first id, and resolve it here.
 */
class RecordIdMap
{
public:
    /** Follows the chain of re-insertions (a record deleted and restored twice has moved twice). */
    qint64 resolve(const QString& entity, qint64 firstId) const
    {
        const QHash<qint64, qint64> moves = m_current.value(entity);
        qint64 id = firstId;
        for (int guard = 0; guard < 1000 && moves.contains(id) && moves.value(id) != id; ++guard)
            id = moves.value(id);
        return id;
    }
    void remap(const QString& entity, qint64 firstId, qint64 currentId) { m_current[entity][firstId] = currentId; }

private:
    QHash<QString, QHash<qint64, qint64>> m_current;
};

/** What every command of an open patient needs: the service, the id map of her stack, and where to report a
 *  failure (the command then does nothing and leaves the stack). */
struct CommandContext
{
    CaseService* service = nullptr;
    std::shared_ptr<RecordIdMap> ids;
    std::function<void(const QString&)> report;
};

}  // namespace onco
