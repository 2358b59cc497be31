#include "fileimport.h"

#include "epubreader.h"
#include "htmlreader.h"
#include "interleavedreader.h"
#include "subtitlereader.h"
#include "tmxreader.h"
#include "xliffreader.h"

#include <QBuffer>
#include <QCoreApplication>

namespace bireader {

std::unique_ptr<BilingualReader> readerFor(const QString &path)
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

ImportResult importTwoFiles(QFile &source, QFile &target, const ImportOptions &options)
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
        ImportResult r = importParagraphPair(sa.paragraphs, a, tb.paragraphs, b, options);
        r.warnings = sa.warnings + tb.warnings;
        return r;
    }
    return importPair(source, a, target, b, options);
}

ImportResult importFiles(const QStringList &paths, const ImportOptions &options)
{
    ImportResult r;
    if (paths.isEmpty() || paths.size() > 2) {
        r.error
            = QCoreApplication::translate("bireader::Import", "one bilingual file, or a source and its translation");
        return r;
    }
    QFile first(paths[0]);
    if (paths.size() == 1)
        return readerFor(paths[0])->read(first, paths[0], options);
    QFile second(paths[1]);
    return importTwoFiles(first, second, options);
}

ImportResult importTexts(const QString &text, const QString &translation, const ImportOptions &options)
{
    QByteArray first = text.toUtf8(), second = translation.toUtf8();
    QBuffer a(&first), b(&second);
    const QString textName = QCoreApplication::translate("bireader::Import", "pasted text");
    if (translation.trimmed().isEmpty())
        return readerFor(QStringLiteral("pasted.txt"))->read(a, textName, options);
    return importPair(a, textName, b, QCoreApplication::translate("bireader::Import", "pasted translation"), options);
}

QStringList importFilePatterns()
{
    return { QStringLiteral("*.txt"),  QStringLiteral("*.html"), QStringLiteral("*.htm"), QStringLiteral("*.xhtml"),
             QStringLiteral("*.epub"), QStringLiteral("*.srt"),  QStringLiteral("*.vtt"), QStringLiteral("*.tmx"),
             QStringLiteral("*.xlf"),  QStringLiteral("*.xliff") };
}

QString importFileFilter()
{
    return QCoreApplication::translate("bireader::Import", "Bilingual texts (%1);;All files (*)")
        .arg(importFilePatterns().join(QLatin1Char(' ')));
}

} // namespace bireader
