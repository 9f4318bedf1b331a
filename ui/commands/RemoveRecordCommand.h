#pragma once

#include "core/domain/PatientRecord.h"
#include "core/services/CaseService.h"
#include "ui/commands/CommandContext.h"
#include "ui/commands/CommandText.h"
#include "ui/commands/UndoCommandIds.h"

#include <QUndoCommand>

namespace onco {

/** Deletes one record of a patient; undo stores it again (the commands that name it follow its new id). */
template <typename T> class RemoveRecordCommand : public QUndoCommand
{
public:
    RemoveRecordCommand(CommandContext context, T record, QUndoCommand* parent = nullptr)
        : QUndoCommand(CommandText<T>::remove(), parent)
        , m_context(std::move(context))
        , m_value(std::move(record))
        , m_record(m_context.ids->token(QLatin1String(RecordKind<T>::entity), m_value.id))
    {}

    void redo() override
    {
        if (const auto removed = changeChecked(m_context, m_value.patientId,
                                               [&] { return m_context.service->template remove<T>(m_record->id); });
            !removed)
            return fail(removed.error().message);
        m_record->stored = false;
    }

    void undo() override
    {
        T value = m_value;
        value.id = 0;
        const auto saved = changeChecked(m_context, value.patientId, [&] { return m_context.service->save(value); });
        if (!saved)
            return fail(saved.error().message);
        m_record->id = saved.value();
        m_record->stored = true;
    }

    int id() const override { return CmdRemoveRecord; }

private:
    void fail(const QString& message)
    {
        setObsolete(true);
        if (m_context.report && !message.isEmpty())  // empty: the user already answered (changeChecked)
            m_context.report(message);
    }

    CommandContext m_context;
    T m_value;
    RecordIdMap::Token m_record;
};

}  // namespace onco
