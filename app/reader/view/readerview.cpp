#include "readerview.h"

#include "edit/projectdocument.h"
#include "style/colours.h"
#include "style/readerfonts.h"
#include "text/script.h"
#include "text/words.h"
#include "view/hovercontroller.h"
#include "view/hoverpopup.h"
#include "view/linkeditor.h"
#include "view/minimap.h"
#include "view/panesync.h"
#include "view/rubyview.h"
#include "view/wordstatusview.h"

#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace bireader::reader {
namespace {

int sentenceAt(const SideText &side, int offset)
{
    for (qsizetype i = 0; i < side.sentences.size(); ++i)
        if (offset >= side.sentences[i].start && offset < side.sentences[i].end())
            return int(i);
    return -1;
}

QList<TextRange> sentenceRanges(const SideText &side, int begin, int end)
{
    QList<TextRange> out;
    for (int i = std::max(0, begin); i < end && i < side.sentences.size(); ++i)
        out.append(side.sentences[i]);
    return out;
}

} // namespace

ReaderView::ReaderView(QWidget *parent)
    : QWidget(parent)
    , m_source(new ReaderPane(Side::Source))
    , m_target(new ReaderPane(Side::Target))
    , m_sourceMap(new Minimap)
    , m_targetMap(new Minimap)
    , m_sourceBox(new QWidget)
    , m_targetBox(new QWidget)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_sync(new PaneSync(m_source, m_target, this))
    , m_hover(new HoverController(this))
    , m_strip(new QLabel)
{
    for (auto [box, pane, map] :
         { std::tuple { m_sourceBox, m_source, m_sourceMap }, std::tuple { m_targetBox, m_target, m_targetMap } }) {
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(0);
        row->addWidget(pane, 1);
        row->addWidget(map);
        m_splitter->addWidget(box);
        pane->setDecorations([this](int segment, Side side) { return decorationsFor(segment, side); });
        connect(pane, &ReaderPane::pointed, this, [this, pane](int segment, int offset, QPoint global) {
            pointAt(pane->side(), segment, offset, global);
        });
        connect(pane, &ReaderPane::pointedCompanion, this, [this, pane](int segment, int offset, QPoint global) {
            pointAt(pane->companionSide(), segment, offset, global);
        });
        connect(pane, &ReaderPane::left, this, &ReaderView::clearPointer);
        connect(pane, &ReaderPane::positionChanged, this, &ReaderView::updateMinimapViews);
        connect(pane, &ReaderPane::positionChanged, this, [this, pane] {
            // The text moved under the pointer: the popup goes; what is now under it lights
            // (and its popup comes after the delay, once the scrolling rests).
            m_hover->dismiss(true);
            if (pane->underMouse()) {
                const QPoint global = QCursor::pos();
                const PanePosition at = pane->positionAt(pane->viewport()->mapFromGlobal(global));
                pointAt(at.companion ? pane->companionSide() : pane->side(), at.segment, at.offset, global);
            }
        });
        connect(pane, &ReaderPane::contextMenuAt, this, [this, pane](int segment, int offset, QPoint global) {
            emit contextMenuRequested(pane->side(), segment, offset, global);
        });
        connect(map, &Minimap::jumpTo, this, &ReaderView::goToSegment);
        connect(pane, &ReaderPane::linkActivated, this, &ReaderView::linkActivated);
        connect(pane, &ReaderPane::navigated, this, [this](int segment) { // in view in both panes
            m_source->ensureVisible(segment);
            m_target->ensureVisible(segment);
        });
    }
    connect(m_source, &ReaderPane::currentChanged, this, &ReaderView::currentChanged);
    m_links = new LinkEditor(this);
    connect(m_links, &LinkEditor::changed, this, &ReaderView::refreshPanes);
    m_wordStatus = new WordStatusView(this);
    connect(m_wordStatus, &WordStatusView::changed, this, &ReaderView::refreshPanes);
    m_ruby = new RubyView(this);
    connect(m_ruby, &RubyView::changed, this, &ReaderView::refreshPanes);
    connect(m_wordStatus, &WordStatusView::statusChanged, m_ruby, qOverload<>(&RubyView::forget));
    connect(this, &ReaderView::currentChanged, this, [this] {
        if (m_links && m_links->isEnabled()) // the links shown follow the current segment
            refreshPanes();
    });
    m_splitter->setChildrenCollapsible(false);
    setUpStrip();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_strip);
}

ReaderView::~ReaderView()
{
    // The views that filter the panes' events go first: a pane's last events (its window
    // closing) must not reach them while this widget is half destroyed.
    delete m_wordStatus;
    m_wordStatus = nullptr;
    delete m_links;
    m_links = nullptr;
}

HoverPopup *ReaderView::popup() const
{
    return m_hover->popup();
}

void ReaderView::setDocument(ProjectDocument *document)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    m_findings.clear();
    m_searchHits.clear();
    if (m_wordStatus)
        m_wordStatus->forget();
    m_ruby->forget();
    m_termCache.clear();
    clearPointer();
    if (m_doc) {
        connect(m_doc, &ProjectDocument::segmentChanged, this, &ReaderView::onSegmentChanged);
        connect(m_doc, &ProjectDocument::segmentsReplaced, this, &ReaderView::onSegmentsReplaced);
        connect(m_doc, &ProjectDocument::highlightsChanged, this, [this] {
            indexHighlights();
            refreshPanes();
        });
        m_sourceFont = fontForLanguage(language(Side::Source));
        m_targetFont = fontForLanguage(language(Side::Target));
    }
    indexHighlights();
    m_source->setDocument(m_doc);
    m_target->setDocument(m_doc);
    setPaneFonts(m_sourceFont, m_targetFont);
    m_ruby->updatePanes(); // room for pinyin on the Chinese side
    updateFilter();
    rebuildMarks();
    updateMinimapViews();
}

QString ReaderView::language(Side side) const
{
    if (!m_doc)
        return {};
    return side == Side::Source ? m_doc->data().document.sourceLanguage : m_doc->data().document.targetLanguage;
}

void ReaderView::setLookup(std::shared_ptr<const HoverLookup> lookup)
{
    m_lookup = std::move(lookup);
    m_termCache.clear();
    refreshPanes();
}

void ReaderView::setFindings(const QList<Finding> &findings)
{
    m_findings.clear();
    for (const Finding &f : findings)
        m_findings.insert(f.segment, f);
    if (m_filter == Filter::WithFindings)
        updateFilter();
    rebuildMarks();
    refreshPanes();
}

void ReaderView::setSearchHits(const QList<std::tuple<int, Side, TextRange>> &hits)
{
    m_searchHits.clear();
    for (const auto &[segment, side, range] : hits)
        m_searchHits.insert(segment, { side, range });
    refreshPanes();
}

int ReaderView::currentSegment() const
{
    return m_source->currentSegment();
}

void ReaderView::goToSegment(int segment)
{
    if (!m_doc || segment < 0 || segment >= m_doc->segmentCount())
        return;
    m_source->setCurrentSegment(segment);
    m_source->ensureVisible(segment);
    m_target->ensureVisible(segment);
}

void ReaderView::setSwapped(bool swapped)
{
    if (swapped == m_swapped)
        return;
    m_swapped = swapped;
    m_splitter->insertWidget(0, swapped ? m_targetBox : m_sourceBox);
}

void ReaderView::setStacked(bool stacked)
{
    m_splitter->setOrientation(stacked ? Qt::Vertical : Qt::Horizontal);
}

QFont ReaderView::zoomed(const QFont &font) const
{
    QFont f = font;
    f.setPointSizeF(font.pointSizeF() * m_zoom / 100.0);
    return f;
}

void ReaderView::setPaneFonts(const QFont &source, const QFont &target)
{
    m_sourceFont = source;
    m_targetFont = target;
    m_source->setTextFont(zoomed(source));
    m_target->setTextFont(zoomed(target));
    updateCompanion();
    m_sync->setLocked(m_sync->isLocked());
}

void ReaderView::zoom(int steps)
{
    m_zoom = steps == 0 ? 100 : std::clamp(m_zoom + steps * 10, 50, 300);
    setPaneFonts(m_sourceFont, m_targetFont);
}

// Pointing -------------------------------------------------------------------------------

void ReaderView::clearPointer()
{
    const bool had = m_hoverSegment >= 0 || !m_termMarks.isEmpty();
    m_hoverSegment = -1;
    m_hoverSource.clear();
    m_hoverTarget.clear();
    m_termMarks.clear();
    m_hover->dismiss();
    updateStrip();
    if (had)
        refreshPanes();
}

void ReaderView::pointAt(Side side, int segment, int offset, QPoint globalPos)
{
    if (!m_doc || segment < 0 || segment >= m_doc->segmentCount() || offset < 0) {
        clearPointer();
        return;
    }
    const Segment &s = m_doc->segment(segment);
    const SideText &here = side == Side::Source ? s.source : s.currentTarget();
    const SideText &there = side == Side::Source ? s.currentTarget() : s.source;
    const int sentence = sentenceAt(here, offset);

    // The sentence and its counterpart, by the segment's beads (a corrected translation
    // has no beads of its own: the whole of it is the counterpart).
    QList<TextRange> mine = sentence >= 0 ? QList<TextRange> { here.sentences[sentence] } : QList<TextRange> {};
    QList<TextRange> theirs;
    if (sentence >= 0) {
        if (const Bead *b = s.beadOf(side, sentence)) {
            mine = side == Side::Source ? sentenceRanges(here, b->sourceBegin, b->sourceEnd())
                                        : sentenceRanges(here, b->targetBegin, b->targetEnd());
            theirs = side == Side::Source ? sentenceRanges(there, b->targetBegin, b->targetEnd())
                                          : sentenceRanges(there, b->sourceBegin, b->sourceEnd());
        } else {
            theirs = there.sentences;
        }
    }
    m_hoverSegment = segment;
    m_hoverSide = side;
    m_hoverSource = side == Side::Source ? mine : theirs;
    m_hoverTarget = side == Side::Source ? theirs : mine;

    // The popup, and a glossary term's renderings marked on the other side.
    m_termMarks.clear();
    QList<HoverEntry> entries;
    if (m_lookup) {
        const QString lang = language(side);
        int at = offset;
        if (!isCjkFamily(scriptFamilyOf(here.text[offset].unicode()))) // alphabetic: from the word start
            at = std::max(0, wordAt(here.text, offset, lang).start);
        if (side == Side::Source) {
            entries = m_lookup->coveringGlossaryTerms(here.text, at) + m_lookup->at(here.text, at);
        } else {
            entries = m_lookup->renderingsAt(here.text, offset);
            for (const HoverEntry &e : m_lookup->at(here.text, at))
                if (!e.fromGlossary)
                    entries.append(e);
        }
        for (const HoverEntry &e : std::as_const(entries)) {
            if (!e.fromGlossary)
                continue;
            if (side == Side::Source) {
                for (const RenderingMatch &r : m_lookup->renderings(there.text, e.glossaryIndex))
                    m_termMarks.append({ segment, Side::Target, r.range, r.approved });
            } else {
                for (const TermMatch &t : m_lookup->glossaryTerms(there.text))
                    if (t.payload == e.glossaryIndex)
                        m_termMarks.append({ segment, Side::Source, { t.start, t.length }, true });
            }
            break; // the first (longest) glossary entry is the one pointed at
        }
    }
    QRect word(globalPos, QSize(1, 1));
    ReaderPane *pointed = showing(side);
    if (!entries.isEmpty()) {
        const QList<QRectF> rects = pointed == pane(side) ? pointed->rangeRects(segment, entries.front().range)
                                                          : pointed->companionRects(segment, entries.front().range);
        if (!rects.isEmpty())
            word = QRect(pointed->viewport()->mapToGlobal(rects.front().topLeft().toPoint()),
                         rects.front().size().toSize());
    }
    if (side == Side::Source && !entries.isEmpty() && m_wordStatus) // the word status view's line
        entries.front().status = m_wordStatus->popupLine(segment, offset);
    // Interleaved reading: the counterpart is just below or above the word; keep it clear.
    QRect keepClear;
    if (m_interleaved && !entries.isEmpty())
        for (const TextRange &r : side == Side::Source ? m_hoverTarget : m_hoverSource)
            for (const QRectF &rect :
                 side == Side::Source ? m_source->companionRects(segment, r) : m_source->rangeRects(segment, r))
                keepClear |= QRect(m_source->viewport()->mapToGlobal(rect.topLeft().toPoint()), rect.size().toSize());
    m_hover->request(entries, word, pointed, keepClear);
    // A note on what is pointed at shows as the pane's tooltip.
    QStringList notes;
    for (int index : m_highlightsBySegment.values(segment))
        if (const Highlight &h = m_doc->data().highlights[index];
            h.side == side && !h.note.isEmpty() && offset >= h.range.start && offset < h.range.end())
            notes << h.note;
    if (!notes.isEmpty())
        pointed->viewport()->setToolTip(notes.join(QLatin1Char('\n')));
    updateStrip();
    refreshPanes();
}

void ReaderView::onSegmentChanged(int segment)
{
    m_termCache.remove(segment);
    m_ruby->forget(segment);
    m_source->segmentChanged(segment);
    m_target->segmentChanged(segment);
    if (segment == m_hoverSegment)
        clearPointer();
    // One segment changed (each keystroke of a correction): its mark only, not the book's.
    m_sourceMap->setMark(segment, markOf(segment));
    m_targetMap->setMark(segment, markOf(segment));
    updateFilterAt(segment);
}

void ReaderView::onSegmentsReplaced(int first, int removed, int inserted)
{
    m_termCache.clear();
    if (m_wordStatus)
        m_wordStatus->forget();
    m_ruby->forget();
    clearPointer();
    m_findings.clear(); // stale; the QA dock runs the checks again
    m_searchHits.clear();
    m_source->segmentsReplaced(first, removed, inserted);
    m_target->segmentsReplaced(first, removed, inserted);
    updateFilter();
    // Both panes moved their current segment along; one current segment for the window:
    // the translation panel and the menus follow (the panes do not signal it themselves,
    // or the second would move it again).
    emit currentChanged(currentSegment());
    rebuildMarks();
    updateMinimapViews();
}

} // namespace bireader::reader
