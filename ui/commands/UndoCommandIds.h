#pragma once

namespace onco {

/** QUndoCommand ids, one per command type (no command merges yet: each dialog edit is one step). */
enum UndoCommandId {
    CmdSaveRecord = 1,
    CmdRemoveRecord,
    CmdSavePatient,
};

}  // namespace onco
