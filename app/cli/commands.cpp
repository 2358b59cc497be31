#include "commands.h"

#include "context.h"
#include "projectcommands.h"

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

const char *kUsage = "Usage: bireader-cli COMMAND [OPTIONS]\n"
                     "\n"
                     "Commands:\n"
                     "  align SRC TGT [--dict FILE] [--presplit] [--format beads|tsv|json]\n"
                     "        Align a source file with its translation. Paragraphs are aligned first,\n"
                     "        then sentences inside them (two .srt/.vtt files: cues paired by time).\n"
                     "        --presplit: one unit a line, as given;\n"
                     "        bead indices are then 0-based line numbers.\n"
                     "  import FILE [--format json|tsv] [--dict FILE] [-o FILE]\n"
                     "        Read an interleaved bilingual file (each paragraph followed by its\n"
                     "        translation) into pairs; unpaired paragraphs have null on one side.\n"
                     "        Also a bilingual web page (.html: Immersive Translate markers, else by\n"
                     "        script), a bilingual EPUB, a bilingual subtitle file (.srt, .vtt; cue times\n"
                     "        kept), TMX or XLIFF. align takes two .html, .epub or .srt/.vtt files too.\n"
                     "  project create FILE.bireader --from FILE [--from FILE] [--dict FILE] [--presplit]\n"
                     "        Make a project file from an interleaved file, a .tmx file, or a source and\n"
                     "        its translation.\n"
                     "  glossary import PROJECT FILE [--dict FILE]\n"
                     "        Add the terms of a .csv, .tsv or .tbx file (readings from the dictionary\n"
                     "        or ICU's Han-Latin transliteration).\n"
                     "  glossary export PROJECT FILE      write the glossary as .csv, .tsv or .tbx\n"
                     "  glossary attach|detach PROJECT FILE\n"
                     "        Use a glossary file (a team's, kept as a file and read again at each use)\n"
                     "        besides the project's own; the project's entries win, then attached\n"
                     "        files, then the user's glossary (~/.local/share/bireader/glossary.csv).\n"
                     "  qa PROJECT [--format text|json|csv|html] [--kind KIND,...] [--accept KEY ...] [-o FILE]\n"
                     "        Check the translation: terms, inconsistencies (both ways), untranslated\n"
                     "        text, numbers, missing segments, length outliers, unpaired brackets and\n"
                     "        quotes, repeated words, spaces, web and e-mail addresses, tags and\n"
                     "        placeholders. csv and html write a report. --accept marks a finding\n"
                     "        (its key from --format json) as accepted: it stops showing. --kind: only\n"
                     "        findings of these kinds: {kinds}.\n"
                     "  export PROJECT --format md|html|tmx|xliff|xliff2|anki|anki-cloze|txt|target -o FILE\n"
                     "         [--ruby [--dict FILE]] [--confirmed]\n"
                     "        Annotated notes (Markdown, HTML), corrected pairs (TMX 1.4), vocabulary\n"
                     "        cards (Anki CSV; anki-cloze: the word blanked in its sentence, the sentence's\n"
                     "        translation on the back; re-exports update the cards), bilingual or\n"
                     "        target-only text. Written atomically. --ruby: the HTML page's Chinese words\n"
                     "        with their pinyin above them (<ruby>), readings from --dict. xliff: the\n"
                     "        XLIFF file the project was imported from with the corrections written\n"
                     "        back (ids, notes kept; state by segment status), else a new XLIFF 1.2;\n"
                     "        xliff2: a new XLIFF 2.0. --confirmed: TMX or a new XLIFF holds only the\n"
                     "        segments confirmed in the reader (Ctrl+Enter).\n"
                     "  edit PROJECT [SEGMENT TEXT]\n"
                     "        Correct the translation of a segment (1-based); the original stays. Without\n"
                     "        SEGMENT TEXT, reads SEGMENT<TAB>TEXT lines from standard input and prints\n"
                     "        'committed N' once each edit is in the file.\n"
                     "  apply-term PROJECT TERM [--dry-run] [--format text|json] [--dict FILE]\n"
                     "        Put the glossary's approved rendering of TERM in place of how each\n"
                     "        translation renders it (a forbidden rendering, or the span found from\n"
                     "        the dictionary's glosses, the pinyin and the document); one step.\n"
                     "        --dry-run: only list the proposals (JSON: segment is 1-based).\n"
                     "  links PROJECT SEGMENT [--format text|json]\n"
                     "        The segment's sentence links: source and target sentence numbers\n"
                     "        (1-based), aligned or confirmed, and their text.\n"
                     "  link PROJECT SEGMENT SOURCE TARGET\n"
                     "        Link source sentences with target sentences (e.g. 1,2 1,2 or 2-3 -;\n"
                     "        - for none) and confirm the link: re-alignment keeps it.\n"
                     "  realign PROJECT [--from N] [--to M] [--dict FILE]\n"
                     "        Align the sentence links again around the confirmed ones.\n"
                     "  words import FILE [--language zh]\n"
                     "        Add words to your word list (shared by all projects and the reader): a\n"
                     "        .csv/.tsv of term,status,reading,gloss (status: new, learning1-4, known,\n"
                     "        ignored, or Lute's 0-5/98/99), or a project's vocabulary (as learning1).\n"
                     "  words export FILE [--language zh]   write the word list as CSV\n"
                     "  words stats PROJECT [--format text|json] [--dict FILE]\n"
                     "        Known, learning and new words of the project's source text, and the share\n"
                     "        of its running words that you know (Chinese words by --dict's longest match).\n"
                     "        --words FILE: another word list than ~/.local/share/bireader/words.sqlite.\n"
                     "\n"
                     "Common options:\n"
                     "  --dict FILE            dictionary in CC-CEDICT format (lexical evidence)\n"
                     "  --source-lang CODE     override the detected source language (e.g. zh)\n"
                     "  --target-lang CODE     override the detected target language (e.g. en)\n"
                     "  --force                replace an existing project (project create, export)\n"
                     "  -h, --help             show this help\n"
                     "  -v, --version          show the version\n"
                     "\n"
                     "Exit status: 0 success, 2 bad input or usage, 1 internal failure.\n";

void addCommonOptions(QCommandLineParser &p)
{
    p.addOption({ QStringLiteral("dict"), QString(), QStringLiteral("file") });
    p.addOption({ QStringLiteral("format"), QString(), QStringLiteral("format") });
    p.addOption({ QStringLiteral("source-lang"), QString(), QStringLiteral("code") });
    p.addOption({ QStringLiteral("target-lang"), QString(), QStringLiteral("code") });
    p.addOption({ QStringLiteral("presplit"), QString() });
    p.addOption({ QStringLiteral("from"), QString(), QStringLiteral("file") });
    p.addOption({ { QStringLiteral("o"), QStringLiteral("output") }, QString(), QStringLiteral("file") });
    p.addOption({ QStringLiteral("accept"), QString(), QStringLiteral("key") });
    p.addOption({ QStringLiteral("kind"), QString(), QStringLiteral("kinds") });
    p.addOption({ QStringLiteral("force"), QString() });
    p.addOption({ QStringLiteral("dry-run"), QString() });
    p.addOption({ QStringLiteral("to"), QString(), QStringLiteral("n") });
    p.addOption({ QStringLiteral("language"), QString(), QStringLiteral("code") });
    p.addOption({ QStringLiteral("words"), QString(), QStringLiteral("file") });
    p.addOption({ QStringLiteral("ruby"), QString() });
    p.addOption({ QStringLiteral("confirmed"), QString() });
}

// The options each command takes; any other is an error, not silently ignored.
const QHash<QString, QStringList> &commandOptions()
{
    static const QHash<QString, QStringList> options {
        { QStringLiteral("align"), { "dict", "presplit", "format", "source-lang", "target-lang" } },
        { QStringLiteral("import"), { "format", "dict", "source-lang", "target-lang", "output" } },
        { QStringLiteral("project"), { "from", "dict", "presplit", "force", "source-lang", "target-lang" } },
        { QStringLiteral("glossary"), { "dict", "force" } },
        { QStringLiteral("qa"), { "format", "kind", "accept", "output", "force" } },
        { QStringLiteral("export"), { "format", "output", "force", "ruby", "dict", "confirmed" } },
        { QStringLiteral("edit"), {} },
        { QStringLiteral("apply-term"), { "dry-run", "format", "dict" } },
        { QStringLiteral("links"), { "format" } },
        { QStringLiteral("link"), {} },
        { QStringLiteral("realign"), { "from", "to", "dict" } },
        { QStringLiteral("words"), { "language", "words", "format", "dict", "force" } },
    };
    return options;
}

// "" when every option given is one `command` takes, else the error.
QString unknownOption(const QCommandLineParser &p, const QString &command)
{
    const QStringList allowed = commandOptions().value(command);
    for (const QString &name : p.optionNames()) {
        const QString option = name == QLatin1String("o") ? QStringLiteral("output") : name;
        if (!allowed.contains(option))
            return tr("%1 does not take the option %2%3 (see --help)")
                .arg(command, name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--"), name);
    }
    return {};
}

int align(const QCommandLineParser &p, const Context &ctx)
{
    const QStringList files = p.positionalArguments().mid(1);
    if (files.size() != 2)
        return ctx.fail(BadInput, tr("align needs a source and a target file (see --help)"));
    const QString format
        = p.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("beads") : p.value(QStringLiteral("format"));
    AlignmentFormat fmt;
    if (format == QLatin1String("beads"))
        fmt = AlignmentFormat::Beads;
    else if (format == QLatin1String("tsv"))
        fmt = AlignmentFormat::Tsv;
    else if (format == QLatin1String("json"))
        fmt = AlignmentFormat::Json;
    else
        return ctx.fail(BadInput, tr("unknown format '%1' for align (beads, tsv or json)").arg(format));

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

int import(const QCommandLineParser &p, const Context &ctx)
{
    const QStringList files = p.positionalArguments().mid(1);
    if (files.size() != 1)
        return ctx.fail(BadInput, tr("import needs one file (see --help)"));
    const QString format
        = p.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("json") : p.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("tsv"))
        return ctx.fail(BadInput, tr("unknown format '%1' for import (json or tsv)").arg(format));
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

int run(const QStringList &arguments, QIODevice &out, QIODevice &err)
{
    const Context ctx { out, err };
    QCommandLineParser p;
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    p.addOption({ { QStringLiteral("h"), QStringLiteral("help") }, QString() });
    p.addOption({ { QStringLiteral("v"), QStringLiteral("version") }, QString() });
    addCommonOptions(p);
    if (!p.parse(QStringList { QStringLiteral("bireader-cli") } + arguments))
        return ctx.fail(BadInput, p.errorText() + tr(" (see --help)"));
    if (p.isSet(QStringLiteral("help"))) {
        QStringList kinds; // from the one table of finding kinds
        for (const FindingKindInfo &info : allFindingKinds())
            kinds << QString::fromLatin1(info.name);
        out.write(
            QString::fromLatin1(kUsage).replace(QLatin1String("{kinds}"), kinds.join(QStringLiteral(", "))).toUtf8());
        return Ok;
    }
    if (p.isSet(QStringLiteral("version"))) {
        out.write(("bireader-cli " + versionString() + '\n').toUtf8());
        return Ok;
    }
    const QString command = p.positionalArguments().value(0);
    if (commandOptions().contains(command))
        if (const QString e = unknownOption(p, command); !e.isEmpty())
            return ctx.fail(BadInput, e);
    try {
        if (command == QLatin1String("align"))
            return align(p, ctx);
        if (command == QLatin1String("import"))
            return import(p, ctx);
        if (command == QLatin1String("project"))
            return projectCommand(p, ctx);
        if (command == QLatin1String("glossary"))
            return glossaryCommand(p, ctx);
        if (command == QLatin1String("qa"))
            return qaCommand(p, ctx);
        if (command == QLatin1String("export"))
            return exportCommand(p, ctx);
        if (command == QLatin1String("edit"))
            return editCommand(p, ctx);
        if (command == QLatin1String("apply-term"))
            return applyTermCommand(p, ctx);
        if (command == QLatin1String("links"))
            return linksCommand(p, ctx);
        if (command == QLatin1String("link"))
            return linkCommand(p, ctx);
        if (command == QLatin1String("realign"))
            return realignCommand(p, ctx);
        if (command == QLatin1String("words"))
            return wordsCommand(p, ctx);
    } catch (const std::exception &e) {
        return ctx.fail(InternalError, tr("internal error: %1").arg(QString::fromUtf8(e.what())));
    }
    if (command.isEmpty())
        return ctx.fail(BadInput, tr("no command given\n") + QString::fromLatin1(kUsage));
    return ctx.fail(BadInput, tr("unknown command '%1' (see --help)").arg(command));
}

} // namespace bireader::cli
