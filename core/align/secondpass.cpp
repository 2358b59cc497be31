#include "secondpass.h"

#include <cstdlib>
#include <thread>

namespace bireader {
namespace {

constexpr int kMinSplitRows = 2000; // below this one thread is fast enough
constexpr int kSafeRun = 4; // 1-1 beads on each side of a cut

// Index in `path` of a state to cut at: the one nearest the middle with kSafeRun
// diagonal (1-1) moves on each side. -1 when there is none.
int cutPoint(const std::vector<std::pair<int, int>> &path, int n)
{
    auto diagonal
        = [&](size_t k) { return path[k].first == path[k - 1].first + 1 && path[k].second == path[k - 1].second + 1; };
    int best = -1, bestDistance = n;
    for (size_t k = kSafeRun; k + kSafeRun < path.size(); ++k) {
        bool safe = true;
        for (size_t d = k + 1 - kSafeRun; d <= k + kSafeRun && safe; ++d)
            safe = diagonal(d);
        const int distance = std::abs(path[k].first - n / 2);
        if (safe && distance < bestDistance) {
            best = int(k);
            bestDistance = distance;
        }
    }
    return bestDistance <= n / 4 ? best : -1;
}

} // namespace

BeadSearchResult secondPass(const std::vector<std::pair<int, int>> &path, int radius, const std::vector<int> &ls,
                            const std::vector<int> &lt, const LengthModel &length, const LexicalModel &lexical,
                            const SearchCosts &costs, const std::function<bool()> &isCanceled, SearchSlice slice)
{
    const int n = int(ls.size()), m = int(lt.size());
    if (slice.sourceUnits == 0) {
        slice.sourceUnits = n;
        slice.targetUnits = m;
    }
    const int cut = n >= kMinSplitRows ? cutPoint(path, n) : -1;
    if (cut < 0)
        return beadSearch(Band::around(path, n, m, radius), ls, lt, length, lexical, costs, isCanceled, slice);

    const int ci = path[size_t(cut)].first, cj = path[size_t(cut)].second; // (clang 14 cannot capture bindings)
    std::vector<std::pair<int, int>> head(path.begin(), path.begin() + cut + 1), tail;
    for (size_t k = size_t(cut); k < path.size(); ++k)
        tail.emplace_back(path[k].first - ci, path[k].second - cj);
    const std::vector<int> ls1(ls.begin(), ls.begin() + ci), lt1(lt.begin(), lt.begin() + cj);
    const std::vector<int> ls2(ls.begin() + ci, ls.end()), lt2(lt.begin() + cj, lt.end());

    BeadSearchResult first;
    std::thread worker([&] {
        first = beadSearch(Band::around(head, ci, cj, radius), ls1, lt1, length, lexical, costs, isCanceled, slice);
    });
    BeadSearchResult second
        = beadSearch(Band::around(tail, n - ci, m - cj, radius), ls2, lt2, length, lexical, costs, isCanceled,
                     { slice.sourceOffset + ci, slice.targetOffset + cj, slice.sourceUnits, slice.targetUnits });
    worker.join();
    BeadSearchResult out;
    out.canceled = first.canceled || second.canceled;
    out.cells = first.cells + second.cells;
    out.beads = first.beads;
    for (Bead b : second.beads) {
        b.sourceBegin += ci;
        b.targetBegin += cj;
        out.beads.append(b);
    }
    return out;
}

BeadSearchResult searchStretches(const std::vector<Stretch> &stretches, const std::vector<std::pair<int, int>> &path,
                                 int radius, const std::vector<int> &ls, const std::vector<int> &lt,
                                 const LengthModel &length, const LexicalModel &lexical, const SearchCosts &costs,
                                 const std::function<bool()> &isCanceled)
{
    const int n = int(ls.size()), m = int(lt.size());
    if (stretches.size() == 1 && !stretches.front().fixed)
        return secondPass(path, radius, ls, lt, length, lexical, costs, isCanceled);
    BeadSearchResult out;
    size_t at = 0; // where the path enters the stretch
    for (const Stretch &s : stretches) {
        if (s.fixed || s.sourceCount() == 0 || s.targetCount() == 0) {
            if (s.fixed) {
                out.beads.append({ s.sourceBegin, s.sourceCount(), s.targetBegin, s.targetCount(), 1.0 });
            } else { // one side only: null beads
                for (int i = s.sourceBegin; i < s.sourceEnd; ++i)
                    out.beads.append({ i, 1, s.targetBegin, 0, 0.0 });
                for (int j = s.targetBegin; j < s.targetEnd; ++j)
                    out.beads.append({ s.sourceEnd, 0, j, 1, 0.0 });
            }
            continue;
        }
        if (s.sourceCount() == 1 && s.targetCount() == 1) {
            out.beads.append({ s.sourceBegin, 1, s.targetBegin, 1, 1.0 });
            continue;
        }
        // The part of the path inside the stretch, from its start to its end.
        std::vector<std::pair<int, int>> local { { 0, 0 } };
        while (at < path.size() && (path[at].first < s.sourceBegin || path[at].second < s.targetBegin))
            ++at;
        for (size_t k = at; k < path.size() && path[k].first <= s.sourceEnd && path[k].second <= s.targetEnd; ++k)
            if (path[k] != std::make_pair(s.sourceBegin, s.targetBegin))
                local.emplace_back(path[k].first - s.sourceBegin, path[k].second - s.targetBegin);
        if (local.back() != std::make_pair(s.sourceCount(), s.targetCount()))
            local.emplace_back(s.sourceCount(), s.targetCount());
        const std::vector<int> sls(ls.begin() + s.sourceBegin, ls.begin() + s.sourceEnd);
        const std::vector<int> slt(lt.begin() + s.targetBegin, lt.begin() + s.targetEnd);
        const BeadSearchResult r = secondPass(local, radius, sls, slt, length, lexical, costs, isCanceled,
                                              { s.sourceBegin, s.targetBegin, n, m });
        if (r.canceled) {
            out.canceled = true;
            return out;
        }
        out.cells += r.cells;
        for (Bead b : r.beads) {
            b.sourceBegin += s.sourceBegin;
            b.targetBegin += s.targetBegin;
            out.beads.append(b);
        }
    }
    return out;
}

} // namespace bireader
