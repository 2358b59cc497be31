#pragma once

#include "glossary/dictionary.h"
#include "text/script.h"

#include <QList>
#include <QString>

namespace bireader {

// One paragraph of an interleaved page, or a line that holds a short pair.
struct InterleavedPiece {
    QString text; // the paragraph; a same-line pair's first half
    QString second; // a same-line pair's second half, else empty
    int family = -1; // 0 or 1: the page's first or second language; -1: neither (digits, symbols)
    int secondFamily = -1;
    bool blankAfter = false; // a blank line separates it from the next piece
    bool isSameLinePair() const { return !second.isEmpty(); }
};

enum class Pairing : unsigned char {
    Alone, // no counterpart: chrome, a footer, an untranslated paragraph
    ChromeInside, // alone right after a pair and read as chrome: a caption, "Read more", an ad's label
    WithNext, // this piece and the next are a paragraph and its translation
    SameLine, // the piece is a pair on its own (a same-line pair)
};

struct InterleavedPairs {
    QList<Pairing> pairing; // per piece; the piece after a WithNext is its partner
    int firstFamily = 0; // the language that comes first in most pairs: the original, usually
};

// Decides which paragraphs of an interleaved page pair with which, for the whole page at
// once: each paragraph pairs with its previous or next neighbour of the other language,
// or stays alone, so that the summed evidence of the pairs is greatest (a dynamic
// programme over the paragraph sequence). The evidence of a pair is its lengths against
// the page's own length ratio (Gale-Church), the words they share (the aligner's lexical
// model, with `dictionary` when given, and what the page's own pairs teach), and the
// layout: whether pairs are grouped by blank lines on this page is measured on the page
// itself. Runs twice: the second time with the model re-estimated on the first's pairs.
// The page's two languages: family 0 and family 1 of the pieces.
struct PageLanguages {
    QString language[2];
    ScriptFamily script[2] = { ScriptFamily::None, ScriptFamily::None };
};
InterleavedPairs pairInterleaved(const QList<InterleavedPiece> &pieces, const PageLanguages &languages,
                                 const Dictionary *dictionary);

} // namespace bireader
