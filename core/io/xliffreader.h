#pragma once

#include "importer.h"

namespace bireader {

// XLIFF 1.2 (<trans-unit>) and 2.0 (<unit>/<segment>): each unit becomes a segment with
// its source and target; inline markup (<g>, <x/>, <ph>, <pc>, <mrk>) is reduced to its
// text; <note>s become segment notes. Alternatives (<alt-trans>, <mtc:match>) are not the
// unit's text. A unit a translator signed off (1.2 approved="yes" or state="signed-off" /
// "final"; 2.0 every segment "reviewed" / "final") comes in confirmed. Languages from the
// file's attributes.
class XliffReader final : public BilingualReader
{
public:
    QString formatId() const override { return QStringLiteral("xliff"); }
    ImportResult read(QIODevice &device, const QString &name, const ImportOptions &options) const override;
};

} // namespace bireader
