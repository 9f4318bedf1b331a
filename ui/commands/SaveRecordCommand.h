#pragma once

#include "core/domain/PatientRecord.h"
#include "core/services/CaseService.h"
#include "ui/commands/CommandContext.h"
#include "ui/commands/CommandText.h"
#include "ui/commands/UndoCommandIds.h"

#include <QUndoCommand>

#include <optional>

namespace onco {

/**
 * Adds (no `before`) or edits (before → after) one record of a patient through CaseService: each step is one
 * transaction with one audit row. Validate before pushing; if the service still refuses, the command reports
 * the reason and becomes obsolete, so the stack drops it.
 */
template <typename T> class SaveRecordCommand : public QUndoCommand
{
public:
    SaveRecordCommand(CommandContext context, std::optional<T> before, T after, QUndoCommand* parent = nullptr)
        : QUndoCommand(before ? CommandText<T>::edit() : CommandText<T>::add(), parent)
        , m_context(std::move(context))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_record(m_before ? m_context.ids->token(entity(), m_before->id) : m_context.ids->fresh(entity()))
    {}

    void redo() override
    {
        T value = m_after;
        value.id = m_before ? m_record->id : 0;
        const auto saved = changeChecked(m_context, value.patientId, [&] { return m_context.service->save(value); });
        if (!saved)
            return fail(saved.error().message);
        m_record->id = saved.value();
        m_record->stored = true;
    }

    void undo() override
    {
        if (m_before) {
            T value = *m_before;
            value.id = m_record->id;
            if (const auto saved =
                    changeChecked(m_context, value.patientId, [&] { return m_context.service->save(value); });
                !saved)
                fail(saved.error().message);
            return;
        }
        if (const auto removed = changeChecked(m_context, m_after.patientId,
                                               [&] { return m_context.service->template remove<T>(m_record->id); });
            !removed)
            return fail(removed.error().message);
        m_record->stored = false;
    }

    int id() const override { return CmdSaveRecord; }
    /** The record's id now (after any re-insertion). */
    qint64 currentId() const { return m_record->id; }

private:
    static QString entity() { return QLatin1String(RecordKind<T>::entity); }
    void fail(const QString& message)
    {
        setObsolete(true);
        if (m_context.report && !message.isEmpty())  // empty: the user already answered (changeChecked)
            m_context.report(message);
    }

    CommandContext m_context;
    std::optional<T> m_before;
    T m_after;
    RecordIdMap::Token m_record;
};

}  // namespace onco
