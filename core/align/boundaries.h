#pragma once

#include "model/bead.h"

#include <QStringList>

#include <vector>

namespace bireader {

// For each unit, whether a quotation (direct speech) is still open after it: “ ” 「 」
// 『 』 « », straight double quotes, and single quotes that are not apostrophes.
std::vector<char> openQuoteAfter(const QStringList &units);

// A cost for each state of the bead search (a boundary after source unit i-1 and
// target unit j-1) from what the two sides say there. A translation's sentence
// boundaries fall where the original's do: both inside direct speech or both outside
// it. How much that holds is measured on the document itself.
struct BoundaryCosts {
    std::vector<char> source, target; // per unit: a quotation is open after it
    double agree = 0, disagree = 0;
    bool empty() const { return source.empty() || target.empty() || (agree == 0 && disagree == 0); }
    double at(int i, int j) const
    {
        if (i <= 0 || j <= 0)
            return 0;
        return source[size_t(i - 1)] == target[size_t(j - 1)] ? agree : disagree;
    }
};

// Costs as log-likelihood ratios: how often the sides agree at the boundaries of
// `beads` against how often they agree at the states next to them. No cost where
// agreement tells nothing (no speech on either side, or no more agreement than chance).
BoundaryCosts estimateBoundaryCosts(const QStringList &source, const QStringList &target, const Alignment &beads);

} // namespace bireader
