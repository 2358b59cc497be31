// bireader-cli project create: a project file made from one or two files.
#include "command.h"
#include "edit/projectdocument.h"
#include "export/exporter.h"
#include "glossary/glossaryformats.h"
#include "glossary/glossaryset.h"
#include "glossary/reading.h"
#include "io/tmxreader.h"
#include "project/projectimport.h"
#include "qa/qacheck.h"
#include "qa/qareport.h"
#include "store/projectlock.h"
#include "store/projectstore.h"
#include "text/encoding.h"
#include "text/filechecks.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bireader::cli {
namespace {

int run(const QCommandLineParser &p, const Context &ctx)
{
    const QStringList args = p.positionalArguments();
    if (args.value(1) != QLatin1String("create") || args.size() != 3)
        return ctx.fail(BadInput, usageOf(projectCommand()));
    const QStringList from = p.values(QStringLiteral("from"));
    if (from.isEmpty() || from.size() > 2)
        return ctx.fail(BadInput,
                        tr("project create needs --from FILE (interleaved) or --from SOURCE --from TRANSLATION"));
    if (const QString e = checkInputs(from); !e.isEmpty())
        return ctx.fail(BadInput, e);
    // A new project, never over an input, nor over an existing file unless --force.
    const OutputGuard guard { from, p.isSet(QStringLiteral("force")), true };
    if (const QString e = guard.check(args[2]); !e.isEmpty())
        return ctx.fail(BadInput, e);
    ProjectLock lock;
    if (QFileInfo::exists(args[2]))
        if (const QString e = lock.tryLock(args[2]); !e.isEmpty())
            return ctx.fail(BadInput, e);
    Dictionary dict;
    if (const QString e = loadDictionary(p, dict); !e.isEmpty())
        return ctx.fail(BadInput, e);
    const ImportOptions options = importOptions(p, dict);

    const ImportResult r = importFiles(from, options);
    if (!r.ok())
        return ctx.fail(BadInput, r.error);
    ctx.warn(r.warnings);
    const ProjectData data = projectFromImport(r, from);
    ProjectStore store;
    if (const Result<> r = store.create(args[2], data); !r)
        return ctx.fail(BadInput, r.error());
    ctx.out.write(tr("%1: %2 segments, %3 paired (%4 to %5)\n")
                      .arg(args[2])
                      .arg(data.document.segments.size())
                      .arg(data.document.pairedCount())
                      .arg(data.document.sourceLanguage, data.document.targetLanguage)
                      .toUtf8());
    return Ok;
}

} // namespace

Command projectCommand()
{
    return { QStringLiteral("project"),
             { QStringLiteral("project create FILE.bireader --from FILE [--from FILE] [--dict FILE] [--presplit] "
                              "[--source-lang CODE] [--target-lang CODE] [--force]") },
             "Make a project file from an interleaved file, a .tmx or .xlf file, or a\n"
             "source and its translation. --force: replace an existing project.",
             { QStringLiteral("from"), QStringLiteral("dict"), QStringLiteral("presplit"), QStringLiteral("force"),
               QStringLiteral("source-lang"), QStringLiteral("target-lang") },
             &run };
}

} // namespace bireader::cli
