#pragma once

// Test fixtures shared by several units.
#include "model/segment.h"

namespace bireader::testing {

// A segment of one source and one target text. With `sentences`, each side is one
// sentence and a 1-1 bead joins them.
inline Segment pairSegment(const QString &source, const QString &target, bool sentences = false)
{
    Segment s;
    s.source.text = source;
    s.target.text = target;
    if (sentences) {
        s.source.sentences = { { 0, int(source.size()) } };
        s.target.sentences = { { 0, int(target.size()) } };
        s.beads = { { 0, 1, 0, 1, 1.0 } };
    }
    return s;
}

} // namespace bireader::testing
