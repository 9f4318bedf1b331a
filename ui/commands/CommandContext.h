#pragma once

#include "core/services/CaseService.h"
#include "core/util/Result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace onco {

class CaseService;

/**
 * Records as the commands of one patient's stack know them. Undoing a deletion (or redoing an addition) stores the
 * record again, possibly under a new id; every command that names the record holds the same token, whose id follows.
 * A token is found by the id of a record that is stored now, so an id SQLite hands out again to a different record
 * never reaches the commands of a deleted one.
 */
class RecordIdMap
{
public:
    struct Entry
    {
        qint64 id = 0;
        bool stored = false;  ///< the record is in the database now (as far as this stack knows)
    };
    using Token = std::shared_ptr<Entry>;

    /** The token of the stored record `id` of `entity` (created on first use). */
    Token token(const QString& entity, qint64 id)
    {
        auto& list = m_tokens[entity];
        list.removeIf([](const std::weak_ptr<Entry>& w) { return w.expired(); });
        for (const auto& weak : std::as_const(list))
            if (Token t = weak.lock(); t && t->stored && t->id == id)
                return t;
        auto t = std::make_shared<Entry>(Entry{id, true});
        list.append(t);
        return t;
    }
    /** A token for a record that is not stored yet (an addition). */
    Token fresh(const QString& entity)
    {
        auto t = std::make_shared<Entry>();
        m_tokens[entity].append(t);
        return t;
    }

private:
    QHash<QString, QList<std::weak_ptr<Entry>>> m_tokens;
};

/** What every command of an open patient needs: the service, the id map of her stack, and where to report a
 *  failure (the command then does nothing and leaves the stack). */
struct CommandContext
{
    CaseService* service = nullptr;
    std::shared_ptr<RecordIdMap> ids;
    std::function<void(const QString&)> report;
    /** Another workstation changed the record since it was shown (the message says who and when): true to save
     *  over it ("keep mine"), false to reload hers. */
    std::function<bool(const QString&)> keepMine;
};

/** Runs a change of the patient's record; when another workstation changed it since it was shown, asks: keeping
 *  hers runs it once more over the other change; reloading gives the error without a message (already answered). */
template <typename F> auto changeChecked(const CommandContext& context, qint64 patientId, F change)
{
    auto result = change();
    if (!result.ok() && result.error().kind == ErrorKind::Conflict && context.keepMine) {
        if (!context.keepMine(result.error().message))
            return decltype(result)(Error{ErrorKind::Conflict, QString()});
        context.service->keepMine(patientId);
        result = change();
    }
    return result;
}

}  // namespace onco
