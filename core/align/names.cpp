#include "names.h"

#include "text/script.h"
#include "text/viewmap.h"

#include <algorithm>
#include <iterator>

namespace bireader {
namespace {

constexpr int kMaxNameChars = 4;

} // namespace

std::vector<NameHit> findNames(const QStringList &texts, const QSet<QString> &names, PinyinTable &pinyin,
                               StemInterner &interner)
{
    std::vector<NameHit> hits;
    if (names.isEmpty())
        return hits;
    // Every prefix of a name (views into `owned`): 1 when it is a whole name, else 0.
    const QStringList owned(names.begin(), names.end());
    ViewMap prefixes;
    for (const QString &n : owned)
        for (qsizetype k = 1; k <= std::min(n.size(), ViewMap::kMaxKey); ++k)
            prefixes(QStringView(n).left(k), 0) |= k == n.size() ? 1 : 0;
    QHash<QString, int> stems;
    // Per BMP character: its pinyin (an index into `readings`), looked up once: a book
    // asks about each character thousands of times. -1: not yet, -2: starts no name.
    std::vector<int> reading(65536, -1);
    QStringList readings;
    std::vector<signed char> startsName(65536, -1); // -1: not yet; else whether its reading starts a name
    auto readingOf = [&](QChar c) -> int {
        int &r = reading[c.unicode()];
        if (r == -1) {
            const QString &py = pinyin.of(c);
            r = py.isEmpty() ? -2 : int(readings.size());
            if (r >= 0)
                readings.append(py);
        }
        return r;
    };
    char16_t span[kMaxNameChars * 8];
    for (int u = 0; u < int(texts.size()); ++u) {
        const QString &text = texts[u];
        for (int p = 0; p < text.size(); ++p) {
            if (!isHanCharacter(text[p]))
                continue;
            const int r0 = readingOf(text[p]);
            signed char &starts = startsName[text[p].unicode()]; // decided once per character
            if (starts < 0)
                starts = r0 >= 0 && prefixes.contains(readings[r0]);
            if (!starts)
                continue;
            qsizetype length = 0;
            for (int len = 1, r = r0; len <= kMaxNameChars; ++len) {
                const QString &syllable = readings[r];
                if (length + syllable.size() > qsizetype(std::size(span)))
                    break;
                std::copy(syllable.utf16(), syllable.utf16() + syllable.size(), span + length);
                length += syllable.size();
                const int known = prefixes.value(QStringView(span, length));
                if (known == ViewMap::kAbsent)
                    break;
                if (known == 1) {
                    const QString name = QString::fromUtf16(span, length);
                    auto s = stems.find(name);
                    if (s == stems.end())
                        s = stems.insert(name, interner.intern(QStringLiteral("py:") + name));
                    hits.push_back({ u, p, s.value() });
                }
                if (p + len >= text.size() || !isHanCharacter(text[p + len]) || (r = readingOf(text[p + len])) < 0)
                    break;
            }
        }
    }
    return hits;
}

void addNameStems(UnitFeatures &f, const std::vector<NameHit> &hits)
{
    if (hits.empty() || int(f.wordStart.size()) != f.wordCount())
        return;
    std::vector<std::pair<int, int>> extra; // (word, stem), added at once
    extra.reserve(hits.size());
    for (const NameHit &h : hits) {
        if (h.unit >= f.units())
            break;
        // The word the span starts in: the last word of the unit starting at or before it.
        const auto first = f.wordStart.begin() + f.unitWord[size_t(h.unit)];
        const auto last = f.wordStart.begin() + f.unitWord[size_t(h.unit) + 1];
        const auto it = std::upper_bound(first, last, h.position);
        if (it != first)
            extra.emplace_back(int(it - f.wordStart.begin()) - 1, h.stem);
    }
    if (!extra.empty())
        f.addWordStems(std::move(extra));
}

void linkNames(UnitFeatures &f, const QStringList &texts, const QSet<QString> &names, PinyinTable &pinyin,
               StemInterner &interner)
{
    if (int(f.wordStart.size()) == f.wordCount())
        addNameStems(f, findNames(texts, names, pinyin, interner));
}

} // namespace bireader
