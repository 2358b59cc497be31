#pragma once

#include "lengthmodel.h"
#include "lexicalmodel.h"

#include <functional>
#include <utility>
#include <vector>

namespace bireader {

// A band of DP states: for each row i (source units consumed, 0..n) the columns
// j in [lo[i], hi[i]] (target units consumed). lo and hi never decrease.
struct Band {
    std::vector<int> lo, hi;

    int rows() const { return int(lo.size()); }
    bool contains(int i, int j) const { return i >= 0 && i < rows() && j >= lo[size_t(i)] && j <= hi[size_t(i)]; }
    long long cells() const;
    static Band diagonal(int n, int m, int halfWidth);
    // The states of `path` widened by `radius` rows and columns, made monotone.
    static Band around(const std::vector<std::pair<int, int>> &path, int n, int m, int radius);
};

struct FirstPassResult {
    std::vector<std::pair<int, int>> path; // DP states from (0,0) to (n,m)
    std::vector<std::pair<int, int>> pairs; // its 1-1 beads as (source, target) units
    int halfWidth = 0; // final band half-width
    long long cells = 0; // DP cells evaluated, all rounds
    bool canceled = false;
};

// Cheap first pass: 1-1, 1-0 and 0-1 beads only, source-side lexical evidence,
// in a diagonal band that doubles while the best path runs along its edge.
// `previous`, when given, is an earlier pass's path: the search then starts in a band
// around it instead of around the diagonal.
FirstPassResult firstPass(const std::vector<int> &sourceLengths, const std::vector<int> &targetLengths,
                          const LengthModel &length, const LexicalModel &lexical,
                          const std::function<bool()> &isCanceled = {},
                          const std::vector<std::pair<int, int>> &previous = {});

} // namespace bireader
