#pragma once

#include "commands.h"
#include "glossary/cedictreader.h"
#include "io/fileimport.h"
#include "io/importer.h"
#include "text/filechecks.h"
#include "text/safewrite.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QIODevice>

namespace bireader::cli {

inline QString tr(const char *s)
{
    return QCoreApplication::translate("bireader::cli", s);
}

// Where a command writes, and how it fails: a message on stderr and an exit code.
struct Context {
    QIODevice &out;
    QIODevice &err;
    int fail(int code, const QString &message) const
    {
        err.write(("bireader-cli: " + message + '\n').toUtf8());
        return code;
    }
    // Warnings of a read that went through (invalid bytes replaced, a limit reached).
    void warn(const QStringList &warnings) const
    {
        for (const QString &w : warnings)
            err.write(("bireader-cli: warning: " + w + '\n').toUtf8());
    }
};

// Loads --dict into `dict`; returns an error message or an empty string.
inline QString loadDictionary(const QCommandLineParser &p, Dictionary &dict)
{
    if (!p.isSet(QStringLiteral("dict")))
        return {};
    return loadCedictFile(p.value(QStringLiteral("dict")), dict).error;
}

// "" when every path is a readable regular file, else "PATH: what is wrong".
inline QString checkInputs(const QStringList &paths)
{
    for (const QString &path : paths)
        if (const QString problem = inputFileProblem(path); !problem.isEmpty())
            return path + QStringLiteral(": ") + problem;
    return {};
}

// Writes a command's output to -o FILE (atomically, never over `inputs` nor over a
// project unless --force), else to standard output.
inline int writeOutput(const QCommandLineParser &p, const Context &ctx, const QByteArray &bytes,
                       const QStringList &inputs)
{
    if (!p.isSet(QStringLiteral("output"))) {
        ctx.out.write(bytes);
        return Ok;
    }
    const QString output = p.value(QStringLiteral("output"));
    const OutputGuard guard { inputs, p.isSet(QStringLiteral("force")), false };
    if (const QString e = guard.check(output); !e.isEmpty())
        return ctx.fail(BadInput, e);
    if (const Result<> r = writeFileSafely(output, bytes); !r)
        return ctx.fail(BadInput, r.error());
    return Ok;
}

// The --format a command was given, the first of `formats` when none; "" (and the error
// written, rc 2 for the caller) for a format the command does not write.
inline QString chosenFormat(const QCommandLineParser &p, const Context &ctx, const QString &command,
                            const QStringList &formats)
{
    const QString format = p.value(QStringLiteral("format"));
    if (format.isEmpty())
        return formats.value(0);
    if (formats.contains(format))
        return format;
    ctx.fail(BadInput, tr("unknown format '%1' for %2 (%3)").arg(format, command, formats.join(QStringLiteral(", "))));
    return {};
}

inline ImportOptions importOptions(const QCommandLineParser &p, const Dictionary &dict)
{
    ImportOptions options;
    options.dictionary = &dict;
    options.presplit = p.isSet(QStringLiteral("presplit"));
    options.sourceLanguage = p.value(QStringLiteral("source-lang"));
    options.targetLanguage = p.value(QStringLiteral("target-lang"));
    return options;
}

} // namespace bireader::cli
