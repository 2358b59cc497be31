#pragma once

#include "study/studywords.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QTimer>

#include <memory>

namespace bireader {
class Dictionary;
}

namespace bireader::reader {

class ReaderView;

// The status bar's share of known words (with the word status view on): of the whole
// document, counted off the GUI thread again a moment after statuses change, and of the
// current segment, at once.
class KnownWordsLabel : public QLabel
{
    Q_OBJECT

public:
    explicit KnownWordsLabel(ReaderView *view, QWidget *parent = nullptr);
    ~KnownWordsLabel() override;

    void setWordsPath(const QString &path); // the word list the counting opens
    void setDictionary(std::shared_ptr<const Dictionary> dictionary);
    void recountLater(); // the document's share, in the background
    void refresh(); // the text, from the last count and the current segment
    bool isCounting() const { return m_watcher.isRunning(); }
    const WordCounts &documentCounts() const { return m_document; }

private:
    void recount();

    ReaderView *m_view;
    QString m_wordsPath;
    std::shared_ptr<const Dictionary> m_dictionary;
    QFutureWatcher<WordCounts> m_watcher;
    QTimer m_later;
    bool m_again = false;
    bool m_counted = false;
    WordCounts m_document;
};

} // namespace bireader::reader
