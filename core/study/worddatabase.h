#pragma once

#include "model/result.h"
#include "text/folding.h"
#include "wordstatus.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace bireader {

// The user's words across all documents (not in any project): an SQLite file in the
// user's data folder, shared by the reader and bireader-cli. Held in memory as well, so a
// status lookup is one hash lookup (the reader asks for every word on screen). Terms match
// folded (case, full-width forms, traditional to simplified), within one language.
// Every change is written at once.
class WordDatabase
{
public:
    WordDatabase();
    ~WordDatabase();
    WordDatabase(const WordDatabase &) = delete;
    WordDatabase &operator=(const WordDatabase &) = delete;

    // $XDG_DATA_HOME/bireader/words.sqlite (~/.local/share/bireader/words.sqlite).
    static QString defaultPath();
    // Opens the file, making it (and its folder) when it does not exist yet. A file that is
    // not a word list (empty, not SQLite, a project, a database with triggers) is refused
    // unchanged.
    Result<> open(const QString &path);
    void close();
    bool isOpen() const { return !m_connection.isEmpty(); }
    QString path() const { return m_path; }

    WordStatus status(const QString &language, QStringView term) const;
    const WordRecord *find(const QString &language, QStringView term) const; // nullptr: new
    // Sets a word's status, reading and gloss (New forgets the word), stamped now.
    Result<> set(WordRecord record);
    // Many at once, in one transaction (an import); returns how many were stored.
    Result<int> setMany(QList<WordRecord> records);
    QList<WordRecord> words(const QString &language = {}) const; // by term; all languages when empty
    int size() const { return int(m_words.size()); }

    static QString languageKey(const QString &language); // "zh-CN" -> "zh"
    // What a word is matched by: the language and the folded term.
    QString termKey(const QString &language, QStringView term) const { return key(language, term); }

private:
    QString key(const QString &language, QStringView term) const;
    QString load(); // "" or what is wrong with the file
    Result<> write(const WordRecord &record);
    Error fail(const QString &problem) const;

    QString m_connection;
    QString m_path;
    QHash<QString, WordRecord> m_words; // by key()
    std::unique_ptr<TextFolder> m_folder; // folding caches: mutable use in const lookups
};

} // namespace bireader
