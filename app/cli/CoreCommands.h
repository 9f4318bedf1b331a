#pragma once

#include "app/cli/Cli.h"

namespace onco::cli {

int runBackup(const QStringList& args, Environment& env);
int runRestore(const QStringList& args, Environment& env);
int runVerify(const QStringList& args, Environment& env);
int runDemo(const QStringList& args, Environment& env);
int runAssess(const QStringList& args, Environment& env);
int runImport(const QStringList& args, Environment& env);
int runExport(const QStringList& args, Environment& env);
int runSummary(const QStringList& args, Environment& env);
int runScreen(const QStringList& args, Environment& env);
int runKnowledge(const QStringList& args, Environment& env);
int runAccount(const QStringList& args, Environment& env);
int runMoveToServer(const QStringList& args, Environment& env);

}  // namespace onco::cli
