#pragma once

#include "core/services/CaseService.h"
#include "core/storage/EntityMapping.h"
#include "ui/commands/CommandContext.h"
#include "ui/commands/CommandText.h"
#include "ui/commands/UndoCommandIds.h"

#include <QUndoCommand>

namespace onco {

/** Deletes one record of a patient; undo stores it again (under a new id, mapped for later commands). */
template <typename T> class RemoveRecordCommand : public QUndoCommand
{
public:
    RemoveRecordCommand(CommandContext context, T record, QUndoCommand* parent = nullptr)
        : QUndoCommand(CommandText<T>::remove(), parent)
        , m_context(std::move(context))
        , m_record(std::move(record))
    {}

    void redo() override
    {
        if (const auto removed = m_context.service->template remove<T>(resolved()); !removed)
            fail(removed.error().message);
    }

    void undo() override
    {
        T value = m_record;
        value.id = 0;
        const auto saved = m_context.service->save(value);
        if (!saved)
            return fail(saved.error().message);
        m_context.ids->remap(entity(), m_record.id, saved.value());
    }

    int id() const override { return CmdRemoveRecord; }

private:
    static QString entity() { return QLatin1String(EntityTraits<T>::entity); }
    qint64 resolved() const { return m_context.ids->resolve(entity(), m_record.id); }
    void fail(const QString& message)
    {
        setObsolete(true);
        if (m_context.report)
            m_context.report(message);
    }

    CommandContext m_context;
    T m_record;
};

}  // namespace onco
