#include "studywords.h"

#include "glossary/dictionary.h"
#include "text/script.h"
#include "text/words.h"
#include "worddatabase.h"

#include <QSet>

namespace bireader {

namespace {

constexpr int kLongestOwnTerm = 8; // characters: the learner's terms longer than this are not looked for

} // namespace

QList<TextRange> studyWords(QStringView text, const QString &language, const Dictionary *dictionary,
                            const WordDatabase *words)
{
    QList<TextRange> out;
    const bool chinese = dictionary && WordDatabase::languageKey(language) == QLatin1String("zh");
    if (!chinese)
        return wordsIn(text, language);
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        int j = i;
        if (isHanCharacter(text[i])) {
            while (j < n && isHanCharacter(text[j]))
                ++j;
            for (int k = i; k < j;) {
                int length = std::max(std::min(dictionary->longestMatch(text.first(j), k), j - k), 1);
                if (words)
                    for (int own = std::min(kLongestOwnTerm, j - k); own > length; --own)
                        if (words->find(language, text.sliced(k, own))) {
                            length = own;
                            break;
                        }
                out.append({ k, length });
                k += length;
            }
        } else {
            while (j < n && !isHanCharacter(text[j]))
                ++j;
            for (const TextRange &r : wordsIn(text.sliced(i, j - i), language))
                out.append({ r.start + i, r.length });
        }
        i = j;
    }
    return out;
}

WordCounts countWords(const QStringList &texts, const QString &language, const Dictionary *dictionary,
                      const WordDatabase &words)
{
    WordCounts c;
    QSet<QString> seen;
    for (const QString &text : texts) {
        for (const TextRange &r : studyWords(text, language, dictionary, &words)) {
            const QStringView word = QStringView(text).sliced(r.start, r.length);
            const QString key = words.termKey(language, word);
            const WordStatus status = words.status(language, word);
            const bool first = !seen.contains(key);
            if (first)
                seen.insert(key);
            if (status == WordStatus::Ignored) {
                c.ignored += first;
                continue;
            }
            ++c.running;
            c.runningKnown += status == WordStatus::Known;
            if (!first)
                continue;
            if (status == WordStatus::Known)
                ++c.known;
            else if (isLearning(status))
                ++c.learning;
            else
                ++c.fresh;
        }
    }
    return c;
}

} // namespace bireader
