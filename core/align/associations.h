#pragma once

#include "tokenizer.h"

#include <utility>
#include <vector>

namespace bireader {

// A document's own translation table, in the spirit of Hunalign's "realign": source
// words (by surface form) and target stems that co-occur in aligned unit pairs far
// more than chance (log-likelihood ratio test) become extra stems of the source
// words. It finds what the dictionary misses: archaic or genre renderings (后裔 ~
// seed), names, terms. Returns extra stems indexed by source word key.
std::vector<std::vector<int>> learnAssociations(const UnitFeatures &source, const UnitFeatures &target,
                                                const std::vector<std::pair<int, int>> &pairs, int keyCount);

} // namespace bireader
