#include "dictionary.h"

#include <algorithm>

namespace bireader {

namespace {

constexpr qsizetype kChunk = 1 << 20; // UTF-16 units of line text a chunk

} // namespace

void Dictionary::reserve(int entries)
{
    m_parsed.reserve(size_t(entries));
    m_postings.reserve(size_t(entries) * 2);
    m_heads.reserve(size_t(entries) * 2); // headwords and their prefixes: 2.3 keys a CC-CEDICT entry
}

bool Dictionary::addCedictLine(QStringView line)
{
    // TRADITIONAL SIMPLIFIED [pin1 yin1] /gloss/gloss/
    if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.size() > 60000)
        return false;
    while (!line.isEmpty() && (line.back() == QLatin1Char('\r') || line.back().isSpace()))
        line.chop(1);
    const qsizetype sp1 = line.indexOf(QLatin1Char(' '));
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(QLatin1Char(' '), sp1 + 1);
    const qsizetype lb = sp2 < 0 ? -1 : line.indexOf(QLatin1Char('['), sp2);
    const qsizetype rb = lb < 0 ? -1 : line.indexOf(QLatin1Char(']'), lb);
    const qsizetype gs = rb < 0 ? -1 : line.indexOf(QLatin1Char('/'), rb);
    if (sp1 <= 0 || sp2 <= sp1 + 1 || lb != sp2 + 1 || rb < 0 || gs < 0 || !line.endsWith(QLatin1Char('/'))
        || line.size() - gs < 3)
        return false;
    // Headwords are words: one longer than the matcher's 255-unit reach is a broken line
    // (found by fuzzing: it was stored but could never be looked up).
    if (sp1 > kMaxHeadword || sp2 - sp1 - 1 > kMaxHeadword)
        return false;
    if (m_chunks.empty() || m_chunks.back().size() + line.size() > m_chunks.back().capacity()) {
        m_chunks.emplace_back();
        m_chunks.back().reserve(std::max(kChunk, line.size()));
    }
    QString &chunk = m_chunks.back();
    const Parsed p { quint32(m_chunks.size() - 1), quint32(chunk.size()), quint16(sp1),         quint16(sp1 + 1),
                     quint16(sp2 - sp1 - 1),       quint16(lb + 1),       quint16(rb - lb - 1), quint16(gs + 1),
                     quint16(line.size() - gs - 2) };
    chunk.append(line); // within the reserved capacity: the chunk does not move
    const int entry = int(m_parsed.size());
    m_parsed.push_back(p);
    const QStringView stored = this->line(entry);
    const QStringView trad = stored.left(p.tradLen);
    const QStringView simp = stored.mid(p.simpStart, p.simpLen);
    index(simp, entry);
    if (trad != simp)
        index(trad, entry);
    return true;
}

QStringView Dictionary::line(int index) const
{
    const Parsed &p = m_parsed[size_t(index)];
    return QStringView(m_chunks[p.chunk]).mid(p.offset, p.glossStart + p.glossLen + 1);
}

void Dictionary::index(QStringView key, int entry)
{
    const int posting = int(m_postings.size());
    int &head = m_heads(key, kPrefixOnly);
    m_postings.emplace_back(entry, head == kPrefixOnly ? -1 : head);
    head = posting;
    if (key.size() == 1)
        m_singleHeads[key.front().unicode()] = posting;
    // Proper prefixes let longestMatch() stop as soon as no headword can continue.
    for (qsizetype len = key.size() - 1; len >= 1; --len) {
        if (m_heads.contains(key.left(len)))
            break; // shorter prefixes were indexed with it
        m_heads(key.left(len), kPrefixOnly);
        if (len == 1)
            m_singleHeads[key.front().unicode()] = kPrefixOnly;
    }
    m_maxLength = std::max(m_maxLength, int(key.size()));
    unsigned char &first = m_maxLengthByFirst[key.front().unicode()];
    first = (unsigned char)std::min(255, std::max(int(first), int(key.size())));
}

void Dictionary::lookup(QStringView word, std::vector<int> &entries) const
{
    entries.clear();
    const int head = m_heads.value(word);
    if (head == ViewMap::kAbsent || head == kPrefixOnly)
        return;
    for (int p = head; p >= 0; p = m_postings[size_t(p)].second)
        entries.push_back(m_postings[size_t(p)].first);
    std::reverse(entries.begin(), entries.end()); // postings run newest first
}

QList<int> Dictionary::lookup(QStringView word) const
{
    std::vector<int> entries;
    lookup(word, entries);
    return QList<int>(entries.begin(), entries.end());
}

int Dictionary::longestMatch(QStringView text, int pos, QList<int> *entries) const
{
    if (pos >= text.size())
        return 0;
    const int maxLen = std::min<int>(int(m_maxLengthByFirst[text[pos].unicode()]), int(text.size()) - pos);
    // The index is megabytes: each probe misses the cache. The hashes of the first few
    // prefixes are known up front, so their slots are loaded at once, not one by one.
    constexpr int kAhead = 4;
    uint64_t hashes[kAhead + 1];
    uint64_t h = fnv1aStep(kFnv1aStart, text[pos]);
    for (int len = 2; len <= std::min(maxLen, kAhead); ++len) {
        h = fnv1aStep(h, text[pos + len - 1]);
        hashes[len] = h;
        m_heads.prefetch(h);
    }
    h = fnv1aStep(kFnv1aStart, text[pos]);
    int best = 0;
    for (int len = 1; len <= maxLen; ++len) {
        // One unit: a table lookup.
        int head;
        if (len == 1) {
            head = m_singleHeads[text[pos].unicode()];
        } else {
            h = len <= kAhead ? hashes[len] : fnv1aStep(h, text[pos + len - 1]);
            head = m_heads.value(text.mid(pos, len), h);
        }
        if (head == ViewMap::kAbsent) {
            if (len == 1 || !text[pos + len - 1].isHighSurrogate())
                break; // no headword continues this way (a surrogate pair may still complete)
            continue;
        }
        if (head != kPrefixOnly && !text[pos + len - 1].isHighSurrogate())
            best = len;
    }
    if (best && entries)
        *entries = lookup(text.mid(pos, best));
    return best;
}

QStringView Dictionary::simplified(int index) const
{
    const Parsed &p = m_parsed[size_t(index)];
    return line(index).mid(p.simpStart, p.simpLen);
}

QStringView Dictionary::glossField(int index) const
{
    const Parsed &p = m_parsed[size_t(index)];
    return line(index).mid(p.glossStart, p.glossLen);
}

DictEntry Dictionary::entry(int index) const
{
    const Parsed &p = m_parsed[size_t(index)];
    const QStringView text = line(index);
    DictEntry e;
    e.traditional = text.left(p.tradLen).toString();
    e.simplified = text.mid(p.simpStart, p.simpLen).toString();
    e.reading = text.mid(p.readStart, p.readLen).toString();
    for (QStringView g : text.mid(p.glossStart, p.glossLen).split(QLatin1Char('/'), Qt::SkipEmptyParts))
        e.glosses.append(g.toString());
    return e;
}

} // namespace bireader
