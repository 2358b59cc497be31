#pragma once

#include <QList>
#include <QString>
#include <QXmlStreamAttributes>

class QXmlStreamReader;
class QXmlStreamWriter;

namespace bireader {

// Inline codes of TMX and XLIFF: the formatting of the original document (<b>, a link, a
// variable) carried inside a segment as elements whose content is the original's own
// markup (TMX and XLIFF 1.2 <bpt>, <ept>, <it>, <ph>; XLIFF 1.2 <x/>, <bx/>, <ex/>; XLIFF
// 2.0 <ph/>, <sc/>, <ec/>). In a segment's text each is a placeholder token, numbered in
// order within the segment: ⟨1⟩ opens a pair, ⟨/1⟩ closes it, ⟨2/⟩ stands alone. The
// native markup is never text; written back, each token becomes its element again.
struct InlineCode {
    QString token; // "⟨1⟩", "⟨/1⟩", "⟨2/⟩"
    QString element; // the element's name as it was
    QXmlStreamAttributes attributes;
    QString native; // its content: the original's markup ("<b>"), empty for empty elements
};

using InlineCodes = QList<InlineCode>;

// Whether an element of this name is an inline code (its content is native markup).
bool isInlineCode(QStringView element);

// Like readInlineText(): the text of the element the reader is at, child elements' text
// included, but each inline code as its token; the codes in `codes` (may be null). Tokens
// are numbered from *numbered + 1 (from 1 without it), and *numbered is left at the last
// number used: an XLIFF 2.0 unit numbers on across its segments.
QString readInlineWithCodes(QXmlStreamReader &xml, InlineCodes *codes, int *numbered = nullptr);

// Writes `text` as the content of the element open on `xml`: each token found in `codes`
// (then in `fallback`) as its element with its native content, everything else as text.
void writeInlineWithCodes(QXmlStreamWriter &xml, const QString &text, const InlineCodes &codes,
                          const InlineCodes &fallback = {});

// The tokens in `text`, in order ("⟨1⟩", "⟨/1⟩", ...): what QA compares between sides.
QStringList inlineTokens(const QString &text);

} // namespace bireader
