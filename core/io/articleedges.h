#pragma once

#include "model/segment.h"

#include <QList>
#include <QString>

namespace bireader {

// Whether a paragraph reads as a headline: a few words at least (four, or eight CJK
// characters), not a paragraph of body text. A link label ("跳至主要内容", "Home") is not.
bool isTitleLike(const QString &text);

// The article inside a web page: unpaired paragraphs before its first pair and after its
// last (site menus, "skip to content", footers, comments, related posts) are marked
// excluded, except a headline just before the first pair. Does nothing for a text with
// fewer than two pairs (nothing shows where the article is). Returns how many it marked.
int excludePageEdges(QList<Segment> &segments);

// The document's title: the headline (a title-like paragraph just before or at the first
// pair, the translation's side if it has one), else the first pair's first sentence.
QString articleTitle(const QList<Segment> &segments);

} // namespace bireader
