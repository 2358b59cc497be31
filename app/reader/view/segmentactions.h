#pragma once

#include "model/segment.h"
#include "style/colours.h"

#include <QObject>
#include <QPoint>

#include <functional>

class QMenu;

namespace bireader {
class Lexicon;
class WordDatabase;
} // namespace bireader

namespace bireader::reader {

class ReaderView;

// What a user does to a segment or a piece of its text, from the context menu of a pane
// or the Segment menu: alignment fixes (merge, split at a sentence, move a sentence, mark
// as not part of the text, re-align a stretch), glossary, vocabulary, highlights, notes.
// Each change is one undoable command of the document.
class SegmentActions : public QObject
{
    Q_OBJECT

public:
    SegmentActions(ReaderView *view, Lexicon *lexicon, QObject *parent = nullptr);

    void popup(Side side, int segment, int offset, QPoint globalPos);
    QMenu *buildMenu(Side side, int segment, int offset); // the caller owns it

    // The text a menu acts on: the pane's selection in this segment, else the word at offset.
    TextRange targetRange(Side side, int segment, int offset) const;

    bool canSplitAt(Side side, int segment, int offset) const;
    void splitAt(Side side, int segment, int offset);
    void addToGlossary(Side side, int segment, TextRange range);
    void addToVocabulary(Side side, int segment, TextRange range);
    void highlight(Side side, int segment, TextRange range, const QString &color = defaultHighlightColour());
    void addNote(Side side, int segment, TextRange range); // range empty: the whole segment
    // What asks for a note's text (a dialog; tests answer it); "" cancels.
    using NoteAsker = std::function<QString()>;
    void setNoteAsker(NoteAsker asker) { m_askNote = std::move(asker); }
    // The learner's word list: a word added to the vocabulary is marked learning there.
    void setWords(WordDatabase *words) { m_words = words; }
    void markStretchStart(int segment); // marked in the margin, said in the status bar
    int stretchStart() const;
    QString realignStretch(int first, int last); // an error for the status bar, or ""

signals:
    void message(const QString &text);
    void wordsChanged(); // a word's status in the word list

private:
    int sentenceAt(Side side, int segment, int offset) const;

    ReaderView *m_view;
    Lexicon *m_lexicon;
    WordDatabase *m_words = nullptr;
    NoteAsker m_askNote;
};

} // namespace bireader::reader
