#include "knownwordslabel.h"

#include "edit/projectdocument.h"
#include "study/worddatabase.h"
#include "view/readerview.h"
#include "view/wordstatusview.h"

#include <QtConcurrent/QtConcurrentRun>

namespace bireader::reader {
namespace {

// On a worker: its own view of the word list (the reader's is not shared across threads).
WordCounts countDocument(const QStringList &texts, const QString &language, const QString &wordsPath,
                         std::shared_ptr<const Dictionary> dictionary)
{
    WordDatabase words;
    if (!words.open(wordsPath))
        return {};
    return countWords(texts, language, dictionary.get(), words);
}

QString percent(double share)
{
    return QString::number(share * 100, 'f', 0) + QLatin1Char('%');
}

} // namespace

KnownWordsLabel::KnownWordsLabel(ReaderView *view, QWidget *parent)
    : QLabel(parent)
    , m_view(view)
{
    m_later.setSingleShot(true);
    m_later.setInterval(400);
    connect(&m_later, &QTimer::timeout, this, &KnownWordsLabel::recount);
    connect(&m_watcher, &QFutureWatcher<WordCounts>::finished, this, [this] {
        m_document = m_watcher.result();
        m_counted = true;
        if (m_again) {
            m_again = false;
            m_later.start();
        }
        refresh();
    });
    setToolTip(tr("Known words: the share of the running words you marked known (ignored words left out)"));
}

KnownWordsLabel::~KnownWordsLabel()
{
    m_watcher.waitForFinished();
}

void KnownWordsLabel::setWordsPath(const QString &path)
{
    m_wordsPath = path;
}

void KnownWordsLabel::setDictionary(std::shared_ptr<const Dictionary> dictionary)
{
    m_dictionary = std::move(dictionary);
}

void KnownWordsLabel::recountLater()
{
    m_later.start();
}

void KnownWordsLabel::recount()
{
    const ProjectDocument *doc = m_view->document();
    if (!doc || m_wordsPath.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    QStringList texts;
    for (const Segment &s : doc->data().document.segments)
        if (!s.excluded)
            texts.append(s.source.text);
    m_watcher.setFuture(
        QtConcurrent::run(&countDocument, texts, doc->data().document.sourceLanguage, m_wordsPath, m_dictionary));
}

void KnownWordsLabel::refresh()
{
    if (!m_view->document()) {
        clear();
        return;
    }
    const WordCounts here = m_view->wordStatus()->counts(m_view->currentSegment());
    const QString document = m_counted
        ? tr("%1 of the text (%L2 new words)").arg(percent(m_document.knownShare())).arg(m_document.fresh)
        : tr("counting…");
    setText(tr("Known: %1 · %2 here").arg(document, percent(here.knownShare())));
}

} // namespace bireader::reader
