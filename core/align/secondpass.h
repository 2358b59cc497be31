#pragma once

#include "beadsearch.h"
#include "constraints.h"

namespace bireader {

// The full search around a first-pass path. A long document is cut at a state inside a
// run of first-pass 1-1 beads (a boundary the evidence leaves no doubt about) and the
// two halves are searched in parallel.
BeadSearchResult secondPass(const std::vector<std::pair<int, int>> &path, int radius,
                            const std::vector<int> &sourceLengths, const std::vector<int> &targetLengths,
                            const LengthModel &length, const LexicalModel &lexical, const SearchCosts &costs,
                            const std::function<bool()> &isCanceled = {}, SearchSlice slice = {});

// The search over a document cut into stretches (stretchesOf): a fixed stretch stays
// one bead, a stretch with one side empty gives null beads, and each other stretch is
// searched on its own around the part of `path` that runs through it, with the
// document's models.
BeadSearchResult searchStretches(const std::vector<Stretch> &stretches, const std::vector<std::pair<int, int>> &path,
                                 int radius, const std::vector<int> &sourceLengths,
                                 const std::vector<int> &targetLengths, const LengthModel &length,
                                 const LexicalModel &lexical, const SearchCosts &costs,
                                 const std::function<bool()> &isCanceled = {});

} // namespace bireader
