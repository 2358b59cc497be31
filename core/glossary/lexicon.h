#pragma once

#include "dictionary.h"
#include "hoverlookup.h"
#include "model/result.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace bireader {

// The dictionary the reader looks words up in (CC-CEDICT format) and its term matcher,
// loaded off the GUI thread, and the hover lookup made from it and a project's glossary.
// (The aligner's stem ids are another thing: StemInterner.)
class Lexicon : public QObject
{
    Q_OBJECT

public:
    explicit Lexicon(QObject *parent = nullptr);
    ~Lexicon() override;

    // Starts loading; dictionaryChanged() or loadFailed() follows.
    void load(const QString &path);
    // Loads at once (tests, and the command line's --dict before the window shows).
    Result<> loadNow(const QString &path);
    bool isLoading() const { return m_watcher.isRunning(); }
    QString path() const { return m_path; }
    int size() const { return m_dictionary ? m_dictionary->size() : 0; }
    const Dictionary *dictionary() const { return m_dictionary.get(); }
    // The same, kept alive for work on another thread however often the dictionary changes.
    std::shared_ptr<const Dictionary> sharedDictionary() const { return m_dictionary; }

    std::shared_ptr<const HoverLookup> lookupFor(const Glossary &glossary) const;

signals:
    void dictionaryChanged();
    void loadFailed(const QString &message);

private:
    struct Loaded {
        std::shared_ptr<Dictionary> dictionary;
        std::shared_ptr<const TermMatcher> matcher;
        QString error;
        QString path;
    };
    static Loaded loadFile(const QString &path);
    void adopt(const Loaded &loaded);

    std::shared_ptr<Dictionary> m_dictionary;
    std::shared_ptr<const TermMatcher> m_matcher;
    QString m_path;
    QFutureWatcher<Loaded> m_watcher;
};

} // namespace bireader
