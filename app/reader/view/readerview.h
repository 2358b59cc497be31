#pragma once

#include "glossary/hoverlookup.h"
#include "qa/finding.h"
#include "view/readerpane.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QSplitter;

namespace bireader {
class ProjectDocument;
}

namespace bireader::reader {

class HoverController;
class LinkEditor;
class WordStatusView;
class RubyView;
class HoverPopup;
class Minimap;
class PaneSync;

// The two panes side by side (or stacked), each with its minimap, kept in step; the
// sentence pointed at and its counterpart lit; glossary terms underlined, the hover
// popup, and the approved (or wrong) rendering of a hovered term marked in the other pane.
class ReaderView : public QWidget
{
    Q_OBJECT

public:
    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    void setDocument(ProjectDocument *document);
    ProjectDocument *document() const { return m_doc; }
    void setLookup(std::shared_ptr<const HoverLookup> lookup);
    const HoverLookup *lookup() const { return m_lookup.get(); }
    void setFindings(const QList<Finding> &findings);
    void setSearchHits(const QList<std::tuple<int, Side, TextRange>> &hits);

    ReaderPane *pane(Side side) const { return side == Side::Source ? m_source : m_target; }
    Minimap *minimap(Side side) const { return side == Side::Source ? m_sourceMap : m_targetMap; }
    HoverPopup *popup() const;
    HoverController *hover() const { return m_hover; }
    LinkEditor *links() const { return m_links; }
    WordStatusView *wordStatus() const { return m_wordStatus; }
    RubyView *ruby() const { return m_ruby; }
    PaneSync *sync() const { return m_sync; }

    int currentSegment() const;
    void goToSegment(int segment);
    void setSwapped(bool swapped);
    bool isSwapped() const { return m_swapped; }
    void setStacked(bool stacked);
    // One language only (the other pane hidden): the counterpart of the sentence pointed at,
    // else of the current segment, shows in a strip below. nullopt: both panes.
    void setSingleSide(std::optional<Side> side);
    std::optional<Side> singleSide() const { return m_single; }
    // One column, each segment's source followed by its translation (smaller when
    // `smaller`, in the companion ink when `coloured`), lit by beads as in two panes.
    void setInterleaved(bool on, bool smaller = true, bool coloured = true);
    bool isInterleaved() const { return m_interleaved; }
    // The pane that shows a side's text: its own, or the source pane in interleaved reading.
    ReaderPane *showing(Side side) const;
    // Which segments show (as OmegaT's and Lokalize's filters): all; those waiting for
    // confirmation (paired, part of the text, not confirmed); those with QA findings; the
    // corrected ones. The others take no room in either pane.
    enum class Filter { All, Unconfirmed, WithFindings, Corrected };
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    bool shows(int segment) const;
    QString stripText() const; // what the strip shows (tests)
    // The sentence being read aloud and its counterpart, lit (segment -1: none).
    void setSpoken(int segment, const QList<TextRange> &source, const QList<TextRange> &target);
    int spokenSegment() const { return m_spokenSegment; }
    QList<TextRange> spokenRanges(Side side) const { return m_spoken[side == Side::Source ? 0 : 1]; }
    void setPaneFonts(const QFont &source, const QFont &target);
    void zoom(int steps); // 0: back to 100 %
    int zoomPercent() const { return m_zoom; }

    // The segment a re-alignment stretch starts at (a mark in the margin), or -1.
    void setStretchStart(int segment)
    {
        m_stretchStart = segment;
        refreshPanes();
    }
    int stretchStart() const { return m_stretchStart; }

    // Hover at a text position of one side, as the mouse does (tests call it directly).
    void pointAt(Side side, int segment, int offset, QPoint globalPos);
    void clearPointer();
    // Marked ranges of a hovered glossary term in the other pane: (segment, side, range, approved).
    struct TermMark {
        int segment;
        Side side;
        TextRange range;
        bool approved;
    };
    const QList<TermMark> &termMarks() const { return m_termMarks; }
    // The pointed sentence and its counterpart, lit on each side.
    int litSegment() const { return m_hoverSegment; }
    QList<TextRange> litRanges(Side side) const { return side == Side::Source ? m_hoverSource : m_hoverTarget; }

signals:
    void currentChanged(int segment);
    void contextMenuRequested(Side side, int segment, int offset, QPoint globalPos);
    void linkActivated(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    QList<Decoration> decorationsFor(int segment, Side side);
    void rebuildMarks();
    unsigned char markOf(int segment) const;
    void updateMinimapViews();
    void onSegmentChanged(int segment);
    void onSegmentsReplaced(int first, int removed, int inserted);
    void refreshPanes();
    void indexHighlights();
    QFont zoomed(const QFont &font) const;
    QString language(Side side) const;
    void updateStrip();
    void setUpStrip();
    void updateCompanion();
    void updateFilter(); // every segment again
    void updateFilterAt(int segment);

    ProjectDocument *m_doc = nullptr;
    std::shared_ptr<const HoverLookup> m_lookup;
    ReaderPane *m_source, *m_target;
    Minimap *m_sourceMap, *m_targetMap;
    QWidget *m_sourceBox, *m_targetBox;
    QSplitter *m_splitter;
    PaneSync *m_sync;
    HoverController *m_hover;
    LinkEditor *m_links = nullptr;
    WordStatusView *m_wordStatus = nullptr;
    RubyView *m_ruby = nullptr;
    bool m_swapped = false;
    std::optional<Side> m_single;
    bool m_interleaved = false, m_companionSmaller = true, m_companionColoured = true;
    Filter m_filter = Filter::All;
    int m_spokenSegment = -1;
    QList<TextRange> m_spoken[2];
    QLabel *m_strip;
    int m_zoom = 100;
    QFont m_sourceFont, m_targetFont;

    // What is lit: the pointed sentence, its counterpart, a term's renderings.
    int m_hoverSegment = -1;
    int m_stretchStart = -1;
    Side m_hoverSide = Side::Source;
    QList<TextRange> m_hoverSource, m_hoverTarget;
    QList<TermMark> m_termMarks;
    QMultiHash<int, Finding> m_findings;
    QMultiHash<int, std::pair<Side, TextRange>> m_searchHits;
    QHash<int, QList<TermMatch>> m_termCache; // glossary terms per segment source
    QMultiHash<int, int> m_highlightsBySegment; // segment -> index into the document's highlights
};

} // namespace bireader::reader
