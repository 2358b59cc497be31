#pragma once

// Strict F1 of sentence beads, as ../shared/tools/score_align.py computes it
// (vecalign / Bertalign metric), with optional merging by group labels (Bible verses).
#include "model/bead.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <map>
#include <numeric>
#include <set>
#include <vector>

namespace bireader::testing {

using IndexBead = std::pair<std::vector<int>, std::vector<int>>;

inline std::vector<IndexBead> toIndexBeads(const Alignment &a)
{
    std::vector<IndexBead> out;
    for (const Bead &b : a) {
        IndexBead ib;
        for (int i = 0; i < b.sourceCount; ++i)
            ib.first.push_back(b.sourceBegin + i);
        for (int j = 0; j < b.targetCount; ++j)
            ib.second.push_back(b.targetBegin + j);
        out.push_back(ib);
    }
    return out;
}

inline std::vector<IndexBead> parseBeads(const QString &text)
{
    std::vector<IndexBead> out;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList sides = line.trimmed().split(QLatin1Char(':'));
        IndexBead b;
        for (int k = 0; k < 2; ++k) {
            QString s = sides.value(k);
            s.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
            for (const QString &x : s.split(QLatin1Char(','), Qt::SkipEmptyParts))
                (k ? b.second : b.first).push_back(x.trimmed().toInt());
        }
        out.push_back(b);
    }
    return out;
}

// Beads sharing a label on either side merge (union-find), as --groups does.
inline std::vector<IndexBead> mergeByGroups(const std::vector<IndexBead> &beads, const QStringList &sl,
                                            const QStringList &tl)
{
    std::vector<int> parent(beads.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int i) {
        while (parent[size_t(i)] != i)
            i = parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
        return i;
    };
    QHash<QString, int> owner;
    for (size_t k = 0; k < beads.size(); ++k) {
        QStringList keys;
        for (int i : beads[k].first)
            keys << QLatin1String("s") + sl.value(i);
        for (int j : beads[k].second)
            keys << QLatin1String("t") + tl.value(j);
        for (const QString &key : keys) {
            if (owner.contains(key))
                parent[size_t(find(int(k)))] = find(owner[key]);
            else
                owner.insert(key, int(k));
        }
    }
    std::map<int, std::pair<std::set<int>, std::set<int>>> groups;
    for (size_t k = 0; k < beads.size(); ++k) {
        auto &g = groups[find(int(k))];
        g.first.insert(beads[k].first.begin(), beads[k].first.end());
        g.second.insert(beads[k].second.begin(), beads[k].second.end());
    }
    std::vector<IndexBead> out;
    for (const auto &[root, g] : groups)
        out.push_back(
            { std::vector<int>(g.first.begin(), g.first.end()), std::vector<int>(g.second.begin(), g.second.end()) });
    return out;
}

inline double strictF1(const std::vector<IndexBead> &gold, const std::vector<IndexBead> &test)
{
    const std::set<IndexBead> g(gold.begin(), gold.end()), t(test.begin(), test.end());
    auto hits = [](const std::set<IndexBead> &ref, const std::set<IndexBead> &cand, bool skipEmpty, int &total) {
        int h = 0;
        total = 0;
        for (const IndexBead &b : cand) {
            if (b.first.empty() && b.second.empty())
                continue;
            if (skipEmpty && (b.first.empty() || b.second.empty()))
                continue;
            ++total;
            h += ref.count(b) > 0;
        }
        return h;
    };
    int np = 0, nr = 0;
    const int hp = hits(g, t, false, np);
    std::set<IndexBead> g11;
    for (const IndexBead &b : g)
        if (!b.first.empty() && !b.second.empty())
            g11.insert(b);
    const int hr = hits(t, g11, true, nr);
    const double p = np ? double(hp) / np : 0, r = nr ? double(hr) / nr : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

} // namespace bireader::testing
