// bireader-cli import: one bilingual file read into pairs.
#include "command.h"
#include "glossary/cedictreader.h"
#include "io/alignmentwriter.h"
#include "io/importer.h"
#include "io/interleavedreader.h"
#include "io/subtitlereader.h"
#include "qa/finding.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <exception>

namespace bireader::cli {
namespace {

int run(const QCommandLineParser &p, const Context &ctx)
{
    const QStringList files = p.positionalArguments().mid(1);
    if (files.size() != 1)
        return ctx.fail(BadInput, tr("import needs one file (see --help)"));
    const QString format
        = chosenFormat(p, ctx, QStringLiteral("import"), { QStringLiteral("json"), QStringLiteral("tsv") });
    if (format.isEmpty())
        return BadInput;
    Dictionary dict;
    if (const QString e = loadDictionary(p, dict); !e.isEmpty())
        return ctx.fail(BadInput, e);
    const ImportOptions options = importOptions(p, dict);
    if (const QString e = checkInputs(files); !e.isEmpty())
        return ctx.fail(BadInput, e);
    QFile file(files[0]);
    const ImportResult r = readerFor(files[0])->read(file, files[0], options);
    if (!r.ok())
        return ctx.fail(BadInput, r.error);
    ctx.warn(r.warnings);
    return writeOutput(
        p, ctx, formatPairs(format == QLatin1String("tsv") ? PairsFormat::Tsv : PairsFormat::Json, r.document), files);
}

} // namespace

Command importCommand()
{
    return { QStringLiteral("import"),
             { QStringLiteral(
                 "import FILE [--format json|tsv] [--dict FILE] [--source-lang CODE] [--target-lang CODE] [-o FILE]") },
             "Read an interleaved bilingual file (each paragraph followed by its\n"
             "translation) into pairs; unpaired paragraphs have null on one side.\n"
             "Also a bilingual web page (.html: Immersive Translate markers, else by\n"
             "script), a bilingual EPUB, a bilingual subtitle file (.srt, .vtt; cue times\n"
             "kept), TMX or XLIFF. align takes two .html, .epub or .srt/.vtt files too.",
             { QStringLiteral("format"), QStringLiteral("dict"), QStringLiteral("source-lang"),
               QStringLiteral("target-lang"), QStringLiteral("output") },
             &run };
}

} // namespace bireader::cli
