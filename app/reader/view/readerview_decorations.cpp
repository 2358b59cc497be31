// ReaderView: what is drawn over the panes' text (decorations) and the minimaps' marks.
#include "readerview.h"

#include "edit/projectdocument.h"
#include "style/colours.h"
#include "view/linkeditor.h"
#include "view/minimap.h"
#include "view/rubyview.h"
#include "view/wordstatusview.h"

namespace bireader::reader {
namespace {

constexpr double kUnsureScore = 0.3; // a bead scored below this shows as unsure in the minimap
QColor alpha(QColor c, double a)
{
    c.setAlphaF(a);
    return c;
}

} // namespace

// Decorations ------------------------------------------------------------------------------

QList<Decoration> ReaderView::decorationsFor(int segment, Side side)
{
    QList<Decoration> out;
    if (!m_doc)
        return out;
    const QPalette &pal = palette();
    const bool dark = isDark(pal);
    const Segment &s = m_doc->segment(segment);
    const QList<Highlight> &highlights = m_doc->data().highlights;
    // The pointed sentence is lit first: the user's highlights and the search hits are drawn
    // over it and stay visible, in the dark theme too.
    if (segment == m_hoverSegment) {
        // Under the word status tints (blue as well) the lit sentence is underlined instead.
        const bool tinted = side == Side::Source && m_wordStatus && m_wordStatus->isEnabled();
        const QColor lit = tinted ? pal.color(QPalette::Highlight) : colour(Colour::PointedSentence, pal);
        for (const TextRange &r : side == Side::Source ? m_hoverSource : m_hoverTarget)
            out.append({ r, lit, tinted ? Decoration::Underline : Decoration::Background });
    }
    const int sideLength = int((side == Side::Source ? s.source : s.currentTarget()).text.size());
    for (int index : m_highlightsBySegment.values(segment)) {
        const Highlight &h = highlights[index];
        if (h.side != side)
            continue;
        const QColor stored = highlightColour(h.color);
        if (!h.note.isEmpty() && h.range.start == 0 && h.range.length >= sideLength) // a note on the segment
            out.append({ h.range, stored.darker(130), Decoration::Margin });
        else
            out.append({ h.range, alpha(stored, dark ? 0.5 : 0.7), Decoration::Background });
    }
    if (segment == m_stretchStart && side == Side::Source) // where a re-alignment stretch starts
        out.append({ {}, colour(Colour::StretchMark, pal), Decoration::Margin });
    for (const auto &[hitSide, range] : m_searchHits.values(segment))
        if (hitSide == side)
            out.append({ range, colour(Colour::SearchHit, pal), Decoration::Background });
    for (const TermMark &m : m_termMarks)
        if (m.segment == segment && m.side == side)
            out.append({ m.range, colour(m.approved ? Colour::TermApproved : Colour::TermWrong, pal),
                         Decoration::Background });
    if (side == Side::Source && m_lookup && !m_lookup->glossary().entries.isEmpty()) {
        auto it = m_termCache.find(segment);
        if (it == m_termCache.end())
            it = m_termCache.insert(segment, m_lookup->glossaryTerms(s.source.text));
        for (const TermMatch &t : *it)
            out.append({ { t.start, t.length }, colour(Colour::GlossaryTerm, pal), Decoration::DottedUnderline });
    }
    if (segment == m_spokenSegment) // read aloud: over the pointed sentence, under the words' tints
        for (const TextRange &r : m_spoken[side == Side::Source ? 0 : 1])
            out.append({ r, colour(Colour::Spoken, pal), Decoration::Background });
    if (m_wordStatus)
        m_wordStatus->decorate(segment, side, out);
    if (m_ruby)
        m_ruby->decorate(segment, side, out);
    if (m_links)
        m_links->decorate(segment, side, out);
    for (const Finding &f : m_findings.values(segment)) {
        const TextRange r = side == Side::Source ? f.sourceRange : f.targetRange;
        if (r.length > 0)
            out.append({ r, colour(Colour::Finding, pal), Decoration::WavyUnderline });
    }
    return out;
}

void ReaderView::indexHighlights()
{
    m_highlightsBySegment.clear();
    if (!m_doc)
        return;
    const QList<Highlight> &highlights = m_doc->data().highlights;
    for (qsizetype i = 0; i < highlights.size(); ++i)
        m_highlightsBySegment.insert(highlights[i].segment, int(i));
}

void ReaderView::refreshPanes()
{
    m_source->refresh();
    m_target->refresh();
}

unsigned char ReaderView::markOf(int segment) const
{
    const Segment &s = m_doc->segment(segment);
    if (s.excluded)
        return Minimap::Excluded;
    if (m_findings.contains(segment))
        return Minimap::Finding;
    if (!s.isPaired())
        return Minimap::Unpaired;
    if (s.confirmed) // the user's word over the aligner's doubt
        return Minimap::Confirmed;
    if (std::any_of(s.beads.begin(), s.beads.end(), [](const Bead &b) { return b.score < kUnsureScore; }))
        return Minimap::LowConfidence;
    return s.isCorrected() ? Minimap::Corrected : Minimap::None;
}

void ReaderView::rebuildMarks()
{
    std::vector<unsigned char> marks(size_t(m_doc ? m_doc->segmentCount() : 0), Minimap::None);
    for (size_t i = 0; i < marks.size(); ++i)
        marks[i] = markOf(int(i));
    m_targetMap->setMarks(marks);
    m_sourceMap->setMarks(std::move(marks));
}

void ReaderView::updateMinimapViews()
{
    for (ReaderPane *pane : { m_source, m_target }) {
        const QList<int> visible = pane->visibleSegments();
        minimap(pane->side())->setView(visible.isEmpty() ? 0 : visible.front(), visible.isEmpty() ? 0 : visible.back());
    }
}

} // namespace bireader::reader
