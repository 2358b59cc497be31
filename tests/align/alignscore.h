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

// Hits and totals of precision (test beads) and recall (gold beads, nulls left out on
// both sides), summed over documents for a micro average like the scorer's.
struct F1Counts {
    int precisionHits = 0, precisionTotal = 0, recallHits = 0, recallTotal = 0;
    F1Counts &operator+=(const F1Counts &o)
    {
        precisionHits += o.precisionHits;
        precisionTotal += o.precisionTotal;
        recallHits += o.recallHits;
        recallTotal += o.recallTotal;
        return *this;
    }
    double f1() const
    {
        const double p = precisionTotal ? double(precisionHits) / precisionTotal : 0;
        const double r = recallTotal ? double(recallHits) / recallTotal : 0;
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
};

// Strict: a bead is a hit if the other alignment has it. Lax: if one of its source
// sentences is linked there to one of its target sentences.
inline F1Counts f1Counts(const std::vector<IndexBead> &gold, const std::vector<IndexBead> &test, bool lax)
{
    auto count = [lax](const std::vector<IndexBead> &ref, const std::vector<IndexBead> &cand, bool skipNulls, int &hits,
                       int &total) {
        const std::set<IndexBead> refSet(ref.begin(), ref.end());
        std::map<int, std::set<int>> links;
        for (const IndexBead &b : ref)
            if (!skipNulls || (!b.first.empty() && !b.second.empty()))
                for (int i : b.first)
                    links[i].insert(b.second.begin(), b.second.end());
        for (const IndexBead &b : std::set<IndexBead>(cand.begin(), cand.end())) {
            if ((b.first.empty() && b.second.empty()) || (skipNulls && (b.first.empty() || b.second.empty())))
                continue;
            ++total;
            bool hit = refSet.count(b) > 0;
            if (!hit && lax)
                for (int i : b.first)
                    for (int j : b.second)
                        hit = hit || links[i].count(j) > 0;
            hits += hit;
        }
    };
    std::vector<IndexBead> goldPairs;
    for (const IndexBead &b : gold)
        if (!b.first.empty() && !b.second.empty())
            goldPairs.push_back(b);
    F1Counts c;
    count(gold, test, false, c.precisionHits, c.precisionTotal);
    std::vector<IndexBead> testPairs;
    for (const IndexBead &b : test)
        if (!b.first.empty() && !b.second.empty())
            testPairs.push_back(b);
    count(testPairs, goldPairs, true, c.recallHits, c.recallTotal);
    return c;
}

inline double strictF1(const std::vector<IndexBead> &gold, const std::vector<IndexBead> &test)
{
    return f1Counts(gold, test, false).f1();
}

} // namespace bireader::testing
