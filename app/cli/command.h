#pragma once

// One bireader-cli command: its name, its usage lines, its help, the options it takes and
// what runs it. Each command lives in a file of its own (<name>command.cpp) and declares all
// of this there; the help text, the option check and the usage errors are made from these
// declarations, and tst_clidocs checks that the README's list and the man page say the same.
#include "context.h"
#include "projectaccess.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

namespace bireader::cli {

struct Command {
    QString name; // "qa", "apply-term"
    QStringList synopses; // usage lines without "bireader-cli ": "qa PROJECT [--format ...]"
    const char *help; // what it does, lines of at most 76 characters ({kinds}: the finding kinds)
    QStringList options; // long names of the options it takes ("output" for -o)
    int (*run)(const QCommandLineParser &parser, const Context &ctx);
};

// Every command, in the order the help lists them.
const QList<Command> &allCommands();
// "usage: SYNOPSIS" (one line per synopsis), for a command called wrongly.
QString usageOf(const Command &command);

Command alignCommand();
Command importCommand();
Command projectCommand();
Command glossaryCommand();
Command qaCommand();
Command exportCommand();
Command editCommand();
Command applyTermCommand();
Command linksCommand();
Command linkCommand();
Command realignCommand();
Command wordsCommand();

} // namespace bireader::cli
