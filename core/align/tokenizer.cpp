#include "tokenizer.h"

#include "text/numbers.h"
#include "text/script.h"

#include <QSet>

#include <algorithm>

namespace bireader {
namespace {

// Records where the next CJK word starts (Latin words between CJK ones get the same start).
void markWordStart(UnitFeatures &f, int start)
{
    f.wordStart.resize(size_t(f.wordCount()), start);
    f.wordStart.push_back(start);
}

bool endsSentence(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QChar(0x2026)
        || c == QChar(0x3002);
}

QString numberStem(long long value)
{
    return QLatin1Char('#') + QString::number(value);
}

// Chinese characters, those beyond the BMP (surrogates) included.
bool isHan(QChar c)
{
    return isHanCharacter(c) || c.isSurrogate();
}

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128) // most text is ASCII: no call into Qt's tables
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
    return c.isLetterOrNumber() || c.isMark();
}

// Gloss text without parenthesised notes, classifiers and cross-references.
bool usefulGloss(QStringView g)
{
    static const char *skip[] = { "CL:",     "variant of",    "old variant of",   "see ", "abbr. for", "also written",
                                  "used in", "erhua variant", "Japanese variant", "(Tw)", "pr." };
    for (const char *s : skip)
        if (g.startsWith(QLatin1String(s)))
            return false;
    return true;
}

} // namespace

bool isStopWord(QStringView w)
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *x :
             { "a",          "an",         "the",        "and",     "or",       "but",   "of",    "to",
               "in",         "on",         "at",         "by",      "for",      "with",  "from",  "as",
               "into",       "onto",       "upon",       "than",    "that",     "this",  "these", "those",
               "it",         "its",        "is",         "are",     "was",      "were",  "be",    "been",
               "being",      "am",         "do",         "does",    "did",      "have",  "has",   "had",
               "not",        "no",         "so",         "if",      "then",     "there", "their", "they",
               "them",       "he",         "him",        "his",     "she",      "her",   "hers",  "we",
               "us",         "our",        "you",        "your",    "i",        "me",    "my",    "mine",
               "who",        "whom",       "which",      "what",    "when",     "where", "why",   "how",
               "all",        "any",        "some",       "such",    "can",      "could", "will",  "would",
               "shall",      "should",     "may",        "might",   "must",     "also",  "very",  "just",
               "only",       "about",      "over",       "out",     "up",       "down",  "s",     "t",
               "thee",       "thou",       "thy",        "ye",      "unto",     "hath",  "doth",  "one's",
               "sb",         "sth",        "something",  "someone", "somebody", "etc",   "e.g",   "i.e",
               "lit",        "fig",        "esp",        "surname", "abbr",     "used",  "kind",  "particle",
               "classifier", "indicating", "expressing", "etc.",    "de",       "le",    "yes",   "after",
               "before" })
            s.insert(QString::fromLatin1(x));
        return s;
    }();
    return words.contains(w.toString());
}

Tokenizer::Tokenizer(const QString &language, const Dictionary *dict, StemInterner &interner)
    : m_dict(dict && !dict->isEmpty() ? dict : nullptr)
    , m_interner(interner)
    , m_stemmer(std::make_unique<Stemmer>("english"))
{
    const QString base = language.section(QLatin1Char('-'), 0, 0).toLower();
    m_cjk = base == QLatin1String("zh") || base == QLatin1String("ja") || base == QLatin1String("ko")
        || base == QLatin1String("th");
    m_chinese = base == QLatin1String("zh");
    if (!m_cjk) {
        if (const char *snowball = snowballLanguage(language); snowball && qstrcmp(snowball, "english") != 0)
            m_stemmer = std::make_unique<Stemmer>(snowball);
    }
}

Tokenizer::~Tokenizer() = default;

Tokenizer::CachedWord *Tokenizer::cached(QStringView surface)
{
    return m_cache.find(surface);
}

Tokenizer::CachedWord &Tokenizer::insertCached(QStringView surface, CachedWord word)
{
    return m_cache.insert(surface, std::move(word));
}

void Tokenizer::addCached(const CachedWord &w, UnitFeatures &f)
{
    if (w.key >= 0)
        f.addWord(w.key, w.stems);
}

int Tokenizer::stemId(QStringView lower)
{
    int id = -1;
    if (lower.size() > 0 && lower[0].isDigit()) {
        QString digits = lower.toString();
        digits.remove(QLatin1Char(','));
        bool ok = false;
        const long long v = digits.toLongLong(&ok);
        id = m_interner.intern(ok ? numberStem(v) : digits);
    } else if (const auto n = englishNumberWord(lower)) {
        id = m_interner.intern(numberStem(*n));
    } else if (!isStopWord(lower)) {
        id = m_interner.intern(m_stemmer->stem(lower));
    }
    return id;
}

Tokenizer::CachedWord &Tokenizer::cachedAlphabeticWord(QStringView word)
{
    if (CachedWord *c = cached(word))
        return *c;
    const QString lower = word.toString().toLower();
    QStringView w(lower);
    if (w.endsWith(QLatin1String("'s")) || w.endsWith(u"\u2019s"))
        w.chop(2);
    const int id = stemId(w);
    return insertCached(word,
                        { id, id >= 0 ? std::vector<int> { id } : std::vector<int> {}, kUnknownName,
                          englishNumberWord(w).has_value() });
}

Tokenizer::CachedWord &Tokenizer::addAlphabeticWord(QStringView word, UnitFeatures &f)
{
    CachedWord &c = cachedAlphabeticWord(word);
    addCached(c, f);
    return c;
}

std::vector<int> Tokenizer::glossStems(QStringView headword)
{
    // Reused buffers: the two tokenizing threads share one heap, and its lock.
    std::vector<int> stems;
    m_dict->lookup(headword, m_entries);
    for (int e : m_entries) {
        const QStringView field = m_dict->glossField(e);
        for (qsizetype from = 0; from < field.size();) {
            qsizetype to = field.indexOf(QLatin1Char('/'), from);
            if (to < 0)
                to = field.size();
            const QStringView gloss = field.mid(from, to - from);
            from = to + 1;
            if (gloss.isEmpty() || !usefulGloss(gloss))
                continue;
            m_clean.clear(); // the gloss without its parenthesised notes
            int depth = 0;
            for (QChar c : gloss) {
                depth += (c == QLatin1Char('(') || c == QLatin1Char('['))
                    - (c == QLatin1Char(')') || c == QLatin1Char(']'));
                if (depth == 0 && c != QLatin1Char(')') && c != QLatin1Char(']'))
                    m_clean.push_back(c.unicode());
            }
            const QStringView clean(m_clean.data(), qsizetype(m_clean.size()));
            qsizetype i = 0;
            while (i < clean.size()) {
                while (i < clean.size() && !isWordChar(clean[i]))
                    ++i;
                qsizetype j = i;
                // Hyphenated gloss words count as their parts, as they do in the text.
                while (j < clean.size() && isWordChar(clean[j]))
                    ++j;
                if (j > i) {
                    // Gloss words have a cache of their own: a gloss may hold a Chinese
                    // word, which must not stand for that word in the text.
                    const QStringView word = clean.mid(i, j - i);
                    const int *known = m_glossWords.find(word);
                    const int id = known ? *known : m_glossWords.insert(word, stemId(word.toString().toLower()));
                    if (id >= 0 && std::find(stems.begin(), stems.end(), id) == stems.end())
                        stems.push_back(id);
                }
                i = j;
            }
        }
        if (stems.size() >= 24)
            break;
    }
    return stems;
}

void Tokenizer::addCjkWords(QStringView text, UnitFeatures &f)
{
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (isHan(c)) {
            // A numeral run first: 二十六 is one number, not three dictionary words.
            int j = i;
            while (j < n && isChineseNumeralChar(text[j]))
                ++j;
            if (j - i >= 2 || (j - i == 1 && text[i] == QChar(0x5341))) { // 十
                // Each numeral's stem is worked out once (kNotANumber: it does not parse).
                const QStringView numeral = text.mid(i, j - i);
                int *id = m_numerals.find(numeral);
                if (!id) {
                    const auto v = parseChineseNumeral(numeral);
                    id = &m_numerals.insert(numeral, v ? m_interner.intern(numberStem(*v)) : kNotANumber);
                }
                if (*id != kNotANumber) {
                    if (m_dict) // starts serve name matching, which needs the dictionary's readings
                        markWordStart(f, i);
                    f.addWord(*id, *id);
                    i = j;
                    continue;
                }
            }
            // A dictionary word, or else a single character: both can learn associations.
            const int len = std::max(1, m_dict ? m_dict->longestMatch(text, i) : 0);
            const QStringView word = text.mid(i, len);
            if (m_dict)
                markWordStart(f, i);
            if (len == 1 && !c.isSurrogate()) { // a character on its own: a table, not a hash
                if (m_singleChar.empty())
                    m_singleChar.assign(65536, -1);
                int &slot = m_singleChar[c.unicode()];
                if (slot < 0) {
                    CachedWord w { m_interner.intern(QChar(0x1) + word.toString()), {} };
                    if (m_dict)
                        w.stems = glossStems(word);
                    slot = int(m_singleCharWords.size());
                    m_singleCharWords.push_back(std::move(w));
                }
                addCached(m_singleCharWords[size_t(slot)], f);
            } else if (const CachedWord *c = cached(word)) {
                addCached(*c, f);
            } else {
                CachedWord w { m_interner.intern(QChar(0x1) + word.toString()), {} };
                if (m_dict)
                    w.stems = glossStems(word);
                addCached(insertCached(word, std::move(w)), f);
            }
            i += len;
        } else if (isWordChar(c) && !isCjkFamily(scriptFamilyOf(c.unicode()))) {
            int j = i;
            while (j < n && isWordChar(text[j]) && !isHan(text[j]))
                ++j;
            addAlphabeticWord(text.mid(i, j - i), f);
            i = j;
        } else {
            ++i;
        }
    }
}

UnitFeatures Tokenizer::features(QStringView text)
{
    UnitFeatures f;
    append(text, f);
    return f;
}

void Tokenizer::reserve(const QStringList &texts, UnitFeatures &f) const
{
    size_t characters = 0;
    for (const QString &t : texts)
        characters += size_t(t.size());
    // CJK: at most a word a character; alphabetic: a word takes a letter and a separator.
    const size_t words = f.keys.size() + (m_cjk ? characters : characters / 2 + size_t(texts.size()));
    f.unitWord.reserve(f.unitWord.size() + size_t(texts.size()));
    f.lengths.reserve(f.lengths.size() + size_t(texts.size()));
    f.wordBegin.reserve(words + 1);
    f.keys.reserve(words);
    if (!m_cjk || !m_dict) {
        f.stems.reserve(words); // a word has one stem at most (a name: two, rarely)
    } else {
        // Glossed words: a few stems a character on average (CC-CEDICT on the Bible set:
        // 3.6). Reserved room that is never written costs no memory.
        f.stems.reserve(words * 8);
        f.wordStart.reserve(words);
    }
}

void Tokenizer::append(QStringView text, UnitFeatures &f)
{
    int length = 0;
    for (QChar c : text)
        length += !(c.isSpace() || c == QChar(0x3000));
    addFeatures(text, f);
    addPunctuationWords(text, f);
    if (!f.wordStart.empty() || (m_cjk && m_dict)) // words at the end start nowhere in the text
        f.wordStart.resize(size_t(f.wordCount()), int(text.size()));
    f.endUnit(length);
}

void Tokenizer::addFeatures(QStringView text, UnitFeatures &f)
{
    if (m_cjk) {
        addCjkWords(text, f);
        return;
    }
    const int n = int(text.size());
    int i = 0;
    bool sentenceStart = true;
    while (i < n) {
        if (!isWordChar(text[i])) {
            sentenceStart = sentenceStart || endsSentence(text[i]);
            ++i;
            continue;
        }
        int j = i;
        // Keep 10,000 and 3.5 together; keep twenty-six and don't together.
        while (j < n
               && (isWordChar(text[j])
                   || ((text[j] == QLatin1Char(',') || text[j] == QLatin1Char('.')) && j + 1 < n
                       && text[j - 1].isDigit() && text[j + 1].isDigit())
                   || ((text[j] == QLatin1Char('-') || text[j] == QLatin1Char('\'') || text[j] == QChar(0x2019))
                       && j + 1 < n && text[j + 1].isLetter())))
            ++j;
        const QStringView word = text.mid(i, j - i);
        // Hyphenated words count as their parts unless they are a number (twenty-six).
        if (word.contains(QLatin1Char('-')) && !englishNumberWord(word.toString().toLower())) {
            for (QStringView part : word.split(QLatin1Char('-'), Qt::SkipEmptyParts))
                addAlphabeticWord(part, f);
        } else {
            CachedWord &c = cachedAlphabeticWord(word);
            const bool article = word.size() <= 2 && (word[0] == QLatin1Char('a') || word[0] == QLatin1Char('A'));
            if (c.number || article) { // six hundred thousand and a thousand: one number, as 六十万零一千 is
                if (const auto phrase = englishNumberPhrase(text, i)) {
                    const int id = m_interner.intern(numberStem(phrase->value));
                    f.addWord(id, id);
                    sentenceStart = false;
                    i = int(phrase->end);
                    continue;
                }
            }
            const int before = f.wordCount();
            addCached(c, f);
            if (!sentenceStart)
                addNameCandidate(word, c, f, f.wordCount() > before);
        }
        sentenceStart = false;
        i = j;
    }
}

} // namespace bireader
