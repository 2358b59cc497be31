// What the tokenizer adds beside words: the sentence punctuation both languages share,
// and capitalised words that may be pinyin names.
#include "tokenizer.h"

#include <algorithm>

namespace bireader {

// Sentence punctuation both languages share: a question, an exclamation, direct
// speech. Each stands for a word whose stem the other side's unit may have too.
void Tokenizer::addPunctuationWords(QStringView text, UnitFeatures &f)
{
    bool question = false, exclamation = false, speech = false;
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        switch (c) {
        case u'?':
        case u'\uFF1F':
            question = true;
            break;
        case u'!':
        case u'\uFF01':
            exclamation = true;
            break;
        case u'"':
        case u'\u201C':
        case u'\u201D':
        case u'\u300C':
        case u'\u300D':
        case u'\u300E':
        case u'\u300F':
        case u'\u00AB':
        case u'\u00BB':
            speech = true;
            break;
        case u'\'':
        case u'\u2018':
        case u'\u2019': {
            // A single quote is direct speech where it is not an apostrophe (don't, boys').
            const bool letterBefore = i > 0 && text[i - 1].isLetterOrNumber();
            const bool letterAfter = i + 1 < n && text[i + 1].isLetterOrNumber();
            if (!(letterBefore && letterAfter)
                && !(letterBefore && c != u'\u2018' && (i + 1 == n || text[i + 1].isSpace())))
                speech = true;
            break;
        }
        default:
            break;
        }
    }
    auto add = [&](int &id, const char *stem) {
        if (id < 0)
            id = m_interner.intern(QString::fromLatin1(stem));
        f.addWord(id, id);
    };
    if (question)
        add(m_punctuation[0], "#?");
    if (exclamation)
        add(m_punctuation[1], "#!");
    if (speech)
        add(m_punctuation[2], "#speech");
}

void Tokenizer::addNameCandidate(QStringView word, CachedWord &cachedWord, UnitFeatures &f, bool wordAdded)
{
    // A capitalised word inside a sentence may be a name in pinyin (Liang Wenfeng,
    // Chen Qingyang): it also stands for "py:<word>", which Chinese name spans may match.
    // Decided once per surface form and kept with the word in the cache.
    if (cachedWord.nameStem == kUnknownName) {
        cachedWord.nameStem = kNotAName;
        if (word.size() < 2 || !word.front().isUpper())
            return;
        for (QChar c : word)
            if (!(c.unicode() < 128 && c.isLetter()))
                return;
        const QString lower = word.toString().toLower();
        auto it = m_nameStems.find(lower);
        if (it == m_nameStems.end()) {
            it = m_nameStems.insert(lower, m_interner.intern(QStringLiteral("py:") + lower));
            m_names.insert(lower);
        }
        cachedWord.nameStem = it.value();
    }
    const int stem = cachedWord.nameStem;
    if (stem < 0)
        return;
    if (!wordAdded) {
        f.addWord(stem, stem); // a name that is also a stop word (An, He)
        return;
    }
    // The name is the unit's last word: its stem goes at the end of the stems.
    if (std::find(f.stems.begin() + f.wordBegin[size_t(f.wordCount()) - 1], f.stems.end(), stem) == f.stems.end()) {
        f.stems.push_back(stem);
        ++f.wordBegin.back();
    }
}

} // namespace bireader
