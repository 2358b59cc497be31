#pragma once

#include "glossary/dictionary.h"
#include "model/document.h"
#include "text/paragraphs.h"

#include <QIODevice>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace bireader {

// Most paragraphs (or lines) one side may have: alignment needs about 1.5 GB a million.
constexpr int kMaxUnitsPerSide = 2000000;

struct ImportOptions {
    QString sourceLanguage; // empty: detect from the script
    QString targetLanguage;
    const Dictionary *dictionary = nullptr;
    bool presplit = false; // one unit a line, aligned as given
    ParagraphMode paragraphMode = ParagraphMode::Auto;
    std::function<bool()> isCanceled;
};

struct [[nodiscard]] ImportResult {
    Document document;
    QMap<int, QString> notes; // notes on whole segments (TMX <note>), by segment index
    QString error; // empty on success; names the file and the problem
    QString sourceEncoding, targetEncoding;
    QStringList warnings; // read, but with something the user should know ("NAME: ...")
    bool canceled = false;
    bool ok() const { return error.isEmpty() && !canceled; }
};

// A file format that holds both languages of a document (an interleaved page,
// later HTML, EPUB, TMX ...). Readers work on any QIODevice.
class BilingualReader
{
public:
    virtual ~BilingualReader();
    virtual QString formatId() const = 0;
    virtual ImportResult read(QIODevice &device, const QString &name, const ImportOptions &options) const = 0;
};

// Builds the document of two monolingual texts: paragraph alignment, then sentence
// alignment inside each aligned paragraph group (or, presplit, the lines as given).
ImportResult importPair(QIODevice &source, const QString &sourceName, QIODevice &target, const QString &targetName,
                        const ImportOptions &options);

// The same for paragraphs already extracted (HTML pages, EPUB chapters).
ImportResult importParagraphPair(const QList<Paragraph> &source, const QString &sourceName,
                                 const QList<Paragraph> &target, const QString &targetName,
                                 const ImportOptions &options);

// Sentence beads over the whole document (indices count sentences across segments).
Alignment documentBeads(const Document &document);
// All sentences of one side in document order.
QStringList documentSentences(const Document &document, Side side);

} // namespace bireader
