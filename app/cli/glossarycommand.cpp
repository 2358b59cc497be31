// bireader-cli glossary: a project's glossary imported, exported, and files attached to it
// (a team's shared glossary, kept as a file and read again at each use).
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

int attachOrDetach(const QCommandLineParser &p, const Context &ctx)
{
    const QStringList args = p.positionalArguments();
    const bool attach = args.value(1) == QLatin1String("attach");
    if (args.size() != 4)
        return ctx.fail(BadInput, usageOf(glossaryCommand()));
    ProjectStore store;
    ProjectData data;
    ProjectLock lock;
    if (const Result<> r = openProjectToChange(ctx, store, lock, args[2], data); !r)
        return ctx.fail(BadInput, r.error());
    const QString path = QFileInfo(args[3]).absoluteFilePath();
    QStringList attached = data.attachedGlossaries;
    if (attach) {
        const GlossaryReadResult r = loadGlossaryFile(path); // a file that reads now
        if (!r.ok())
            return ctx.fail(BadInput, r.error);
        if (!attached.contains(path))
            attached.append(path);
        ctx.out.write(tr("%1: %2 terms, attached\n").arg(path).arg(r.glossary.entries.size()).toUtf8());
    } else {
        if (!attached.removeAll(path))
            return ctx.fail(BadInput, tr("%1 is not attached to %2").arg(path, args[2]));
        ctx.out.write(tr("%1: detached\n").arg(path).toUtf8());
    }
    EditedProject project(store, data);
    project.document().setAttachedGlossaries(attached);
    if (!project.failure().isEmpty())
        return ctx.fail(BadInput, project.failure());
    return Ok;
}

int run(const QCommandLineParser &p, const Context &ctx)
{
    const QStringList args = p.positionalArguments();
    const QString verb = args.value(1);
    if (verb == QLatin1String("attach") || verb == QLatin1String("detach"))
        return attachOrDetach(p, ctx);
    if ((verb != QLatin1String("import") && verb != QLatin1String("export")) || args.size() != 4)
        return ctx.fail(BadInput, usageOf(glossaryCommand()));
    ProjectStore store;
    ProjectData data;
    ProjectLock lock;
    if (verb == QLatin1String("export")) {
        if (const Result<> r = openProject(ctx, store, args[2], data); !r)
            return ctx.fail(BadInput, r.error());
        // Never over the project, nor over a glossary file it attaches (its terms would be lost).
        const OutputGuard guard { QStringList { args[2] } + data.attachedGlossaries, p.isSet(QStringLiteral("force")),
                                  false };
        if (const QString e = guard.check(args[3]); !e.isEmpty())
            return ctx.fail(BadInput, e);
        if (const Result<> r = saveGlossaryFile(data.glossary, args[3]); !r)
            return ctx.fail(BadInput, r.error());
        ctx.out.write(tr("%1: %2 terms\n").arg(args[3]).arg(data.glossary.entries.size()).toUtf8());
        return Ok;
    }
    if (const Result<> r = openProjectToChange(ctx, store, lock, args[2], data); !r)
        return ctx.fail(BadInput, r.error());
    const GlossaryReadResult r = loadGlossaryFile(args[3]);
    if (!r.ok())
        return ctx.fail(BadInput, r.error);
    Dictionary dict;
    if (const QString e = loadDictionary(p, dict); !e.isEmpty())
        return ctx.fail(BadInput, e);
    ReadingFinder readings(dict.isEmpty() ? nullptr : &dict);
    const bool chineseSource = data.document.sourceLanguage.startsWith(QLatin1String("zh"));
    const qsizetype before = data.glossary.entries.size();
    Glossary read = r.glossary;
    if (orientGlossary(read, data.document.sourceLanguage, data.document.targetLanguage))
        ctx.warn({ tr("%1: its terms are in %2, the project's translation language; read the other way round")
                       .arg(args[3], r.glossary.sourceLanguage) });
    QList<TermEntry> entries = read.entries;
    if (chineseSource)
        for (TermEntry &e : entries)
            if (e.reading.isEmpty())
                e.reading = readings.reading(e.source); // the dictionary's word reading, else ICU Han-Latin
    data.glossary.merge(entries);
    if (const Result<> r = store.saveGlossary(data.glossary); !r)
        return ctx.fail(BadInput, r.error());
    ctx.out.write(tr("%1: %2 terms read, %3 new, %4 rows skipped\n")
                      .arg(args[3])
                      .arg(r.glossary.entries.size())
                      .arg(data.glossary.entries.size() - before)
                      .arg(r.skippedRows)
                      .toUtf8());
    return Ok;
}

} // namespace

Command glossaryCommand()
{
    return { QStringLiteral("glossary"),
             { QStringLiteral("glossary import PROJECT FILE.csv|.tsv|.tbx [--dict FILE]"),
               QStringLiteral("glossary export PROJECT FILE.csv|.tsv|.tbx [--force]"),
               QStringLiteral("glossary attach|detach PROJECT FILE.csv|.tsv|.tbx") },
             "import: add the terms of a file (readings from the dictionary or ICU's\n"
             "Han-Latin transliteration); export: write the project's glossary; attach:\n"
             "use a glossary file (a team's, kept as a file and read again at each use)\n"
             "besides the project's own; the project's entries win, then attached\n"
             "files, then the user's glossary (~/.local/share/bireader/glossary.csv).",
             { QStringLiteral("dict"), QStringLiteral("force") },
             &run };
}

} // namespace bireader::cli
