#include "termmatcher.h"

#include "text/script.h"

#include <algorithm>
#include <deque>

namespace bireader {

struct TermMatcher::BuildNode {
    std::vector<std::pair<char16_t, int>> kids;
    std::vector<int> payloads;
    unsigned char boundary = 0;
    int depth = 0;
};

namespace {

constexpr int kRoot = 0;
constexpr int kLookupWindow = 160; // longest term a hover looks for, in UTF-16 units

bool isAlphabeticWordChar(QChar c)
{
    return (c.isLetterOrNumber() || c.isMark()) && !isCjkFamily(scriptFamilyOf(c.unicode()))
        && !(c.unicode() >= 0x3040 && c.unicode() < 0x3100);
}

} // namespace

TermMatcher::TermMatcher()
    : m_folder(std::make_unique<TextFolder>())
{
    m_building = new std::vector<BuildNode>(1);
    m_rootTable.assign(65536, -1);
}

TermMatcher::~TermMatcher()
{
    delete m_building;
}

void TermMatcher::addTerm(QStringView term, int payload)
{
    if (!m_building)
        return; // already built
    const QString key = m_folder->foldKey(term).trimmed();
    if (key.isEmpty())
        return;
    std::vector<BuildNode> &nodes = *m_building;
    int node = kRoot;
    for (QChar qc : key) {
        const char16_t c = qc.unicode();
        int found = -1;
        if (node == kRoot) {
            found = m_rootTable[c];
        } else {
            for (const auto &[ch, k] : nodes[size_t(node)].kids)
                if (ch == c) {
                    found = k;
                    break;
                }
        }
        if (found < 0) {
            found = int(nodes.size());
            nodes.push_back({});
            nodes.back().depth = nodes[size_t(node)].depth + 1;
            nodes[size_t(node)].kids.emplace_back(c, found);
            if (node == kRoot)
                m_rootTable[c] = found;
        }
        node = found;
    }
    BuildNode &end = nodes[size_t(node)];
    end.payloads.push_back(payload);
    end.boundary = (isAlphabeticWordChar(key.front()) ? 1 : 0) | (isAlphabeticWordChar(key.back()) ? 2 : 0);
    ++m_terms;
}

void TermMatcher::build()
{
    if (!m_building)
        return;
    std::vector<BuildNode> &nodes = *m_building;
    const size_t n = nodes.size();
    m_firstChild.assign(n + 1, 0);
    m_depth.resize(n);
    m_wordBoundary.resize(n);
    m_payloadStart.assign(n + 1, 0);
    for (size_t k = 0; k < n; ++k) {
        std::sort(nodes[k].kids.begin(), nodes[k].kids.end());
        m_firstChild[k + 1] = m_firstChild[k] + int(nodes[k].kids.size());
        m_depth[k] = nodes[k].depth;
        m_wordBoundary[k] = nodes[k].boundary;
        m_payloadStart[k + 1] = m_payloadStart[k] + int(nodes[k].payloads.size());
    }
    m_childChar.resize(size_t(m_firstChild[n]));
    m_childNode.resize(size_t(m_firstChild[n]));
    m_payloads.reserve(size_t(m_payloadStart[n]));
    for (size_t k = 0; k < n; ++k) {
        for (size_t i = 0; i < nodes[k].kids.size(); ++i) {
            m_childChar[size_t(m_firstChild[k]) + i] = nodes[k].kids[i].first;
            m_childNode[size_t(m_firstChild[k]) + i] = nodes[k].kids[i].second;
        }
        m_payloads.insert(m_payloads.end(), nodes[k].payloads.begin(), nodes[k].payloads.end());
    }

    // Failure links breadth first: the longest proper suffix that is also in the trie.
    m_fail.assign(n, kRoot);
    m_output.assign(n, -1);
    std::deque<int> queue;
    for (const auto &[c, k] : nodes[kRoot].kids)
        queue.push_back(k);
    while (!queue.empty()) {
        const int u = queue.front();
        queue.pop_front();
        const int f = m_fail[size_t(u)];
        m_output[size_t(u)] = !nodes[size_t(u)].payloads.empty() ? u : (f == kRoot ? -1 : m_output[size_t(f)]);
        for (const auto &[c, v] : nodes[size_t(u)].kids) {
            int g = f;
            int target = child(g, c);
            while (target < 0 && g != kRoot) {
                g = m_fail[size_t(g)];
                target = child(g, c);
            }
            m_fail[size_t(v)] = (target >= 0 && target != v) ? target : kRoot;
            queue.push_back(v);
        }
    }
    delete m_building;
    m_building = nullptr;
}

int TermMatcher::child(int node, char16_t c) const
{
    if (node == kRoot)
        return m_rootTable[c];
    const auto begin = m_childChar.begin() + m_firstChild[size_t(node)];
    const auto end = m_childChar.begin() + m_firstChild[size_t(node) + 1];
    const auto it = std::lower_bound(begin, end, c);
    return (it != end && *it == c) ? m_childNode[size_t(it - m_childChar.begin())] : -1;
}

int TermMatcher::next(int state, char16_t c) const
{
    while (true) {
        const int k = child(state, c);
        if (k >= 0)
            return k;
        if (state == kRoot)
            return kRoot;
        state = m_fail[size_t(state)];
    }
}

QList<TermMatch> TermMatcher::scan(QStringView text, int from, int to) const
{
    QList<TermMatch> out;
    if (m_building || from >= to)
        return out;
    FoldedText folded;
    {
        QMutexLocker lock(&m_foldLock);
        folded = m_folder->fold(text.mid(from, to - from));
    }
    auto wordCharAt
        = [&](int original) { return original >= 0 && original < text.size() && isAlphabeticWordChar(text[original]); };
    int state = kRoot;
    for (int i = 0; i < int(folded.text.size()); ++i) {
        state = next(state, folded.text[i].unicode());
        for (int t = m_output[size_t(state)]; t >= 0; t = m_output[size_t(m_fail[size_t(t)])]) {
            const int fs = i + 1 - m_depth[size_t(t)];
            const int start = from + folded.originalStart(fs), end = from + folded.originalEnd(i + 1);
            const unsigned char wb = m_wordBoundary[size_t(t)];
            const bool ok = !((wb & 1) && wordCharAt(start - 1)) && !((wb & 2) && wordCharAt(end));
            if (ok)
                for (int p = m_payloadStart[size_t(t)]; p < m_payloadStart[size_t(t) + 1]; ++p)
                    out.append({ start, end - start, m_payloads[size_t(p)] });
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const TermMatch &a, const TermMatch &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    return out;
}

QList<TermMatch> TermMatcher::findAll(QStringView text) const
{
    return scan(text, 0, int(text.size()));
}

QList<TermMatch> TermMatcher::inside(QStringView text, int from, int to) const
{
    QList<TermMatch> out;
    from = std::clamp(from, 0, int(text.size()));
    to = std::clamp(to, from, int(text.size()));
    for (const TermMatch &m : scan(text, from, to))
        if (m.start >= from && m.start + m.length <= to)
            out.append(m);
    return out;
}

QList<TermMatch> TermMatcher::lookupAt(QStringView text, int pos) const
{
    const QList<TermMatch> window = scan(text, pos, std::min<int>(int(text.size()), pos + kLookupWindow));
    QList<TermMatch> out;
    int longest = 0;
    for (const TermMatch &m : window)
        if (m.start == pos)
            longest = std::max(longest, m.length);
    if (longest == 0)
        return out;
    for (const TermMatch &m : window)
        if (m.start >= pos && m.start + m.length <= pos + longest)
            out.append(m);
    // The longest term starts at pos; every other one lies inside it and is shorter.
    std::stable_sort(out.begin(), out.end(), [](const TermMatch &a, const TermMatch &b) {
        return a.length != b.length ? a.length > b.length : a.start < b.start;
    });
    return out;
}

} // namespace bireader
