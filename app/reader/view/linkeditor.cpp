#include "linkeditor.h"

#include "edit/links.h"
#include "edit/projectdocument.h"
#include "style/colours.h"
#include "view/readerview.h"

#include <QCursor>
#include <QKeyEvent>

namespace bireader::reader {
namespace {

int indexOf(Side side)
{
    return side == Side::Source ? 0 : 1;
}

} // namespace

LinkEditor::LinkEditor(ReaderView *view)
    : QObject(view)
    , m_view(view)
{
    for (Side side : { Side::Source, Side::Target }) {
        ReaderPane *pane = view->pane(side);
        pane->installEventFilter(this);
        connect(pane, &ReaderPane::clicked, this, [this, side](int segment, int offset, Qt::KeyboardModifiers m) {
            if (m_enabled)
                clicked(side, segment, offset, m);
        });
    }
}

void LinkEditor::setEnabled(bool on)
{
    m_enabled = on;
    clearPicked();
    emit changed();
}

void LinkEditor::clearPicked()
{
    m_segment = -1;
    m_picked[0].clear();
    m_picked[1].clear();
    emit changed();
}

QList<int> LinkEditor::picked(Side side) const
{
    QList<int> out(m_picked[indexOf(side)].begin(), m_picked[indexOf(side)].end());
    std::sort(out.begin(), out.end());
    return out;
}

int LinkEditor::sentenceAt(Side side, int segment, int offset) const
{
    const ProjectDocument *doc = m_view->document();
    if (!doc || segment < 0 || segment >= doc->segmentCount())
        return -1;
    const Segment &s = doc->segment(segment);
    const SideText &t = side == Side::Source ? s.source : s.currentTarget();
    for (qsizetype i = 0; i < t.sentences.size(); ++i)
        if (offset >= t.sentences[i].start && offset < t.sentences[i].end())
            return int(i);
    return -1;
}

void LinkEditor::clicked(Side side, int segment, int offset, Qt::KeyboardModifiers modifiers)
{
    int sentence = sentenceAt(side, segment, offset);
    if (sentence < 0)
        return;
    QSet<int> &mine = m_picked[indexOf(side)];
    const bool add = modifiers & Qt::ControlModifier;
    if (add && m_segment >= 0 && std::abs(segment - m_segment) == 1) {
        // A link reaching into the next or previous segment: the two become one segment
        // (in the same undo step as the link), the picks renumbered into it.
        ProjectDocument *doc = m_view->document();
        const int first = std::min(segment, m_segment);
        const Segment &head = doc->segment(first);
        const int shift[2] = { int(head.source.sentences.size()), int(head.target.sentences.size()) };
        if (segment > m_segment) {
            sentence += shift[indexOf(side)];
        } else {
            for (int k = 0; k < 2; ++k) {
                QSet<int> moved;
                for (int i : std::as_const(m_picked[k]))
                    moved.insert(i + shift[k]);
                m_picked[k] = moved;
            }
        }
        doc->undoStack()->beginMacro(tr("Link across segments"));
        doc->mergeWithNext(first);
        m_segment = first;
        mine.insert(sentence);
        if (!m_picked[0].isEmpty() && !m_picked[1].isEmpty())
            linkPicked();
        doc->undoStack()->endMacro();
        emit changed();
        return;
    }
    if (segment != m_segment) { // links stay inside a segment: a new pick
        m_segment = segment;
        m_picked[0].clear();
        m_picked[1].clear();
    } else if (!add && !m_picked[1 - indexOf(side)].isEmpty() && !mine.isEmpty()) {
        m_picked[1 - indexOf(side)].clear(); // a plain click after a link starts the next one
        mine.clear();
    }
    if (!add)
        mine.clear();
    mine.insert(sentence);
    if (!m_picked[0].isEmpty() && !m_picked[1].isEmpty())
        linkPicked();
    emit changed();
}

void LinkEditor::linkPicked()
{
    ProjectDocument *doc = m_view->document();
    const QList<int> source = picked(Side::Source), target = picked(Side::Target);
    // A link's sentences follow each other: the span from the first picked to the last.
    if (const QString e = doc->linkSentences(m_segment, source.front(), source.back(), target.front(), target.back());
        !e.isEmpty()) {
        emit message(e);
        clearPicked();
        return;
    }
    emit message(tr("Linked source %1 with translation %2 (confirmed; Ctrl+click adds a sentence, Ctrl+Z undoes)")
                     .arg(source.size() == 1 ? QString::number(source.front() + 1)
                                             : QStringLiteral("%1–%2").arg(source.front() + 1).arg(source.back() + 1),
                          target.size() == 1 ? QString::number(target.front() + 1)
                                             : QStringLiteral("%1–%2").arg(target.front() + 1).arg(target.back() + 1)));
}

void LinkEditor::unlinkAt(Side side, int segment, int offset)
{
    if (const int sentence = sentenceAt(side, segment, offset); sentence >= 0) {
        if (const QString e = m_view->document()->unlinkSentence(segment, side, sentence); !e.isEmpty())
            emit message(e);
        clearPicked();
    }
}

void LinkEditor::confirmAt(Side side, int segment, int offset)
{
    const int sentence = sentenceAt(side, segment, offset);
    if (sentence < 0)
        return;
    ProjectDocument *doc = m_view->document();
    const Alignment &beads = doc->segment(segment).beads;
    const int k = beadHolding(beads, side, sentence);
    if (k < 0)
        return;
    if (const QString e = doc->confirmLink(segment, side, sentence, !beads[k].confirmed); !e.isEmpty())
        emit message(e);
}

void LinkEditor::decorate(int segment, Side side, QList<Decoration> &out) const
{
    if (!m_enabled || !m_view->document())
        return;
    const int current = m_view->currentSegment();
    if (std::abs(segment - current) > kNeighbours)
        return;
    const Segment &s = m_view->document()->segment(segment);
    if (s.isCorrected() && side == Side::Target)
        return; // the links are the machine translation's
    const SideText &t = side == Side::Source ? s.source : s.target;
    const QPalette &pal = m_view->palette();
    for (qsizetype k = 0; k < s.beads.size(); ++k) {
        const Bead &b = s.beads[k];
        const int begin = side == Side::Source ? b.sourceBegin : b.targetBegin;
        const int count = side == Side::Source ? b.sourceCount : b.targetCount;
        const int otherCount = side == Side::Source ? b.targetCount : b.sourceCount;
        for (int i = begin; i < begin + count && i < t.sentences.size(); ++i) {
            const TextRange r = t.sentences[i];
            if (otherCount == 0) { // linked to nothing
                out.append({ r, colour(Colour::UnlinkedSentence, pal), Decoration::DottedUnderline });
                continue;
            }
            out.append({ r, linkColour(int(k), pal), Decoration::Background });
            if (b.confirmed)
                out.append({ r, colour(Colour::ConfirmedLink, pal), Decoration::Underline });
        }
    }
    if (segment == m_segment)
        for (int i : m_picked[indexOf(side)])
            if (i < t.sentences.size())
                out.append({ t.sentences[i], m_view->palette().color(QPalette::Highlight), Decoration::Underline });
}

bool LinkEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_enabled || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto *pane = qobject_cast<ReaderPane *>(watched);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (!pane || key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
        return QObject::eventFilter(watched, event);
    const PanePosition at = pane->positionAt(pane->viewport()->mapFromGlobal(QCursor::pos()));
    switch (key->key()) {
    case Qt::Key_U:
        unlinkAt(pane->side(), at.segment, at.offset);
        return true;
    case Qt::Key_C:
        confirmAt(pane->side(), at.segment, at.offset);
        return true;
    case Qt::Key_Escape:
        if (m_segment >= 0) {
            clearPicked();
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace bireader::reader
