#pragma once

#include "app/cli/Cli.h"

namespace onco::cli {

/**
 * `oncocase print --database FILE --patient MRN[,MRN…] --lang zh_CN|en|bilingual --output FILE.pdf
 *  [--as-of DATE] [--jurisdiction J]`: one PDF, each summary from a new page, audited.
 * It paints text, so it needs a QApplication (on the offscreen platform when there is no display).
 */
int runPrint(const QStringList& args, Environment& env);

/** The sub-commands implemented in onco_ui; they need a QApplication instead of a QCoreApplication. */
QList<Command> uiCommands();

}  // namespace onco::cli
