// bireader-cli export: notes, pages, TMX, XLIFF, Anki cards or text from a project.
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
    const auto format = exportFormatFromName(p.value(QStringLiteral("format")));
    if (args.size() != 2 || !p.isSet(QStringLiteral("output")))
        return ctx.fail(BadInput, usageOf(exportCommand()));
    if (!format)
        return ctx.fail(BadInput,
                        tr("unknown export format '%1' (md, html, tmx, xliff, xliff2, anki, anki-cloze, txt or target)")
                            .arg(p.value(QStringLiteral("format"))));
    ProjectStore store;
    ProjectData data;
    if (const Result<> r = openProject(ctx, store, args[1], data); !r)
        return ctx.fail(BadInput, r.error());
    const QString output = p.value(QStringLiteral("output"));
    const OutputGuard guard { QStringList { args[1] } + data.attachedGlossaries, p.isSet(QStringLiteral("force")),
                              false };
    if (const QString e = guard.check(output); !e.isEmpty())
        return ctx.fail(BadInput, e);
    ExportOptions options;
    Dictionary dict;
    if (p.isSet(QStringLiteral("ruby"))) {
        if (*format != ExportFormat::Html)
            return ctx.fail(BadInput, tr("--ruby is for --format html"));
        if (const QString e = loadDictionary(p, dict); !e.isEmpty())
            return ctx.fail(BadInput, e);
        options.ruby = true;
        options.dictionary = dict.size() ? &dict : nullptr;
    }
    if (p.isSet(QStringLiteral("confirmed"))) {
        if (*format != ExportFormat::Tmx && *format != ExportFormat::Xliff && *format != ExportFormat::Xliff2)
            return ctx.fail(BadInput, tr("--confirmed is for --format tmx, xliff or xliff2"));
        options.confirmedOnly = true;
    }
    if (const Result<> r = exportToFile(data, *format, output, options); !r)
        return ctx.fail(BadInput, r.error());
    return Ok;
}

} // namespace

Command exportCommand()
{
    return { QStringLiteral("export"),
             { QStringLiteral("export PROJECT --format md|html|tmx|xliff|xliff2|anki|anki-cloze|txt|target -o FILE "
                              "[--ruby [--dict FILE]] [--confirmed] [--force]") },
             "Annotated notes (Markdown, HTML), corrected pairs (TMX 1.4), vocabulary\n"
             "cards (Anki CSV; anki-cloze: the word blanked in its sentence, the sentence's\n"
             "translation on the back; re-exports update the cards), bilingual or\n"
             "target-only text. Written atomically. --ruby: the HTML page's Chinese words\n"
             "with their pinyin above them (<ruby>), readings from --dict. xliff: the\n"
             "XLIFF file the project was imported from with the corrections written\n"
             "back (ids, notes kept; state by segment status), else a new XLIFF 1.2;\n"
             "xliff2: a new XLIFF 2.0. --confirmed: TMX or a new XLIFF holds only the\n"
             "segments confirmed in the reader (Ctrl+Enter).",
             { QStringLiteral("format"), QStringLiteral("output"), QStringLiteral("force"), QStringLiteral("ruby"),
               QStringLiteral("dict"), QStringLiteral("confirmed") },
             &run };
}

} // namespace bireader::cli
