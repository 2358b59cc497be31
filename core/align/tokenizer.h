#pragma once

#include "glossary/dictionary.h"
#include "glossary/stemmer.h"

#include <QHash>
#include <QString>
#include <QStringView>

#include <memory>
#include <vector>

namespace bireader {

// Interns stems ("god", "#26", "deepseek") as dense integer ids shared by both sides.
class Lexicon
{
public:
    int intern(const QString &stem);
    int size() const { return int(m_ids.size()); }

private:
    QHash<QString, int> m_ids;
};

// What the aligner knows of one unit (sentence or paragraph): its length and its
// words, each word a set of stems it can match on the other side.
struct UnitFeatures {
    int length = 0;                 // characters, white space excluded
    std::vector<int> wordBegin{0};  // word w's stems: stems[wordBegin[w] .. wordBegin[w+1])
    std::vector<int> stems;

    int wordCount() const { return int(wordBegin.size()) - 1; }
    void addWord(const std::vector<int> &wordStems);
};

// Turns text of one language into UnitFeatures. Chinese/Japanese text is cut into
// words by longest dictionary match and each word stands for its gloss stems;
// alphabetic text is cut at letters and stemmed (Snowball). Numbers on both sides
// become "#N" (二十六, 26 and twenty-six meet), Latin tokens inside CJK text stand
// for themselves (DeepSeek, A100).
class Tokenizer
{
public:
    Tokenizer(const QString &language, const Dictionary *dict, Lexicon &lexicon);
    ~Tokenizer();

    UnitFeatures features(QStringView text);
    bool usesDictionary() const { return m_cjk && m_dict; }

private:
    void addCjkWords(QStringView text, UnitFeatures &f);
    void addAlphabeticWord(QStringView word, UnitFeatures &f);
    const std::vector<int> &glossStems(QStringView headword, int firstLength);
    int stemId(QStringView lowerWord);

    bool m_cjk = false;
    const Dictionary *m_dict = nullptr;
    Lexicon &m_lexicon;
    std::unique_ptr<Stemmer> m_stemmer;
    QHash<QString, std::vector<int>> m_glossCache; // headword -> stems
    QHash<QString, int> m_stemCache;               // lower-case word -> stem id (-1: stop word)
    std::vector<int> m_scratch;
};

bool isStopWord(QStringView lowerWord);

} // namespace bireader
