#include "epubreader.h"

#include "align/aligner.h"
#include "htmlreader.h"
#include "interleavedreader.h"
#include "segmentbuilder.h"
#include "text/script.h"
#include "textsource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QXmlStreamReader>

#include <memory>
#include <zip.h>

namespace bireader {
namespace {

struct ZipCloser {
    void operator()(zip_t *z) const { zip_discard(z); }
};

// An archive in memory, read entry by entry within the limits.
class Archive
{
public:
    Archive(const QByteArray &bytes, const QString &name)
        : m_name(name)
    {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t *src = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
        if (src)
            m_zip.reset(zip_open_from_source(src, ZIP_RDONLY, &error));
        if (!m_zip) {
            if (src)
                zip_source_free(src);
            m_error
                = QCoreApplication::translate("bireader::EpubReader", "%1: not an EPUB book (not a zip archive: %2)")
                      .arg(name, QString::fromUtf8(zip_error_strerror(&error)));
        }
        zip_error_fini(&error);
        for (zip_int64_t i = 0; m_zip && i < zip_get_num_entries(m_zip.get(), 0); ++i) {
            const QString entry = QString::fromUtf8(zip_get_name(m_zip.get(), zip_uint64_t(i), 0));
            if (entry.startsWith(QLatin1Char('/')) || entry.contains(QLatin1Char('\\'))
                || entry.split(QLatin1Char('/')).contains(QLatin1String(".."))) {
                m_error = QCoreApplication::translate("bireader::EpubReader", "%1: unsafe path in the archive: %2")
                              .arg(name, entry);
                m_zip.reset();
            }
        }
    }
    const QString &error() const { return m_error; }

    // The entry's bytes, or an error (missing, too large, damaged).
    bool read(const QString &entry, QByteArray *out, QString *error)
    {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat(m_zip.get(), entry.toUtf8().constData(), 0, &st) != 0) {
            *error = QCoreApplication::translate("bireader::EpubReader", "%1: the book does not contain %2")
                         .arg(m_name, entry);
            return false;
        }
        if ((st.valid & ZIP_STAT_SIZE) && (st.size > zip_uint64_t(kMaxEpubEntryBytes)))
            return tooLarge(entry, error);
        std::unique_ptr<zip_file_t, decltype(&zip_fclose)> f(zip_fopen(m_zip.get(), entry.toUtf8().constData(), 0),
                                                             zip_fclose);
        if (!f) {
            *error = QCoreApplication::translate("bireader::EpubReader", "%1: %2 cannot be read").arg(m_name, entry);
            return false;
        }
        out->clear();
        char buf[65536];
        zip_int64_t n;
        while ((n = zip_fread(f.get(), buf, sizeof buf)) > 0) {
            out->append(buf, qsizetype(n));
            m_total += n;
            // Sizes in the headers may lie: count what really comes out.
            if (out->size() > kMaxEpubEntryBytes)
                return tooLarge(entry, error);
            if (m_total > kMaxEpubTotalBytes) {
                *error = QCoreApplication::translate(
                             "bireader::EpubReader",
                             "%1: the book's files add up to more than the limit of %2 MB uncompressed (a zip bomb?)")
                             .arg(m_name)
                             .arg(kMaxEpubTotalBytes >> 20);
                return false;
            }
        }
        if (n < 0) {
            *error = QCoreApplication::translate("bireader::EpubReader", "%1: %2 is damaged").arg(m_name, entry);
            return false;
        }
        return true;
    }

private:
    bool tooLarge(const QString &entry, QString *error)
    {
        *error = QCoreApplication::translate("bireader::EpubReader",
                                             "%1: %2 is larger than the limit of %3 MB uncompressed (a zip bomb?)")
                     .arg(m_name, entry)
                     .arg(kMaxEpubEntryBytes >> 20);
        return false;
    }

    QString m_name, m_error;
    std::unique_ptr<zip_t, ZipCloser> m_zip;
    qint64 m_total = 0;
};

// The book's language: its metadata, else the script of its text.
QString languageOf(const EpubBook &book)
{
    if (!book.language.isEmpty())
        return book.language;
    ScriptProfile p;
    for (const QList<Paragraph> &c : book.chapters)
        for (const Paragraph &para : c)
            p += ScriptProfile::of(para.text);
    return p.language();
}

QString resolve(const QString &base, const QString &href)
{
    const QString path = QUrl::fromPercentEncoding(href.section(QLatin1Char('#'), 0, 0).toUtf8());
    return QDir::cleanPath(base.isEmpty() ? path : base + QLatin1Char('/') + path);
}

} // namespace

bool isEpubFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("epub"), Qt::CaseInsensitive) == 0;
}

EpubBook readEpub(QIODevice &device, const QString &name)
{
    EpubBook book;
    book.error = openForReading(device, name);
    if (!book.error.isEmpty())
        return book;
    const QByteArray bytes = readAtMost(device, kMaxEpubBytes);
    if (bytes.size() > kMaxEpubBytes) {
        book.error
            = QCoreApplication::translate("bireader::EpubReader", "%1: the file is larger than the limit of %2 MB")
                  .arg(name)
                  .arg(kMaxEpubBytes >> 20);
        return book;
    }
    Archive zip(bytes, name);
    if (!zip.error().isEmpty()) {
        book.error = zip.error();
        return book;
    }
    QByteArray data;
    if (!zip.read(QStringLiteral("META-INF/container.xml"), &data, &book.error))
        return book;
    QString opfPath;
    for (QXmlStreamReader x(data); !x.atEnd();)
        if (x.readNext() == QXmlStreamReader::StartElement && x.name() == QLatin1String("rootfile")
            && opfPath.isEmpty())
            opfPath = x.attributes().value(QLatin1String("full-path")).toString();
    if (opfPath.isEmpty()) {
        book.error
            = QCoreApplication::translate("bireader::EpubReader",
                                          "%1: not an EPUB book (no package file named in META-INF/container.xml)")
                  .arg(name);
        return book;
    }
    if (!zip.read(opfPath, &data, &book.error))
        return book;
    const QString base = opfPath.contains(QLatin1Char('/')) ? opfPath.section(QLatin1Char('/'), 0, -2) : QString();
    QHash<QString, QString> manifest;
    QStringList spine, auxiliary; // the reading order, and items marked linear="no"
    QXmlStreamReader x(data);
    while (!x.atEnd()) {
        if (x.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = x.attributes();
        if (x.name() == QLatin1String("item"))
            manifest.insert(a.value(QLatin1String("id")).toString(), a.value(QLatin1String("href")).toString());
        else if (x.name() == QLatin1String("itemref"))
            (a.value(QLatin1String("linear")) != QLatin1String("no") ? spine : auxiliary)
                .append(a.value(QLatin1String("idref")).toString());
        else if (x.name() == QLatin1String("title") && book.title.isEmpty())
            book.title = x.readElementText().simplified();
        else if (x.name() == QLatin1String("language") && book.language.isEmpty())
            book.language = x.readElementText().trimmed();
    }
    if (x.hasError()) {
        book.error
            = QCoreApplication::translate("bireader::EpubReader", "%1: the package file %2 is not valid XML (%3)")
                  .arg(name, opfPath, x.errorString());
        return book;
    }
    // A book whose every item is marked auxiliary (linear="no") still has its text there.
    if (spine.isEmpty())
        spine = auxiliary;
    if (spine.isEmpty()) {
        book.error = QCoreApplication::translate("bireader::EpubReader",
                                                 "%1: the book has no spine (no chapters in reading order)")
                         .arg(name);
        return book;
    }
    for (const QString &id : spine) {
        if (!manifest.contains(id)) {
            book.error = QCoreApplication::translate("bireader::EpubReader",
                                                     "%1: the spine names %2, which the manifest does not list")
                             .arg(name, id);
            return book;
        }
        const QString entry = resolve(base, manifest.value(id));
        if (!zip.read(entry, &data, &book.error))
            return book;
        // Chapters are decoded as pages are (GBK or UTF-16 chapters exist); one that is no
        // text is left out with a warning.
        const HtmlArticle chapter = htmlArticleFromBytes(data, name + QLatin1Char(':') + entry);
        book.warnings += chapter.warnings;
        if (!chapter.paragraphs.isEmpty())
            book.chapters.append(chapter.paragraphs);
        else if (!chapter.error.isEmpty() && !chapter.noText) // a cover or an empty page says nothing
            book.warnings << chapter.error;
    }
    if (book.chapters.isEmpty())
        book.error
            = QCoreApplication::translate("bireader::EpubReader", "%1: the book's chapters hold no text").arg(name);
    return book;
}

ImportResult EpubReader::read(QIODevice &device, const QString &name, const ImportOptions &options) const
{
    const EpubBook book = readEpub(device, name);
    if (!book.error.isEmpty()) {
        ImportResult r;
        r.error = book.error;
        return r;
    }
    QList<Paragraph> all;
    for (const QList<Paragraph> &chapter : book.chapters)
        for (const Paragraph &p : chapter)
            all.append({ p.text, int(all.size()) });
    ImportResult r = InterleavedReader::fromParagraphs(all, name, options);
    r.warnings = book.warnings + r.warnings;
    if (r.ok() && !book.title.isEmpty())
        r.document.title = book.title;
    return r;
}

ImportResult importEpubPair(QIODevice &source, const QString &sourceName, QIODevice &target, const QString &targetName,
                            const ImportOptions &options)
{
    const EpubBook a = readEpub(source, sourceName);
    const EpubBook b = a.error.isEmpty() ? readEpub(target, targetName) : EpubBook {};
    if (!a.error.isEmpty() || !b.error.isEmpty()) {
        ImportResult r;
        r.error = !a.error.isEmpty() ? a.error : b.error;
        return r;
    }
    // Chapters first: each chapter one unit of the aligner.
    auto chapterTexts = [](const EpubBook &book) {
        QStringList out;
        for (const QList<Paragraph> &c : book.chapters) {
            QStringList ps;
            for (const Paragraph &p : c)
                ps << p.text;
            out << ps.join(QLatin1Char('\n'));
        }
        return out;
    };
    ImportOptions paragraphs = options;
    paragraphs.presplit = false;
    const QString sl = options.sourceLanguage.isEmpty() ? languageOf(a) : options.sourceLanguage;
    const QString tl = options.targetLanguage.isEmpty() ? languageOf(b) : options.targetLanguage;
    paragraphs.sourceLanguage = sl;
    paragraphs.targetLanguage = tl;
    Aligner chapters(sl, tl, options.dictionary);
    chapters.setCancelCheck(options.isCanceled);
    const Alignment beads = chapters.align(chapterTexts(a), chapterTexts(b));
    ImportResult result;
    result.warnings = a.warnings + b.warnings;
    Document &doc = result.document;
    doc.title = a.title;
    doc.sourceLanguage = sl;
    doc.targetLanguage = tl;
    SegmentBuilder unpaired(sl, tl, options.dictionary);
    for (const Bead &bead : beads) {
        QList<Paragraph> s, t;
        for (int i = bead.sourceBegin; i < bead.sourceEnd(); ++i)
            s += a.chapters[i];
        for (int j = bead.targetBegin; j < bead.targetEnd(); ++j)
            t += b.chapters[j];
        if (s.isEmpty() || t.isEmpty()) { // a chapter of one book only: its paragraphs stay unpaired
            for (const Paragraph &p : s.isEmpty() ? t : s) {
                Segment seg;
                const Side side = s.isEmpty() ? Side::Target : Side::Source;
                seg.side(side) = unpaired.side(side, p.text, { s.isEmpty() ? targetName : sourceName, p.line });
                unpaired.alignSentences(seg);
                doc.segments.append(std::move(seg));
            }
            continue;
        }
        const ImportResult part = importParagraphPair(s, sourceName, t, targetName, paragraphs);
        if (!part.ok()) {
            result.error = part.error;
            result.canceled = part.canceled;
            return result;
        }
        doc.segments += part.document.segments;
    }
    return result;
}

} // namespace bireader
