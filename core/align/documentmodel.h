#pragma once

#include "beadtypes.h"
#include "lengthmodel.h"
#include "model/bead.h"

#include <utility>
#include <vector>

namespace bireader {

// What one alignment of a document pair says about the pair, for the next round of
// the bead search: the length model and the bead shapes' priors, measured on its beads.

// A variance measured on `pairs` pairs, shrunk towards the prior variance (2.0, worth
// 20 pairs); the prior itself for none.
double shrunkVariance(double measured, double pairs);
// Ratio and variance of the length model on matched (source, target) lengths; the
// variance shrinks towards a prior when there are few. `fallback` when there are fewer
// than eight.
LengthModel lengthModelOf(const std::vector<std::pair<double, double>> &lengths, const LengthModel &fallback);
// The same on the beads of an alignment (null beads left out): lengths summed per bead.
LengthModel lengthModelOf(const Alignment &beads, const std::vector<int> &sourceLengths,
                          const std::vector<int> &targetLengths, const LengthModel &fallback);

// Priors of the non-null shapes from their counts in `beads`, smoothed towards the
// defaults (worth kPriorBeads beads). Null shapes keep their prior: an alignment's own
// nulls are mostly its errors.
BeadCosts priorsOf(const Alignment &beads);

} // namespace bireader
