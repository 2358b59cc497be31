#pragma once

#include "model/segment.h"
#include "view/panelayouts.h"

#include <QAbstractScrollArea>
#include <QColor>

#include <functional>

namespace bireader {
class ProjectDocument;
}

namespace bireader::reader {

// Something drawn on a range of a segment's text: a background (highlights, the pointed
// sentence and its counterpart, search hits), an underline (glossary terms, QA), or a mark
// in the margin beside the segment (a note on the whole segment, a stretch's start).
struct Decoration {
    // Ruby: `text` small above the range (pinyin), in the room ReaderPane::setRubySpace()
    // makes above each line. (The text's own colours are the layout's: setTextColours().)
    // SideRuby: `text` small beside a character, top to bottom (zhuyin), in the room
    // setRubySpace() makes between characters.
    enum Kind { Background, Underline, DottedUnderline, WavyUnderline, Margin, Ruby, SideRuby };
    Decoration() = default;
    Decoration(TextRange range, QColor color, Kind kind = Background, QString text = {})
        : range(range)
        , color(color)
        , kind(kind)
        , text(std::move(text))
    {
    }
    TextRange range;
    QColor color;
    Kind kind = Background;
    QString text;
};

// A text position in a pane: a segment and a character offset in its side's text
// (-1 when the point is beside the text).
struct PanePosition {
    int segment = -1;
    int offset = -1;
    bool companion = false; // in the other language's text below (interleaved reading)
    bool operator==(const PanePosition &) const = default;
};

// One language of the document as flowing text, segment after segment, like a page.
// Only the segments in view are laid out and painted (PaneLayouts), so scrolling a book
// costs what a screenful costs. The scroll position is a segment and a fraction of its
// height, the unit in which two panes keep in step (PaneSync).
class ReaderPane : public QAbstractScrollArea
{
    Q_OBJECT

public:
    using DecorationsOf = std::function<QList<Decoration>(int segment, Side side)>;

    ReaderPane(Side side, QWidget *parent = nullptr);
    ~ReaderPane() override;

    Side side() const { return m_side; }
    void setDocument(const ProjectDocument *document);
    void setDecorations(DecorationsOf decorations) { m_decorations = std::move(decorations); }
    void setTextFont(const QFont &font);
    // Room for readings: Chinese characters `hanSpacing` percent apart (as in a textbook, so
    // that a word's pinyin mostly fits over it, or zhuyin beside each character), and room
    // above each line for Decoration::Ruby when `above`.
    void setRubySpace(bool on, int hanSpacing = 125, bool above = true);
    int hanSpacing() const { return m_hanSpacing; }
    // Colours of the text itself (tone colours), part of the layout; restyle() when they change.
    void setTextColours(PaneLayouts::ColoursOf colours) { m_layouts.setColours(std::move(colours)); }
    void restyle();
    bool hasRubySpace() const { return m_ruby; }
    // Interleaved reading: the other language's text below each segment's, in `font` and
    // `ink`, lit and underlined as that language's pane would be; pointing at it points at
    // that side (pointedCompanion). Off: this side only.
    void setCompanion(bool on, const QFont &font = {}, const QColor &ink = {});
    bool hasCompanion() const { return m_layouts.hasCompanion(); }
    Side companionSide() const { return m_side == Side::Source ? Side::Target : Side::Source; }
    QFont textFont() const { return m_baseFont; }

    // Scroll position: the segment at the top of the view and how far (0..1) it is scrolled.
    int topSegment() const { return m_top; }
    qreal topFraction();
    void setPosition(int segment, qreal fraction);
    void scrollByPixels(qreal dy);

    // Segments a filter hides (per segment; empty: none): no room, not painted.
    void setHidden(std::vector<char> hidden);
    void setHiddenAt(int segment, bool hidden);
    bool isHidden(int segment) const { return m_layouts.isHidden(segment); }

    int currentSegment() const { return m_current; }
    void setCurrentSegment(int segment);
    void ensureVisible(int segment);

    // Geometry in viewport coordinates; an empty rect for a segment out of view.
    QRectF segmentRect(int segment);
    QList<QRectF> rangeRects(int segment, TextRange range);
    QList<QRectF> companionRects(int segment, TextRange range); // in the text below (interleaved)
    PanePosition positionAt(QPointF viewportPoint);
    QList<int> visibleSegments();

    PanePosition selectionStart() const { return m_selAnchor; }
    // A selection may run across segments (for copying); the actions on a piece of text
    // (glossary, vocabulary, notes) take it only within one segment.
    bool hasSelection() const;
    bool spansSegments() const;
    TextRange selectionIn(int segment) const; // the part of the selection in a segment
    void copySelection() const; // to the clipboard, a paragraph a segment
    TextRange selectedRange() const;
    int selectedSegment() const { return m_selRange.length > 0 && !spansSegments() ? m_selAnchor.segment : -1; }
    QString selectedText() const;
    void clearSelection();
    void selectRange(int segment, TextRange range);

    QString sideText(int segment) const; // what the pane shows (a correction, when there is one)
    QString textOf(int segment, Side side) const;
    // A subtitle cue's times as the pane shows them above its text ("" without times).
    QString cueLabel(int segment) const;
    static QString formatTime(qint64 ms);

public slots:
    void segmentChanged(int segment);
    void segmentsReplaced(int first, int removed, int inserted);
    void refresh(); // decorations changed

signals:
    void positionChanged(int segment, qreal fraction);
    void currentChanged(int segment);
    void navigated(int segment); // the current segment moved by keyboard: keep it in view
    void pointed(int segment, int offset, QPoint globalPos); // offset -1: beside the text
    void pointedCompanion(int segment, int offset, QPoint globalPos); // in the text below
    void left();
    void contextMenuAt(int segment, int offset, QPoint globalPos);
    // A click that selected nothing (press and release on the same character).
    void clicked(int segment, int offset, Qt::KeyboardModifiers modifiers);
    void selectionChanged();
    void linkActivated(const QUrl &url); // Ctrl+click on a web address (http/https only)

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QFont rubyFont() const;
    void paintRuby(QPainter &p, int segment, const QList<Decoration> &decorations);
    void paintSideRuby(QPainter &p, int segment, const QList<Decoration> &decorations);
    static constexpr int kUnits = 1000; // scroll bar steps per segment
    static constexpr qreal kMarker = 4; // width of the state bar left of the text
    static constexpr qreal kMargin = 14;

    qreal textLeft() const;
    qreal textWidth() const;
    void paintSegment(QPainter &p, int segment, qreal y);
    void paintCompanion(QPainter &p, int segment, qreal y);
    static QList<QRectF> rectsIn(const QTextLayout *layout, QPointF origin, TextRange range);
    static int offsetIn(const QTextLayout *layout, QPointF local, qreal lineTop);
    void clampPosition();
    void updateHeader();
    void syncScrollBar();
    void announcePosition();
    TextRange wordAt(int segment, int offset) const;

    Side m_side;
    const ProjectDocument *m_doc = nullptr;
    PaneLayouts m_layouts;
    QFont m_baseFont; // the font set; the layouts use it spaced when pinyin is shown
    bool m_ruby = false;
    int m_hanSpacing = 125;
    DecorationsOf m_decorations;
    int m_top = 0;
    qreal m_offset = 0; // pixels of m_top above the view
    int m_current = -1;
    bool m_updatingScrollBar = false;
    PanePosition m_selAnchor;
    TextRange m_selRange; // in the anchor's segment
    PanePosition m_selEnd; // where a selection across segments ends (segment -1: within one)
    bool m_selecting = false;
    PanePosition m_pressedAt; // where the left button went down
    bool m_showTimes = false;
    QColor m_companionInk;
};

} // namespace bireader::reader
