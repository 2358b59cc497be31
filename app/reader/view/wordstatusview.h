#pragma once

#include "model/result.h"
#include "study/studywords.h"
#include "view/readerpane.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace bireader {
class Dictionary;
class WordDatabase;
} // namespace bireader

namespace bireader::reader {

class ReaderView;

// Word status in the source text (View > Word Status, as in Lute and LingQ): new words are
// tinted blue, learning ones yellow (paler as they are learnt), known and ignored ones not
// at all. With the view on, keys set the status of the word under the pointer: 1-4
// learning, 5 or K known, I ignore, 0 forget (new again); N goes to the next new or
// learning word. Statuses live in the user's word list (WordDatabase), not in the project.
class WordStatusView : public QObject
{
    Q_OBJECT

public:
    explicit WordStatusView(ReaderView *view);

    void setWords(WordDatabase *words); // not owned; nullptr: the view stays off
    void setDictionary(const Dictionary *dictionary); // Chinese words by its longest match
    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }

    // The word of the source text at `offset` and its status, as the tinting cuts it.
    std::optional<std::pair<TextRange, WordStatus>> wordAt(int segment, int offset) const;
    Result<> setStatusAt(int segment, int offset, WordStatus status);
    // The next new or learning word after (segment, offset), in reading order.
    std::optional<std::pair<int, TextRange>> nextUnknown(int segment, int offset) const;
    WordCounts counts(int segment) const; // one segment's source
    // What the hover popup says of the word at a source position ("" with the view off).
    QString popupLine(int segment, int offset) const;

    void decorate(int segment, Side side, QList<Decoration> &out) const;
    void forget(); // statuses or the document changed: cut again

signals:
    void message(const QString &text);
    void changed(); // the panes repaint
    void statusChanged(); // a word's status was set (the document's counts change)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using Words = QList<std::pair<TextRange, WordStatus>>;
    const Words &wordsOf(int segment) const;
    QString language() const;
    void describe(int segment, int offset);
    void goToNextUnknown();

    ReaderView *m_view;
    WordDatabase *m_words = nullptr;
    const Dictionary *m_dictionary = nullptr;
    bool m_enabled = false;
    mutable QHash<int, Words> m_cache;
    QString m_described; // the word the status bar speaks of
};

} // namespace bireader::reader
