#include "panelayouts.h"

#include "text/script.h"

#include <QFontMetricsF>
#include <QTextOption>

namespace bireader::reader {

PaneLayouts::PaneLayouts(TextOf textOf)
    : m_textOf(std::move(textOf))
{
}

void PaneLayouts::setCount(int segments)
{
    m_heights.assign(size_t(segments), -1.f);
    m_hidden.clear();
    m_layouts.clear();
}

void PaneLayouts::setFont(const QFont &font)
{
    m_font = font;
    m_gap = QFontMetricsF(font).lineSpacing() * 0.7;
    invalidateAll();
}

void PaneLayouts::setWidth(qreal width)
{
    if (qFuzzyCompare(width, m_width))
        return;
    m_width = width;
    invalidateAll();
}

void PaneLayouts::setHeader(qreal height)
{
    if (qFuzzyCompare(height + 1, m_header + 1))
        return;
    m_header = height;
    invalidateAll();
}

void PaneLayouts::setLineTop(qreal height)
{
    if (qFuzzyCompare(height + 1, m_lineTop + 1))
        return;
    m_lineTop = height;
    invalidateAll();
}

void PaneLayouts::setCompanion(TextOf text, const QFont &font)
{
    m_companionOf = std::move(text);
    m_companionFont = font;
    invalidateAll();
}

void PaneLayouts::setHanSpacing(int percent)
{
    if (percent == m_hanSpacing)
        return;
    m_hanSpacing = percent;
    invalidateAll();
}

void PaneLayouts::setColours(ColoursOf colours)
{
    m_colours = std::move(colours);
    invalidateAll();
}

QList<QTextLayout::FormatRange> PaneLayouts::formatsOf(int segment, const QString &text) const
{
    // Per character: its colour (an index into the colours given, -1 none) and whether it is
    // spaced for pinyin (Han characters, when there is room for pinyin); then runs of equals.
    const auto colours = m_colours ? m_colours(segment) : decltype(m_colours(segment)) {};
    const bool spacing = m_hanSpacing != 100;
    if (colours.empty() && !spacing)
        return {};
    const int n = int(text.size());
    std::vector<int> colourAt(size_t(n), -1);
    for (size_t c = 0; c < colours.size(); ++c)
        for (int k = std::max(0, colours[c].first.first);
             k < std::min(n, colours[c].first.first + colours[c].first.second); ++k)
            colourAt[size_t(k)] = int(c);
    QList<QTextLayout::FormatRange> out;
    for (int i = 0; i < n;) {
        const int colour = colourAt[size_t(i)];
        const bool spaced = spacing && isHanCharacter(text[i]);
        int j = i + 1;
        while (j < n && colourAt[size_t(j)] == colour && (spacing && isHanCharacter(text[j])) == spaced)
            ++j;
        if (colour >= 0 || spaced) {
            QTextLayout::FormatRange f;
            f.start = i;
            f.length = j - i;
            if (colour >= 0)
                f.format.setForeground(colours[size_t(colour)].second);
            if (spaced) {
                f.format.setFontLetterSpacingType(QFont::PercentageSpacing);
                f.format.setFontLetterSpacing(m_hanSpacing);
            }
            out.append(f);
        }
        i = j;
    }
    return out;
}

namespace {

QTextLayout *newLayout(QString text, const QFont &font)
{
    text.replace(QLatin1Char('\n'), QChar::LineSeparator); // paragraphs of a merged segment
    auto *layout = new QTextLayout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    return layout;
}

} // namespace

PaneLayouts::Block *PaneLayouts::block(int segment)
{
    if (Block *cached = m_layouts.object(segment))
        return cached;
    auto *block = new Block;
    block->text.reset(newLayout(m_textOf(segment), m_font));
    QTextLayout *layout = block->text.get();
    layout->setFormats(formatsOf(segment, layout->text()));
    layout->beginLayout();
    qreal y = m_header;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(m_width);
        line.setPosition({ 0, y + m_lineTop });
        y += m_lineTop + line.height();
    }
    layout->endLayout();
    if (layout->text().isEmpty())
        y = m_header + QFontMetricsF(m_font).lineSpacing() * 0.6; // an empty side keeps a thin place
    if (m_companionOf) {
        if (const QString other = m_companionOf(segment); !other.isEmpty()) {
            block->companion.reset(newLayout(other, m_companionFont));
            QTextLayout *below = block->companion.get();
            y += QFontMetricsF(m_companionFont).lineSpacing() * 0.3;
            below->beginLayout();
            for (QTextLine line = below->createLine(); line.isValid(); line = below->createLine()) {
                line.setLineWidth(m_width);
                line.setPosition({ 0, y });
                y += line.height();
            }
            below->endLayout();
        }
    }
    m_heights[size_t(segment)] = float(y + m_gap);
    m_layouts.insert(segment, block);
    return block;
}

const QTextLayout *PaneLayouts::layout(int segment)
{
    return block(segment)->text.get();
}

const QTextLayout *PaneLayouts::companion(int segment)
{
    return block(segment)->companion.get();
}

void PaneLayouts::setHidden(std::vector<char> hidden)
{
    m_hidden = hidden.size() == m_heights.size() ? std::move(hidden) : std::vector<char> {};
}

void PaneLayouts::setHiddenAt(int segment, bool hidden)
{
    if (segment < 0 || segment >= count())
        return;
    if (m_hidden.empty() && hidden)
        m_hidden.assign(m_heights.size(), 0);
    if (!m_hidden.empty())
        m_hidden[size_t(segment)] = hidden;
}

qreal PaneLayouts::height(int segment)
{
    if (segment < 0 || segment >= count() || isHidden(segment))
        return 0;
    if (m_heights[size_t(segment)] < 0)
        layout(segment);
    return m_heights[size_t(segment)];
}

void PaneLayouts::invalidate(int segment)
{
    if (segment < 0 || segment >= count())
        return;
    m_heights[size_t(segment)] = -1.f;
    m_layouts.remove(segment);
}

void PaneLayouts::invalidateAll()
{
    std::fill(m_heights.begin(), m_heights.end(), -1.f);
    m_layouts.clear();
}

void PaneLayouts::replace(int first, int removed, int inserted)
{
    m_heights.erase(m_heights.begin() + first, m_heights.begin() + first + removed);
    m_heights.insert(m_heights.begin() + first, size_t(inserted), -1.f);
    if (!m_hidden.empty()) {
        m_hidden.erase(m_hidden.begin() + first, m_hidden.begin() + first + removed);
        m_hidden.insert(m_hidden.begin() + first, size_t(inserted), 0);
    }
    m_layouts.clear();
}

} // namespace bireader::reader
