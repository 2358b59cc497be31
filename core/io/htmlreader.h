#pragma once

#include "importer.h"

namespace bireader {

// An article's text blocks from an HTML page: headings, paragraphs, list items,
// quotes, table cells, in order; navigation, scripts, styles, forms, comments, asides
// and footers left out. Parsed with libxml2's HTML parser (a real, error-tolerant
// parser, never touching the network); the charset of <meta> is honoured.
struct HtmlArticle {
    QString title;
    QList<Paragraph> paragraphs;
    QString language; // <html lang>, if any
    QString encoding;
    QStringList warnings;
    QString error;
    bool noText = false; // the error is only that the page holds no article text
};
HtmlArticle readHtmlArticle(QIODevice &device, const QString &name);
// The same for (X)HTML already in memory (an EPUB chapter), decoded as a page is: a
// byte-order mark, the XML declaration's or <meta>'s charset, else detection.
HtmlArticle htmlArticleFromBytes(const QByteArray &bytes, const QString &name);

// A bilingual page: Immersive Translate's markers (a block with
// data-immersive-translate-paragraph holding a font.immersive-translate-target-wrapper)
// pair exactly; without markers the blocks are paired like interleaved text, by script.
class HtmlReader final : public BilingualReader
{
public:
    QString formatId() const override { return QStringLiteral("html"); }
    ImportResult read(QIODevice &device, const QString &name, const ImportOptions &options) const override;
};

bool isHtmlFile(const QString &path);

} // namespace bireader
