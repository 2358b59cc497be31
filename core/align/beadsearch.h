#pragma once

#include "firstpass.h"
#include "lengthmodel.h"
#include "lexicalmodel.h"
#include "model/bead.h"

#include <functional>
#include <vector>

namespace bireader {

struct BeadSearchResult {
    Alignment beads;
    long long cells = 0;
    bool canceled = false;
};

// Full search over every bead type in kBeadTypes inside `band`: Gale-Church length
// cost, bead priors and the lexical log-likelihood ratio of each bead.
// `sourceOffset`/`targetOffset`: where the given lengths start in the lexical model's
// units, so that a slice of the document can be searched on its own.
BeadSearchResult beadSearch(const Band &band, const std::vector<int> &sourceLengths,
                            const std::vector<int> &targetLengths, const LengthModel &length,
                            const LexicalModel &lexical, const std::function<bool()> &isCanceled = {},
                            int sourceOffset = 0, int targetOffset = 0);

// The full search around a first-pass path. A long document is cut at a state inside a
// run of first-pass 1-1 beads (a boundary the evidence leaves no doubt about) and the
// two halves are searched in parallel.
BeadSearchResult secondPass(const std::vector<std::pair<int, int>> &path, int radius,
                            const std::vector<int> &sourceLengths, const std::vector<int> &targetLengths,
                            const LengthModel &length, const LexicalModel &lexical,
                            const std::function<bool()> &isCanceled = {});

} // namespace bireader
