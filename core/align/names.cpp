#include "names.h"

#include "text/script.h"

#include <algorithm>

namespace bireader {
namespace {

constexpr int kMaxNameChars = 4;

} // namespace

void linkNames(UnitFeatures &f, const QStringList &texts, const QSet<QString> &names, PinyinTable &pinyin,
               Lexicon &lexicon)
{
    if (names.isEmpty() || int(f.wordStart.size()) != f.wordCount())
        return;
    QSet<QString> prefixes;
    for (const QString &n : names)
        for (qsizetype k = 1; k <= n.size(); ++k)
            prefixes.insert(n.left(k));
    QHash<QString, int> stems;
    std::vector<std::pair<int, int>> extra; // (word, stem) for all units, added at the end at once
    // Per BMP character: 0 not looked at yet, 1 its pinyin starts no name, 2 it does.
    // Most characters start none; a book asks about each thousands of times.
    std::vector<unsigned char> startsName(65536, 0);
    for (int u = 0; u < f.units() && u < int(texts.size()); ++u) {
        const QString &text = texts[u];
        const auto first = f.wordStart.begin() + f.unitWord[size_t(u)];
        const auto last = f.wordStart.begin() + f.unitWord[size_t(u) + 1];
        for (int p = 0; p < text.size(); ++p) {
            if (!isHanCharacter(text[p]))
                continue;
            unsigned char &known = startsName[text[p].unicode()];
            if (known == 0) {
                const QString &py = pinyin.of(text[p]);
                known = !py.isEmpty() && prefixes.contains(py) ? 2 : 1;
            }
            if (known == 1)
                continue;
            QString span = pinyin.of(text[p]);
            // The word the span starts in: the last word of the unit starting at or before p.
            const auto it = std::upper_bound(first, last, p);
            if (it == first)
                continue;
            const int word = int(it - f.wordStart.begin()) - 1;
            for (int len = 1; len <= kMaxNameChars; ++len) {
                if (names.contains(span)) {
                    auto s = stems.find(span);
                    if (s == stems.end())
                        s = stems.insert(span, lexicon.intern(QStringLiteral("py:") + span));
                    extra.emplace_back(word, s.value());
                }
                if (p + len >= text.size() || !isHanCharacter(text[p + len]))
                    break;
                const QString &next = pinyin.of(text[p + len]);
                if (next.isEmpty())
                    break;
                span += next;
                if (!prefixes.contains(span))
                    break;
            }
        }
    }
    if (!extra.empty())
        f.addWordStems(std::move(extra));
}

} // namespace bireader
