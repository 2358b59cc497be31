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
BeadSearchResult beadSearch(const Band &band, const std::vector<int> &sourceLengths,
                            const std::vector<int> &targetLengths, const LengthModel &length,
                            const LexicalModel &lexical, const std::function<bool()> &isCanceled = {});

} // namespace bireader
