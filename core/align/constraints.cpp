#include "constraints.h"

#include <algorithm>

namespace bireader {

std::vector<Stretch> stretchesOf(const AlignConstraints &constraints, int n, int m)
{
    // Fixed beads first: each must fit between those kept before it.
    std::vector<Stretch> fixed;
    for (const Bead &b : constraints.fixed) {
        if (b.sourceBegin < 0 || b.targetBegin < 0 || b.sourceEnd() > n || b.targetEnd() > m
            || (b.sourceCount == 0 && b.targetCount == 0))
            continue;
        const Stretch s { b.sourceBegin, b.sourceEnd(), b.targetBegin, b.targetEnd(), true };
        const bool crosses = std::any_of(fixed.begin(), fixed.end(), [&](const Stretch &f) {
            const bool before = s.sourceEnd <= f.sourceBegin && s.targetEnd <= f.targetBegin;
            const bool after = s.sourceBegin >= f.sourceEnd && s.targetBegin >= f.targetEnd;
            return !before && !after;
        });
        if (!crosses)
            fixed.push_back(s);
    }
    std::sort(fixed.begin(), fixed.end(), [](const Stretch &a, const Stretch &b) {
        return std::tie(a.sourceBegin, a.targetBegin) < std::tie(b.sourceBegin, b.targetBegin);
    });
    // Boundaries: kept where they fall between fixed beads (or on their edges).
    std::vector<std::pair<int, int>> states;
    for (const std::pair<int, int> &state : constraints.boundaries) {
        const int i = state.first, j = state.second; // (clang 14 cannot capture bindings)
        if (i < 0 || j < 0 || i > n || j > m)
            continue;
        const bool inside = std::any_of(fixed.begin(), fixed.end(), [&](const Stretch &f) {
            return !((i <= f.sourceBegin && j <= f.targetBegin) || (i >= f.sourceEnd && j >= f.targetEnd));
        });
        if (!inside)
            states.emplace_back(i, j);
    }
    for (const Stretch &f : fixed) {
        states.emplace_back(f.sourceBegin, f.targetBegin);
        states.emplace_back(f.sourceEnd, f.targetEnd);
    }
    states.emplace_back(0, 0);
    states.emplace_back(n, m);
    std::sort(states.begin(), states.end());
    states.erase(std::unique(states.begin(), states.end()), states.end());
    // States must rise on both sides: one that does not is left out.
    std::vector<std::pair<int, int>> path;
    for (const auto &s : states)
        if (path.empty() || s.second >= path.back().second)
            path.push_back(s);
    while (path.size() > 1 && path.back() != std::make_pair(n, m)) // (n, m) is last by order
        path.pop_back();
    std::vector<Stretch> out;
    for (size_t k = 0; k + 1 < path.size(); ++k) {
        Stretch s { path[k].first, path[k + 1].first, path[k].second, path[k + 1].second, false };
        s.fixed = std::any_of(fixed.begin(), fixed.end(), [&](const Stretch &f) {
            return f.sourceBegin == s.sourceBegin && f.sourceEnd == s.sourceEnd && f.targetBegin == s.targetBegin
                && f.targetEnd == s.targetEnd;
        });
        out.push_back(s);
    }
    return out;
}

} // namespace bireader
