#pragma once

#include <QIODevice>
#include <QStringList>

namespace bireader::cli {

// Exit codes of bireader-cli.
enum ExitCode { Ok = 0, InternalError = 1, BadInput = 2 };

// Runs one command line (arguments without the program name); writes results to
// `out` and messages to `err`. Returns an ExitCode.
int run(const QStringList &arguments, QIODevice &out, QIODevice &err);

} // namespace bireader::cli
