#pragma once

#include <array>

namespace bireader {

// The bead shapes the aligner considers, with symmetric prior probabilities
// (literary zh-en gold is 1-2 heavy, verse-level Bible gold 2-1 heavy). A null bead
// (a sentence left untranslated) is rare in translated prose: 6 in 1,343 literary gold
// beads. Its prior is set lower than that, 1 in 3,000: a loosely translated sentence
// has few words in common with its original, which the lexical model counts against
// every bead it joins and never against a null bead. (Null beads at the document's
// edges cost less: SearchCosts.) Each round of the search re-estimates the other
// shapes' priors on the document.
struct BeadType {
    int source;
    int target;
    double prior;
};

inline constexpr std::array<BeadType, 19> kBeadTypes { {
    { 1, 1, 0.60 },  { 1, 0, 0.0003 }, { 0, 1, 0.0003 }, { 1, 2, 0.09 },  { 2, 1, 0.09 },
    { 2, 2, 0.02 },  { 1, 3, 0.035 },  { 3, 1, 0.035 },  { 1, 4, 0.01 },  { 4, 1, 0.01 },
    { 2, 3, 0.005 }, { 3, 2, 0.005 },  { 1, 5, 0.003 },  { 5, 1, 0.003 }, { 2, 4, 0.002 },
    { 4, 2, 0.002 }, { 3, 3, 0.001 },  { 1, 6, 0.001 },  { 6, 1, 0.001 },
} };

inline constexpr int kMaxBeadSide = 6;

using BeadCosts = std::array<double, kBeadTypes.size()>;

// -log(prior) of each bead type, indexed like kBeadTypes.
const BeadCosts &beadPriorCosts();

} // namespace bireader
