#pragma once

#include "text/folding.h"

#include <QList>
#include <QMutex>
#include <QStringView>

#include <memory>
#include <vector>

namespace bireader {

// One occurrence of a term in a text (original offsets) and the payload given with it.
struct TermMatch {
    int start = 0;
    int length = 0;
    int payload = 0;
    bool operator==(const TermMatch &) const = default;
};

// Finds every term of a set in one pass over a text (Aho-Corasick), whatever the number
// of terms: the CC-CEDICT headwords and a glossary together. Terms and text are folded
// alike (full-/half-width, case, traditional to simplified). Chinese and Japanese terms
// match anywhere; terms starting or ending with a letter of an alphabetic script match
// whole words only. Build once with addTerm()... build(); then matching is const and
// thread-safe (the folding cache is locked).
class TermMatcher
{
public:
    TermMatcher();
    ~TermMatcher();

    void addTerm(QStringView term, int payload);
    void build();
    int termCount() const { return m_terms; }
    int nodeCount() const { return int(m_depth.size()); }

    // All occurrences, ordered by start, then longest first.
    QList<TermMatch> findAll(QStringView text) const;
    // What a hover at `pos` shows: the longest term starting there first, then the
    // shorter terms inside it (starting there or later), longest first.
    QList<TermMatch> lookupAt(QStringView text, int pos) const;
    // Occurrences lying wholly inside [from, to), ordered as findAll().
    QList<TermMatch> inside(QStringView text, int from, int to) const;

private:
    struct BuildNode;
    int child(int node, char16_t c) const;
    int next(int state, char16_t c) const;
    QList<TermMatch> scan(QStringView text, int from, int to) const;

    // Trie in compressed form: children of node k are m_childChar/m_childNode[m_firstChild[k] ..
    // m_firstChild[k + 1]), sorted by character; the root's children also in m_rootTable.
    std::vector<int> m_firstChild, m_childNode, m_rootTable;
    std::vector<char16_t> m_childChar;
    std::vector<int> m_fail, m_output, m_depth; // m_output: nearest terminal via fail links (or -1)
    std::vector<int> m_payloadStart, m_payloads; // terminal node's payloads
    std::vector<unsigned char> m_wordBoundary; // node's term needs word boundaries (bit 0 start, bit 1 end)
    std::vector<BuildNode> *m_building = nullptr;
    mutable QMutex m_foldLock;
    std::unique_ptr<TextFolder> m_folder;
    int m_terms = 0;
};

} // namespace bireader
