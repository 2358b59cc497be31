// bireader-cli align: a source file and its translation, aligned; the beads, pairs or JSON.
#include "command.h"
#include "glossary/cedictreader.h"
#include "io/alignmentwriter.h"
#include "io/importer.h"
#include "io/interleavedreader.h"
#include "io/subtitlereader.h"

#include <QCommandLineParser>
#include <QFile>

namespace bireader::cli {
namespace {

int run(const QCommandLineParser &p, const Context &ctx)
{
    const QStringList files = p.positionalArguments().mid(1);
    if (files.size() != 2)
        return ctx.fail(BadInput, tr("align needs a source and a target file (see --help)"));
    const QString format = chosenFormat(p, ctx, QStringLiteral("align"),
                                        { QStringLiteral("beads"), QStringLiteral("tsv"), QStringLiteral("json") });
    if (format.isEmpty())
        return BadInput;
    const AlignmentFormat fmt = format == QLatin1String("tsv") ? AlignmentFormat::Tsv
        : format == QLatin1String("json")                      ? AlignmentFormat::Json
                                                               : AlignmentFormat::Beads;

    Dictionary dict;
    if (const QString e = loadDictionary(p, dict); !e.isEmpty())
        return ctx.fail(BadInput, e);
    const ImportOptions options = importOptions(p, dict);
    if (const QString e = checkInputs(files); !e.isEmpty())
        return ctx.fail(BadInput, e);
    QFile src(files[0]), tgt(files[1]);
    const ImportResult r = importTwoFiles(src, tgt, options); // subtitles by time, pages by blocks
    if (!r.ok())
        return ctx.fail(BadInput, r.error);
    ctx.warn(r.warnings);
    const Document &d = r.document;
    ctx.out.write(formatAlignment(fmt, documentBeads(d), documentSentences(d, Side::Source),
                                  documentSentences(d, Side::Target), d.sourceLanguage, d.targetLanguage));
    return Ok;
}

} // namespace

Command alignCommand()
{
    return { QStringLiteral("align"),
             { QStringLiteral("align SRC TGT [--dict FILE] [--presplit] [--format beads|tsv|json] [--source-lang CODE] "
                              "[--target-lang CODE]") },
             "Align a source file with its translation. Paragraphs are aligned first,\n"
             "then sentences inside them (two .srt/.vtt files: cues paired by time).\n"
             "--presplit: one unit a line, as given; bead indices are then 0-based line\n"
             "numbers.",
             { QStringLiteral("dict"), QStringLiteral("presplit"), QStringLiteral("format"),
               QStringLiteral("source-lang"), QStringLiteral("target-lang") },
             &run };
}

} // namespace bireader::cli
