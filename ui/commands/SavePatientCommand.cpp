#include "ui/commands/SavePatientCommand.h"

#include "core/services/CaseService.h"
#include "ui/commands/UndoCommandIds.h"

#include <QCoreApplication>

namespace onco {

namespace {

QString textFor(const Patient& before, const Patient& after)
{
    if (!before.archived && after.archived)
        return QCoreApplication::translate("UndoCommands", "Archive patient");
    if (before.archived && !after.archived)
        return QCoreApplication::translate("UndoCommands", "Restore patient from the archive");
    return QCoreApplication::translate("UndoCommands", "Edit patient");
}

}  // namespace

SavePatientCommand::SavePatientCommand(CommandContext context, Patient before, Patient after, QUndoCommand* parent)
    : QUndoCommand(textFor(before, after), parent)
    , m_context(std::move(context))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void SavePatientCommand::redo()
{
    apply(m_after);
}

void SavePatientCommand::undo()
{
    apply(m_before);
}

int SavePatientCommand::id() const
{
    return CmdSavePatient;
}

void SavePatientCommand::apply(const Patient& p)
{
    if (const auto saved = changeChecked(m_context, p.id, [&] { return m_context.service->savePatient(p); }); !saved) {
        setObsolete(true);
        if (m_context.report && !saved.error().message.isEmpty())  // empty: already answered (changeChecked)
            m_context.report(saved.error().message);
    }
}

}  // namespace onco
