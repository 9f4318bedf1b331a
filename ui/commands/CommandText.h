#pragma once

#include "core/domain/PatientRecord.h"

#include <QCoreApplication>
#include <QString>

namespace onco {

/** Undo-stack texts of each entity, in context "UndoCommands". */
template <typename T> struct CommandText;

#define ONCO_COMMAND_TEXT(Type, added, edited, removed)                                                                \
    template <> struct CommandText<Type>                                                                               \
    {                                                                                                                  \
        static QString add() { return QCoreApplication::translate("UndoCommands", added); }                            \
        static QString edit() { return QCoreApplication::translate("UndoCommands", edited); }                          \
        static QString remove() { return QCoreApplication::translate("UndoCommands", removed); }                       \
    };
ONCO_COMMAND_TEXT(Diagnosis, QT_TRANSLATE_NOOP("UndoCommands", "Add diagnosis"),
                  QT_TRANSLATE_NOOP("UndoCommands", "Edit diagnosis"),
                  QT_TRANSLATE_NOOP("UndoCommands", "Delete diagnosis"))
ONCO_COMMAND_TEXT(Biopsy, QT_TRANSLATE_NOOP("UndoCommands", "Add biopsy"),
                  QT_TRANSLATE_NOOP("UndoCommands", "Edit biopsy"), QT_TRANSLATE_NOOP("UndoCommands", "Delete biopsy"))
ONCO_COMMAND_TEXT(DiseaseEvent, QT_TRANSLATE_NOOP("UndoCommands", "Add event"),
                  QT_TRANSLATE_NOOP("UndoCommands", "Edit event"), QT_TRANSLATE_NOOP("UndoCommands", "Delete event"))
ONCO_COMMAND_TEXT(TherapyLine, QT_TRANSLATE_NOOP("UndoCommands", "Add therapy line"),
                  QT_TRANSLATE_NOOP("UndoCommands", "Edit therapy line"),
                  QT_TRANSLATE_NOOP("UndoCommands", "Delete therapy line"))
ONCO_COMMAND_TEXT(MarkerResult, QT_TRANSLATE_NOOP("UndoCommands", "Add marker result"),
                  QT_TRANSLATE_NOOP("UndoCommands", "Edit marker result"),
                  QT_TRANSLATE_NOOP("UndoCommands", "Delete marker result"))
ONCO_COMMAND_TEXT(GeneticResult, QT_TRANSLATE_NOOP("UndoCommands", "Add genetic result"),
                  QT_TRANSLATE_NOOP("UndoCommands", "Edit genetic result"),
                  QT_TRANSLATE_NOOP("UndoCommands", "Delete genetic result"))
ONCO_COMMAND_TEXT(Medication, QT_TRANSLATE_NOOP("UndoCommands", "Add medication"),
                  QT_TRANSLATE_NOOP("UndoCommands", "Edit medication"),
                  QT_TRANSLATE_NOOP("UndoCommands", "Delete medication"))
#undef ONCO_COMMAND_TEXT

}  // namespace onco
