#pragma once

#include "model/bead.h"

#include <utility>
#include <vector>

namespace bireader {

// What an alignment must hold: beads kept as they are (links the user made or
// confirmed: the search never changes them and never crosses them), and boundaries, the
// states every alignment passes (i, j): after source unit i-1 and target unit j-1 (the
// edges of paragraph groups already paired, whose sentences are aligned together).
struct AlignConstraints {
    Alignment fixed;
    std::vector<std::pair<int, int>> boundaries;
    bool empty() const { return fixed.isEmpty() && boundaries.empty(); }
};

// A part of the document between two constraints: a fixed bead, or a free stretch the
// search aligns on its own.
struct Stretch {
    int sourceBegin = 0, sourceEnd = 0, targetBegin = 0, targetEnd = 0;
    bool fixed = false;
    int sourceCount() const { return sourceEnd - sourceBegin; }
    int targetCount() const { return targetEnd - targetBegin; }
};

// The document of n source and m target units cut at the constraints, in order. A
// constraint outside the document, or one that crosses an earlier one (they are taken in
// order of position, fixed beads first), is left out.
std::vector<Stretch> stretchesOf(const AlignConstraints &constraints, int n, int m);

} // namespace bireader
