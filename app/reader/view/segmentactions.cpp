#include "segmentactions.h"

#include "align/tokenizer.h"
#include "edit/projectdocument.h"
#include "glossary/glossformat.h"
#include "glossary/lexicon.h"
#include "glossary/termdialog.h"
#include "project/projectimport.h"
#include "study/worddatabase.h"
#include "text/words.h"
#include "view/readerview.h"

#include <QInputDialog>
#include <QMenu>

namespace bireader::reader {
namespace {

const SideText &sideOf(const Segment &s, Side side)
{
    return side == Side::Source ? s.source : s.currentTarget();
}

} // namespace

SegmentActions::SegmentActions(ReaderView *view, Lexicon *lexicon, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_lexicon(lexicon)
{
}

int SegmentActions::sentenceAt(Side side, int segment, int offset) const
{
    const SideText &t = sideOf(m_view->document()->segment(segment), side);
    for (qsizetype i = 0; i < t.sentences.size(); ++i)
        if (offset < t.sentences[i].end())
            return int(i);
    return int(t.sentences.size()) - 1;
}

TextRange SegmentActions::targetRange(Side side, int segment, int offset) const
{
    const ReaderPane *pane = m_view->pane(side);
    if (pane->selectedSegment() == segment)
        return pane->selectedRange();
    if (offset < 0)
        return {};
    const ProjectDocument *doc = m_view->document();
    const QString &text = sideOf(doc->segment(segment), side).text;
    if (const HoverLookup *lookup = m_view->lookup()) { // a dictionary word, as the popup shows it
        const QList<HoverEntry> entries = lookup->at(text, offset);
        if (!entries.isEmpty() && entries.front().range.start == offset)
            return entries.front().range;
    }
    const Document &d = doc->data().document;
    return wordAt(text, offset, side == Side::Source ? d.sourceLanguage : d.targetLanguage);
}

bool SegmentActions::canSplitAt(Side side, int segment, int offset) const
{
    return offset >= 0 && sentenceAt(side, segment, offset) > 0;
}

void SegmentActions::splitAt(Side side, int segment, int offset)
{
    ProjectDocument *doc = m_view->document();
    const Segment &s = doc->segment(segment);
    const int cut = sentenceAt(side, segment, offset);
    if (cut <= 0)
        return;
    // The other side is cut where the beads say this sentence's counterpart starts;
    // inside a many-to-many bead the whole bead stays in the first part.
    const int otherCount = int(sideOf(s, side == Side::Source ? Side::Target : Side::Source).sentences.size());
    int otherCut = otherCount;
    if (const Bead *b = s.beadOf(side, cut)) {
        const bool atStart = cut == (side == Side::Source ? b->sourceBegin : b->targetBegin);
        otherCut = side == Side::Source ? (atStart ? b->targetBegin : b->targetEnd())
                                        : (atStart ? b->sourceBegin : b->sourceEnd());
    }
    if (side == Side::Source)
        doc->split(segment, cut, otherCut);
    else
        doc->split(segment, otherCut, cut);
}

void SegmentActions::addToGlossary(Side side, int segment, TextRange range)
{
    ProjectDocument *doc = m_view->document();
    const QString text = sideOf(doc->segment(segment), side).text.mid(range.start, range.length).trimmed();
    TermEntry initial;
    if (side == Side::Source) {
        initial.source = text;
        const ReaderPane *other = m_view->pane(Side::Target);
        if (other->selectedSegment() == segment)
            initial.approved = QStringList { other->selectedText().trimmed() };
    } else {
        initial.approved = QStringList { text };
        const ReaderPane *other = m_view->pane(Side::Source);
        if (other->selectedSegment() == segment)
            initial.source = other->selectedText().trimmed();
    }
    if (const auto entry = TermDialog::ask(m_view, initial)) {
        Glossary g = doc->data().glossary;
        g.merge(*entry);
        doc->setGlossary(g);
    }
}

void SegmentActions::addToVocabulary(Side side, int segment, TextRange range)
{
    ProjectDocument *doc = m_view->document();
    const SideText &t = sideOf(doc->segment(segment), side);
    // The word itself: a selection loses the spaces and punctuation at its ends ("幻方，").
    while (range.length > 0 && !t.text[range.start].isLetterOrNumber())
        range = { range.start + 1, range.length - 1 };
    while (range.length > 0 && !t.text[range.end() - 1].isLetterOrNumber())
        range.length -= 1;
    VocabularyItem item;
    item.term = t.text.mid(range.start, range.length);
    item.segment = segment;
    if (const int i = sentenceAt(side, segment, range.start); i >= 0 && i < t.sentences.size())
        item.context = t.sentence(i);
    if (const HoverLookup *lookup = m_view->lookup(); lookup && range.length > 0) {
        // Its reading and meaning: the glossary's entry or the dictionary's for exactly this word.
        for (const HoverEntry &e : lookup->at(t.text, range.start)) {
            if (e.range.start == range.start && e.range.length == range.length) {
                item.reading = e.reading;
                item.gloss = readableGloss(e.glosses.mid(0, 4).join(QStringLiteral("; ")));
                break;
            }
        }
        if (item.reading.isEmpty() && side == Side::Source)
            item.reading = lookup->reading(item.term); // not a dictionary word: ICU's Han-Latin
    }
    if (!item.term.isEmpty()) {
        doc->addVocabulary(item);
        emit message(tr("“%1” added to the vocabulary").arg(item.term));
        const Document &d = doc->data().document;
        const QString language = side == Side::Source ? d.sourceLanguage : d.targetLanguage;
        if (m_words && m_words->status(language, item.term) == WordStatus::New) { // now being learnt
            if (const Result<> r
                = m_words->set({ language, item.term, WordStatus::Learning1, item.reading, item.gloss, {} });
                !r)
                emit message(r.error());
            else
                emit wordsChanged();
        }
    }
}

void SegmentActions::highlight(Side side, int segment, TextRange range, const QString &color)
{
    if (range.length > 0)
        m_view->document()->addHighlight({ segment, side, range, color, {} });
}

void SegmentActions::addNote(Side side, int segment, TextRange range)
{
    ProjectDocument *doc = m_view->document();
    if (range.length <= 0) // no selection: a note on the whole segment
        range = { 0, int(sideOf(doc->segment(segment), side).text.size()) };
    QString note;
    if (m_askNote) {
        note = m_askNote();
    } else {
        bool ok = false;
        note = QInputDialog::getMultiLineText(m_view, tr("Add note"), tr("Note:"), {}, &ok);
        if (!ok)
            note.clear();
    }
    if (!note.trimmed().isEmpty())
        doc->addHighlight({ segment, side, range, defaultHighlightColour(), note.trimmed() });
}

void SegmentActions::markStretchStart(int segment)
{
    m_view->setStretchStart(segment);
    emit message(tr("A stretch to re-align starts at segment %1 (marked in the margin); go to where it ends and "
                    "choose Re-align Stretch to Here")
                     .arg(segment + 1));
}

int SegmentActions::stretchStart() const
{
    return m_view->stretchStart();
}

QString SegmentActions::realignStretch(int first, int last)
{
    ProjectDocument *doc = m_view->document();
    if (first > last)
        std::swap(first, last);
    if (first < 0 || last >= doc->segmentCount() || first == last)
        return tr("Mark the start of the stretch first, then re-align from its end");
    for (int i = first; i <= last; ++i) {
        if (doc->segment(i).isCorrected())
            return tr("Segment %1 holds a correction: re-alignment would set it aside; revert it first").arg(i + 1);
        const Alignment &beads = doc->segment(i).beads;
        if (std::any_of(beads.begin(), beads.end(), [](const Bead &b) { return b.confirmed; }))
            return tr("Segment %1 holds links you confirmed, which pairing the paragraphs again would lose: use "
                      "Segment > Re-align Links, which keeps them")
                .arg(i + 1);
    }
    const QList<Segment> segments
        = realignedSegments(doc->data().document, first, last - first + 1, m_lexicon->dictionary());
    if (segments.isEmpty())
        return tr("Nothing to re-align between segments %1 and %2").arg(first + 1).arg(last + 1);
    doc->replaceSegments(first, last - first + 1, segments, tr("Re-align segments %1–%2").arg(first + 1).arg(last + 1));
    m_view->setStretchStart(-1);
    emit message(tr("Segments %1–%2 re-aligned into %3").arg(first + 1).arg(last + 1).arg(segments.size()));
    return {};
}

QMenu *SegmentActions::buildMenu(Side side, int segment, int offset)
{
    ProjectDocument *doc = m_view->document();
    auto *menu = new QMenu;
    const Segment &s = doc->segment(segment);
    TextRange range = targetRange(side, segment, offset);
    // Without a selection, only a word worth a glossary entry is offered ("the" is not, nor
    // a lone character that no dictionary word holds).
    if (m_view->pane(side)->selectedSegment() != segment && range.length > 0) {
        const QString word = sideOf(s, side).text.mid(range.start, range.length);
        const bool dictionaryWord = side == Side::Source && m_view->lookup()
            && !m_view->lookup()->at(sideOf(s, side).text, range.start).isEmpty();
        if (isStopWord(word.toLower()) || (word.size() == 1 && !dictionaryWord))
            range = {};
    }
    const bool hasText = range.length > 0;
    const QString piece = sideOf(s, side).text.mid(range.start, range.length).left(24);

    if (const ReaderPane *pane = m_view->pane(side); pane->hasSelection()) {
        menu->addAction(tr("Copy"), this, [pane] { pane->copySelection(); });
        menu->addSeparator();
    }
    QAction *a = menu->addAction(hasText ? tr("Add “%1” to glossary…").arg(piece) : tr("Add to glossary…"), this,
                                 [=, this] { addToGlossary(side, segment, range); });
    a->setEnabled(hasText);
    a = menu->addAction(tr("Add to vocabulary"), this, [=, this] { addToVocabulary(side, segment, range); });
    a->setEnabled(hasText);
    a = menu->addAction(tr("Highlight"), this, [=, this] { highlight(side, segment, range); });
    a->setEnabled(hasText);
    // A note is on the selection, else on the whole segment (not on the word pointed at).
    const TextRange selected = m_view->pane(side)->selectedSegment() == segment ? range : TextRange {};
    menu->addAction(selected.length > 0 ? tr("Add note on the selection…") : tr("Add note on the segment…"), this,
                    [=, this] { addNote(side, segment, selected); });
    menu->addSeparator();

    a = menu->addAction(tr("Merge with next segment"), doc, [=] { doc->mergeWithNext(segment); });
    a->setEnabled(segment + 1 < doc->segmentCount());
    a = menu->addAction(tr("Split segment before this sentence"), this, [=, this] { splitAt(side, segment, offset); });
    a->setEnabled(canSplitAt(side, segment, offset));
    a = menu->addAction(side == Side::Source ? tr("Move first source sentence to previous segment")
                                             : tr("Move first translation sentence to previous segment"),
                        doc, [=] { doc->moveSentence(segment, side, false); });
    a->setEnabled(segment > 0 && !sideOf(s, side).sentences.isEmpty());
    a = menu->addAction(side == Side::Source ? tr("Move last source sentence to next segment")
                                             : tr("Move last translation sentence to next segment"),
                        doc, [=] { doc->moveSentence(segment, side, true); });
    a->setEnabled(segment + 1 < doc->segmentCount() && !sideOf(s, side).sentences.isEmpty());
    menu->addAction(s.excluded ? tr("Mark as part of the text") : tr("Mark as not part of the text"), doc,
                    [=] { doc->setExcluded(segment, !s.excluded); });
    menu->addSeparator();
    menu->addAction(tr("Start a stretch to re-align here"), this, [=, this] { markStretchStart(segment); });
    const int start = stretchStart();
    a = menu->addAction(
        start >= 0 ? tr("Re-align segments %1–%2").arg(std::min(start, segment) + 1).arg(std::max(start, segment) + 1)
                   : tr("Re-align stretch (mark its start first)"),
        this, [=, this] {
            if (const QString e = realignStretch(start, segment); !e.isEmpty())
                emit message(e);
        });
    a->setEnabled(start >= 0 && start != segment);
    if (s.isCorrected())
        menu->addAction(tr("Revert to the original translation"), doc, [=] { doc->revertTranslation(segment); });
    return menu;
}

void SegmentActions::popup(Side side, int segment, int offset, QPoint globalPos)
{
    if (!m_view->document())
        return;
    QMenu *menu = buildMenu(side, segment, offset);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

} // namespace bireader::reader
