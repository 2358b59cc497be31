#include "lexicon.h"

#include "cedictreader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace bireader {

Lexicon::Lexicon(QObject *parent)
    : QObject(parent)
    , m_matcher(HoverLookup::dictionaryMatcher(nullptr))
{
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, [this] { adopt(m_watcher.result()); });
}

Lexicon::~Lexicon()
{
    m_watcher.waitForFinished();
}

Lexicon::Loaded Lexicon::loadFile(const QString &path)
{
    Loaded out;
    out.path = path;
    auto dictionary = std::make_shared<Dictionary>();
    const CedictLoadResult r = loadCedictFile(path, *dictionary);
    if (!r.ok()) {
        out.error = r.error;
        return out;
    }
    out.matcher = HoverLookup::dictionaryMatcher(dictionary.get());
    out.dictionary = std::move(dictionary);
    return out;
}

void Lexicon::adopt(const Loaded &loaded)
{
    if (!loaded.error.isEmpty()) {
        emit loadFailed(loaded.error);
        return;
    }
    m_dictionary = loaded.dictionary;
    m_matcher = loaded.matcher;
    m_path = loaded.path;
    emit dictionaryChanged();
}

void Lexicon::load(const QString &path)
{
    m_watcher.waitForFinished();
    m_watcher.setFuture(QtConcurrent::run(&Lexicon::loadFile, path));
}

Result<> Lexicon::loadNow(const QString &path)
{
    m_watcher.waitForFinished();
    const Loaded loaded = loadFile(path);
    adopt(loaded);
    if (!loaded.error.isEmpty())
        return Error { loaded.error };
    return {};
}

std::shared_ptr<const HoverLookup> Lexicon::lookupFor(const Glossary &glossary) const
{
    // The lookup keeps the dictionary it points into alive, whatever is loaded later.
    struct Owned {
        std::shared_ptr<Dictionary> dictionary;
        HoverLookup lookup;
    };
    std::shared_ptr<Owned> owned(new Owned { m_dictionary, HoverLookup(m_dictionary.get(), glossary, m_matcher) });
    return std::shared_ptr<const HoverLookup>(owned, &owned->lookup);
}

} // namespace bireader
