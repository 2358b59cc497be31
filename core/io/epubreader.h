#pragma once

#include "importer.h"

namespace bireader {

// An EPUB 2/3 book read in spine order: each XHTML chapter's article blocks.
struct EpubBook {
    QString title;
    QString language;
    QList<QList<Paragraph>> chapters;
    QString error; // names the file and the problem
    QStringList warnings; // chapters left out, bytes replaced
};

// Limits that keep a hostile archive (a zip bomb) from exhausting memory.
constexpr qint64 kMaxEpubBytes = 512LL * 1024 * 1024; // the archive itself
constexpr qint64 kMaxEpubEntryBytes = 64LL * 1024 * 1024; // one chapter, uncompressed
constexpr qint64 kMaxEpubTotalBytes = 256LL * 1024 * 1024; // all chapters, uncompressed

// Reads META-INF/container.xml, the OPF package (manifest, spine, title, language) and
// the chapters. Entries whose path leaves the archive (../, absolute), entries larger
// than the limits, and spine items the book does not contain give clear errors.
EpubBook readEpub(QIODevice &device, const QString &name);

// A bilingual EPUB as bilingual-book tools make it (each original paragraph followed by
// its translation): paired by script like an interleaved page.
class EpubReader final : public BilingualReader
{
public:
    QString formatId() const override { return QStringLiteral("epub"); }
    ImportResult read(QIODevice &device, const QString &name, const ImportOptions &options) const override;
};

// Two EPUBs of one book (original and translation): chapters aligned first, then the
// paragraphs and sentences inside each aligned group of chapters.
ImportResult importEpubPair(QIODevice &source, const QString &sourceName, QIODevice &target, const QString &targetName,
                            const ImportOptions &options);

bool isEpubFile(const QString &path);

} // namespace bireader
