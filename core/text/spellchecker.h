#pragma once

#include "model/result.h"
#include "model/segment.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

namespace bireader {

// Spelling by hunspell with the dictionaries the system has (Debian's hunspell-* packages
// in /usr/share/hunspell; $DICPATH first), plus the user's own word list. A language is a
// BCP 47 tag: "en" takes en_US, else en_GB, else any en_*; "en-GB" takes en_GB.
class SpellChecker
{
public:
    SpellChecker();
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    // The .aff file of the dictionary for a language in `folders` (empty: the system's), or "".
    static QString dictionaryFor(const QString &language, const QStringList &folders = {});

    // Loads the language's dictionary and the user's words from `userWords` (a text file,
    // a word a line; "" for none). An error says which dictionary is missing.
    Result<> load(const QString &language, const QString &userWords = {}, const QStringList &folders = {});
    bool isLoaded() const { return bool(m_hunspell); }
    QString language() const { return m_language; }

    bool isCorrect(const QString &word) const;
    // The misspelt words of a text; words in `accepted` (glossary renderings, compared
    // case-insensitively) and words with digits are never flagged.
    QList<TextRange> misspelt(QStringView text, const QSet<QString> &accepted = {}) const;
    QStringList suggestions(const QString &word) const;
    // Adds the word for this session and to the user's word list file (written safely).
    Result<> addToUserWords(const QString &word);

private:
    std::string encode(const QString &word) const;
    QString decode(const std::string &bytes) const;

    std::unique_ptr<Hunspell> m_hunspell;
    QString m_language, m_encoding, m_userWordsPath;
    QStringList m_userWords;
};

} // namespace bireader
