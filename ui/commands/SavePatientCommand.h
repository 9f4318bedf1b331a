#pragma once

#include "core/domain/Patient.h"
#include "ui/commands/CommandContext.h"

#include <QUndoCommand>

namespace onco {

/** Changes a patient's identity data, or archives / restores her (before → after), through CaseService. */
class SavePatientCommand : public QUndoCommand
{
public:
    SavePatientCommand(CommandContext context, Patient before, Patient after, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;

private:
    void apply(const Patient& p);

    CommandContext m_context;
    Patient m_before;
    Patient m_after;
};

}  // namespace onco
