#pragma once

#include "importer.h"

namespace bireader {

// An interleaved bilingual page as browser translators save it: each paragraph is
// followed by its translation, and short pairs may share a line, separated by two or
// more spaces or a tab. Languages are told apart by Unicode script (any two scripts:
// zh, ja, ko, ru, ar ... against Latin). Which paragraphs pair is decided for the whole
// page at once (interleavedpairing.h: a dynamic program over the page model's costs of
// lengths, words, layout and chrome); web-page chrome, footers and missing translations
// stay unpaired, chrome inside the article is set aside.
class InterleavedReader final : public BilingualReader
{
public:
    QString formatId() const override { return QStringLiteral("interleaved"); }
    ImportResult read(QIODevice &device, const QString &name, const ImportOptions &options) const override;
    // The same on paragraphs already extracted (from HTML, EPUB ...).
    static ImportResult fromParagraphs(const QList<Paragraph> &paragraphs, const QString &name,
                                       const ImportOptions &options);
};

} // namespace bireader
