#pragma once

#include <QCache>
#include <QFont>
#include <QString>
#include <QTextLayout>

#include <functional>
#include <memory>
#include <vector>

namespace bireader::reader {

// The laid-out text of one side of every segment, made on demand: only the segments a
// pane shows are laid out, so a book of 50,000 segments opens as fast as a page.
// Heights are remembered for every segment laid out once; layouts for the most recently
// used segments only (an LRU cache), so memory stays flat however far one scrolls.
class PaneLayouts
{
public:
    using TextOf = std::function<QString(int segment)>;
    // Colours of stretches of a segment's text that stay until the layout is made again
    // (tone colours): part of the layout, not drawn over it at every paint.
    using ColoursOf = std::function<std::vector<std::pair<std::pair<int, int>, QColor>>(int segment)>;

    explicit PaneLayouts(TextOf textOf);

    void setCount(int segments);
    int count() const { return int(m_heights.size()); }
    void setFont(const QFont &font);
    QFont font() const { return m_font; }
    void setWidth(qreal width);
    qreal width() const { return m_width; }

    // The layout of a segment's text at the current width and font (never null).
    const QTextLayout *layout(int segment);
    // Height of a segment's text, including the gap below it.
    qreal height(int segment);
    qreal gap() const { return m_gap; }
    // Room above each segment's text (for a subtitle cue's times); the lines start below it.
    void setHeader(qreal height);
    qreal header() const { return m_header; }
    // Room above each line (pinyin over the text); the line's text starts below it.
    void setLineTop(qreal height);
    // How far apart Chinese characters stand, in percent of their width: 100, or more when
    // readings go above (pinyin, 125) or beside them (zhuyin).
    void setHanSpacing(int percent);
    void setColours(ColoursOf colours); // then invalidateAll() when they change
    qreal lineTop() const { return m_lineTop; }
    // Interleaved reading: below each segment's text, the other language's in its own font,
    // part of the segment's block (its height, its place in the scroll). companion() is laid
    // out in the block's coordinates, as layout() is; null without one. An empty `text`: none.
    void setCompanion(TextOf text, const QFont &font);
    bool hasCompanion() const { return bool(m_companionOf); }
    const QTextLayout *companion(int segment);

    // Segments a filter hides take no room (height 0); an empty mask hides none.
    void setHidden(std::vector<char> hidden);
    void setHiddenAt(int segment, bool hidden);
    bool isHidden(int segment) const { return !m_hidden.empty() && m_hidden[size_t(segment)]; }

    void invalidate(int segment);
    void invalidateAll();
    void replace(int first, int removed, int inserted);

private:
    struct Block {
        std::unique_ptr<QTextLayout> text, companion;
    };
    Block *block(int segment);
    QList<QTextLayout::FormatRange> formatsOf(int segment, const QString &text) const;

    TextOf m_textOf, m_companionOf;
    ColoursOf m_colours;
    QFont m_font, m_companionFont;
    qreal m_width = 400;
    qreal m_gap = 10;
    qreal m_header = 0;
    qreal m_lineTop = 0;
    int m_hanSpacing = 100;
    std::vector<float> m_heights; // < 0: not laid out yet
    std::vector<char> m_hidden; // per segment, or empty
    QCache<int, Block> m_layouts { 600 };
};

} // namespace bireader::reader
