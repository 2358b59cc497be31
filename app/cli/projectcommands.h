#pragma once

#include "context.h"

namespace bireader::cli {

int projectCommand(const QCommandLineParser &p, const Context &ctx); // project create
int glossaryCommand(const QCommandLineParser &p, const Context &ctx); // glossary import|export|attach|detach
int glossaryAttachCommand(const QCommandLineParser &p,
                          const Context &ctx); // glossary attach|detach (glossarycommands.cpp)
int qaCommand(const QCommandLineParser &p, const Context &ctx); // qa
int exportCommand(const QCommandLineParser &p, const Context &ctx); // export
int editCommand(const QCommandLineParser &p, const Context &ctx); // edit
int applyTermCommand(const QCommandLineParser &p, const Context &ctx); // apply-term (termcommands.cpp)
int linksCommand(const QCommandLineParser &p, const Context &ctx); // links (linkcommands.cpp)
int linkCommand(const QCommandLineParser &p, const Context &ctx); // link
int realignCommand(const QCommandLineParser &p, const Context &ctx); // realign
int wordsCommand(const QCommandLineParser &p, const Context &ctx); // words (wordcommands.cpp)

} // namespace bireader::cli
