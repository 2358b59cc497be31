#pragma once

#include "beadtypes.h"
#include "boundaries.h"
#include "firstpass.h"
#include "lengthmodel.h"
#include "lexicalmodel.h"
#include "model/bead.h"

#include <functional>
#include <vector>

namespace bireader {

// What a bead and a state cost besides length and lexical evidence: the shapes' priors,
// null beads at the document's edges, and the states' boundary costs.
struct SearchCosts {
    BeadCosts priors = beadPriorCosts();
    // A sentence before the first translated one or after the last (a title, web
    // chrome, a footer) is often left untranslated: null beads there cost this.
    double edgeNull = kEdgeNullCost;
    BoundaryCosts boundaries;
    static constexpr double kEdgeNullCost = 1.2; // -log 0.3
};

struct BeadSearchResult {
    Alignment beads;
    long long cells = 0;
    bool canceled = false;
};

// Full search over every bead type in kBeadTypes inside `band`: Gale-Church length
// cost, bead priors and the lexical log-likelihood ratio of each bead.
// `sourceOffset`/`targetOffset`: where the given lengths start in the lexical model's
// units, so that a slice of the document can be searched on its own; `sourceUnits` and
// `targetUnits` are the whole document's (0: the slice is the document).
struct SearchSlice {
    int sourceOffset = 0, targetOffset = 0;
    int sourceUnits = 0, targetUnits = 0;
};
BeadSearchResult beadSearch(const Band &band, const std::vector<int> &sourceLengths,
                            const std::vector<int> &targetLengths, const LengthModel &length,
                            const LexicalModel &lexical, const SearchCosts &costs,
                            const std::function<bool()> &isCanceled = {}, SearchSlice slice = {});

} // namespace bireader
