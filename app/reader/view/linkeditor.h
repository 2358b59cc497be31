#pragma once

#include "view/readerpane.h"

#include <QObject>
#include <QSet>

namespace bireader::reader {

class ReaderView;

// The sentence-link view and its editing (View > Sentence Links). Each link of the current
// segment and its neighbours gets a colour of its own on both sides; a confirmed link is
// underlined, a sentence linked to nothing has a dashed underline. Click a sentence on one
// side and one on the other to link them (Ctrl+click adds a sentence to either side); the
// link is made as soon as both sides have one, and confirmed; a Ctrl+click into the next or
// previous segment merges the two first (one undo step). U unlinks the sentence under
// the pointer, C confirms (or unconfirms) its link, Esc drops what is picked.
class LinkEditor : public QObject
{
    Q_OBJECT

public:
    explicit LinkEditor(ReaderView *view);

    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }

    void clicked(Side side, int segment, int offset, Qt::KeyboardModifiers modifiers);
    void unlinkAt(Side side, int segment, int offset);
    void confirmAt(Side side, int segment, int offset);
    void clearPicked();
    int pickedSegment() const { return m_segment; }
    QList<int> picked(Side side) const;

    // What the link view draws on a segment's side.
    void decorate(int segment, Side side, QList<Decoration> &out) const;

    static constexpr int kNeighbours = 2; // segments either side of the current one shown

signals:
    void message(const QString &text);
    void changed(); // the panes repaint

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int sentenceAt(Side side, int segment, int offset) const;
    void linkPicked();

    ReaderView *m_view;
    bool m_enabled = false;
    int m_segment = -1;
    QSet<int> m_picked[2]; // sentences picked on each side, in m_segment
};

} // namespace bireader::reader
