#pragma once

#include "text/viewmap.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace bireader {

// One dictionary entry (CC-CEDICT style): headwords, reading, glosses.
struct DictEntry {
    QString traditional;
    QString simplified;
    QString reading; // numbered pinyin as in CC-CEDICT, e.g. "zhong1 guo2"
    QStringList glosses;
};

// A read-only dictionary with exact and longest-match lookup on headwords
// (simplified and traditional both). Lines are kept raw and parsed on demand, packed
// into large text chunks (no allocation a line), so loading the 120k entries of
// CC-CEDICT stays fast and small.
class Dictionary
{
public:
    Dictionary() = default;
    // Move only: the headword index holds views into the text chunks, which a copy would
    // share until one side grew.
    Dictionary(const Dictionary &) = delete;
    Dictionary &operator=(const Dictionary &) = delete;
    Dictionary(Dictionary &&) = default;
    Dictionary &operator=(Dictionary &&) = default;

    int size() const { return int(m_parsed.size()); }
    bool isEmpty() const { return m_parsed.empty(); }
    int maxHeadwordLength() const { return m_maxLength; }

    // Entries whose simplified or traditional headword equals `word`, in file order.
    QList<int> lookup(QStringView word) const;
    void lookup(QStringView word, std::vector<int> &entries) const; // the same into a reused buffer
    bool contains(QStringView word) const
    {
        const int head = m_heads.value(word);
        return head != ViewMap::kAbsent && head != kPrefixOnly;
    }
    // Length of the longest headword starting at `pos` (0 if none); its entries in *entries.
    int longestMatch(QStringView text, int pos, QList<int> *entries = nullptr) const;

    DictEntry entry(int index) const;
    QStringView simplified(int index) const;
    QStringView glossField(int index) const; // "/a/b/c/" without the outer slashes

    void reserve(int entries);
    // Adds one raw CC-CEDICT line; returns false when it is not a valid entry.
    bool addCedictLine(QStringView line);

private:
    struct Parsed {
        quint32 chunk, offset; // where the line is stored
        quint16 tradLen, simpStart, simpLen, readStart, readLen, glossStart, glossLen;
    };
    void index(QStringView key, int entry);
    QStringView line(int index) const;

    // Lines, packed; a chunk never grows past its first capacity, so the views in
    // m_heads stay valid.
    std::vector<QString> m_chunks;
    std::vector<Parsed> m_parsed;
    ViewMap m_heads; // headword -> first posting, or kPrefixOnly
    static constexpr int kPrefixOnly = -1; // a proper prefix of some headword, not one itself
    static constexpr int kMaxHeadword = 255; // UTF-16 units; m_maxLengthByFirst holds lengths in a byte
    std::vector<unsigned char> m_maxLengthByFirst = std::vector<unsigned char>(65536, 0); // by first UTF-16 unit
    std::vector<std::pair<int, int>> m_postings; // (entry, next posting or -1)
    std::vector<int> m_singleHeads = std::vector<int>(65536, ViewMap::kAbsent); // m_heads of one-unit keys
    int m_maxLength = 0;
};

} // namespace bireader
