#pragma once

#include "glossary/cedictreader.h"
#include "io/importer.h"
#include "io/epubreader.h"
#include "io/htmlreader.h"
#include "io/interleavedreader.h"
#include "io/subtitlereader.h"
#include "io/tmxreader.h"
#include "io/xliffreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QIODevice>

#include <memory>

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
};

// Loads --dict into `dict`; returns an error message or an empty string.
inline QString loadDictionary(const QCommandLineParser &p, Dictionary &dict)
{
    if (!p.isSet(QStringLiteral("dict")))
        return {};
    return loadCedictFile(p.value(QStringLiteral("dict")), dict).error;
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

// The reader of a single bilingual file, by its name: subtitles, TMX, XLIFF, else
// interleaved text.
inline std::unique_ptr<BilingualReader> readerFor(const QString &path)
{
    const QString lower = path.toLower();
    if (isSubtitleFile(path))
        return std::make_unique<SubtitleReader>();
    if (lower.endsWith(QLatin1String(".tmx")))
        return std::make_unique<TmxReader>();
    if (lower.endsWith(QLatin1String(".xlf")) || lower.endsWith(QLatin1String(".xliff")))
        return std::make_unique<XliffReader>();
    if (isHtmlFile(path))
        return std::make_unique<HtmlReader>();
    if (isEpubFile(path))
        return std::make_unique<EpubReader>();
    return std::make_unique<InterleavedReader>();
}

// A source file and its translation as a document: subtitles by time, HTML pages by
// their article blocks, EPUB books by chapters then paragraphs, anything else as text.
inline ImportResult importTwoFiles(QFile &source, QFile &target, const ImportOptions &options)
{
    const QString a = source.fileName(), b = target.fileName();
    if (isSubtitleFile(a) && isSubtitleFile(b))
        return importSubtitlePair(source, a, target, b, options);
    if (isEpubFile(a) && isEpubFile(b))
        return importEpubPair(source, a, target, b, options);
    if (isHtmlFile(a) && isHtmlFile(b)) {
        const HtmlArticle sa = readHtmlArticle(source, a), tb = readHtmlArticle(target, b);
        if (!sa.error.isEmpty() || !tb.error.isEmpty()) {
            ImportResult r;
            r.error = !sa.error.isEmpty() ? sa.error : tb.error;
            return r;
        }
        return importParagraphPair(sa.paragraphs, a, tb.paragraphs, b, options);
    }
    return importPair(source, a, target, b, options);
}

} // namespace bireader::cli
