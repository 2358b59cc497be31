#pragma once

#include "glossary/dictionary.h"
#include "glossary/stemmer.h"
#include "wordcache.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringView>

#include <array>
#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace bireader {

// Interns stems ("god", "#26", "deepseek") as dense integer ids shared by both sides.
// Thread-safe: the two sides are tokenized in parallel. Ids depend on the order in
// which the threads come; nothing may depend on their order.
class StemInterner
{
public:
    int intern(QStringView stem);
    int size() const { return m_size.load(std::memory_order_acquire); }

private:
    // Stems are spread over shards by hash, each behind a spin lock held for one hash
    // lookup: two threads rarely want the same shard at once (with one table the two
    // tokenizing threads spent a third of their interning waiting), and a sleeping
    // mutex's system calls cost more than the lookup on a virtual machine.
    static constexpr int kShards = 16;
    struct Shard {
        std::atomic_flag busy = ATOMIC_FLAG_INIT;
        WordCache<int> ids;
    };
    struct Hold {
        std::atomic_flag &flag;
        explicit Hold(std::atomic_flag &f)
            : flag(f)
        {
            while (flag.test_and_set(std::memory_order_acquire))
                while (flag.test(std::memory_order_relaxed)) { }
        }
        ~Hold() { flag.clear(std::memory_order_release); }
    };
    std::array<Shard, kShards> m_shards;
    std::atomic<int> m_size { 0 };
};

// What the aligner knows of units (sentences or paragraphs): one unit, or all the units
// of one side in flat arrays (a book's units make no allocation each). Unit u's words
// are [unitWord[u], unitWord[u+1]); each word is a set of stems it can match on the
// other side.
struct UnitFeatures {
    std::vector<int> unitWord { 0 };
    std::vector<int> lengths; // per unit: characters, white space excluded
    std::vector<int> wordBegin { 0 }; // word w's stems: stems[wordBegin[w] .. wordBegin[w+1])
    std::vector<int> stems;
    std::vector<int> keys; // word w's surface form (interned), for learning associations
    std::vector<int> wordStart; // CJK side with a dictionary: where word w starts in its unit's text (for names)

    int units() const { return int(unitWord.size()) - 1; }
    int wordCount() const { return int(wordBegin.size()) - 1; } // all units' words
    int length() const { return lengths.empty() ? 0 : lengths.back(); } // the last unit's
    // Unit u's stems: stems[stemBegin(u) .. stemBegin(u + 1)).
    int stemBegin(int u) const { return wordBegin[size_t(unitWord[size_t(u)])]; }
    void addWord(int key, const std::vector<int> &wordStems);
    void addWord(int key, int stem); // a word of one stem
    void endUnit(int length);
    // Appends stems to single words: (word index, stem) pairs, any order.
    void addWordStems(std::vector<std::pair<int, int>> extra);
};

// Turns text of one language into UnitFeatures. Chinese/Japanese text is cut into
// words by longest dictionary match and each word stands for its gloss stems;
// alphabetic text is cut at letters and stemmed (Snowball). Numbers on both sides
// become "#N" (二十六, 26 and twenty-six meet), Latin tokens inside CJK text stand
// for themselves (DeepSeek, A100).
class Tokenizer
{
public:
    Tokenizer(const QString &language, const Dictionary *dict, StemInterner &interner);
    ~Tokenizer();

    UnitFeatures features(QStringView text); // one unit
    void append(QStringView text, UnitFeatures &units); // one more unit
    // Reserves room for the features of `texts`: a bound on their words, so the arrays
    // never move while they grow (a move touches the memory twice).
    void reserve(const QStringList &texts, UnitFeatures &units) const;
    bool usesDictionary() const { return m_cjk && m_dict; }
    bool isChinese() const { return m_chinese; }
    // Capitalised words seen inside sentences, lower case: the names pinyin may match.
    const QSet<QString> &nameCandidates() const { return m_names; }

private:
    static constexpr int kUnknownName = -2, kNotAName = -1;
    struct CachedWord {
        int key = -1; // -1: a stop word
        std::vector<int> stems;
        int nameStem = kUnknownName; // the "py:" stem of a capitalised word, kNotAName if none
        bool number = false; // an English number word: it may start a phrase (six hundred and ten)
    };
    void addFeatures(QStringView text, UnitFeatures &f);
    void addCjkWords(QStringView text, UnitFeatures &f);
    void addPunctuationWords(QStringView text, UnitFeatures &f);
    std::array<int, 3> m_punctuation { -1, -1, -1 };
    CachedWord &addAlphabeticWord(QStringView word, UnitFeatures &f);
    CachedWord &cachedAlphabeticWord(QStringView word);
    void addCached(const CachedWord &w, UnitFeatures &f);
    void addNameCandidate(QStringView word, CachedWord &cachedWord, UnitFeatures &f, bool wordAdded);
    std::vector<int> glossStems(QStringView headword);
    int stemId(QStringView lowerWord);
    // Cache lookups allocate nothing; a reference stays valid after later inserts.
    CachedWord *cached(QStringView surface);
    CachedWord &insertCached(QStringView surface, CachedWord word);

    bool m_cjk = false;
    bool m_chinese = false;
    const Dictionary *m_dict = nullptr;
    StemInterner &m_interner;
    std::unique_ptr<Stemmer> m_stemmer;
    std::vector<int> m_singleChar; // BMP character -> m_singleCharWords index (CJK only, made on first use)
    std::vector<CachedWord> m_singleCharWords;
    QSet<QString> m_names;
    QHash<QString, int> m_nameStems;
    WordCache<CachedWord> m_cache; // surface form -> key and stems
    static constexpr int kNotANumber = -1;
    WordCache<int> m_numerals; // Chinese numeral run -> its "#N" stem, or kNotANumber
    WordCache<int> m_glossWords; // a word of a dictionary gloss -> its stem, or -1 (a stop word)
    std::vector<int> m_entries; // glossStems()'s buffers
    std::u16string m_clean;
};

bool isStopWord(QStringView lowerWord);

} // namespace bireader
