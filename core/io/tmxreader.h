#pragma once

#include "importer.h"

namespace bireader {

// TMX 1.4 (and older): each <tu> becomes a segment, its <tuv> of the header's srclang the
// source and the first other language the translation; <note>s become segment notes.
// A translator's work can so be read, corrected and exported again. XML entities are
// never fetched and their expansion is capped (QXmlStreamReader).
class TmxReader final : public BilingualReader
{
public:
    QString formatId() const override { return QStringLiteral("tmx"); }
    ImportResult read(QIODevice &device, const QString &name, const ImportOptions &options) const override;
};

} // namespace bireader
