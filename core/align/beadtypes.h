#pragma once

#include <array>

namespace bireader {

// The bead shapes the aligner considers, with symmetric prior probabilities
// (literary zh-en gold is 1-2 heavy, verse-level Bible gold 2-1 heavy).
struct BeadType {
    int source;
    int target;
    double prior;
};

inline constexpr std::array<BeadType, 12> kBeadTypes { {
    { 1, 1, 0.60 },
    { 1, 0, 0.01 },
    { 0, 1, 0.01 },
    { 1, 2, 0.09 },
    { 2, 1, 0.09 },
    { 2, 2, 0.02 },
    { 1, 3, 0.035 },
    { 3, 1, 0.035 },
    { 1, 4, 0.01 },
    { 4, 1, 0.01 },
    { 2, 3, 0.005 },
    { 3, 2, 0.005 },
} };

inline constexpr int kMaxBeadSide = 4;

// -log(prior) of each bead type, indexed like kBeadTypes.
const std::array<double, kBeadTypes.size()> &beadPriorCosts();

} // namespace bireader
