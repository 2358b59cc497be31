#include "readerpane.h"

#include "edit/projectdocument.h"

#include <QScrollBar>
#include <QTextLine>

#include <algorithm>
#include <cmath>

namespace bireader::reader {

ReaderPane::ReaderPane(Side side, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_side(side)
    , m_layouts([this](int segment) { return sideText(segment); })
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setFrameShape(QFrame::NoFrame);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    m_baseFont = font();
    m_layouts.setFont(font());
}

ReaderPane::~ReaderPane() = default;

QString ReaderPane::sideText(int segment) const
{
    return textOf(segment, m_side);
}

QString ReaderPane::textOf(int segment, Side side) const
{
    if (!m_doc || segment < 0 || segment >= m_doc->segmentCount())
        return {};
    const Segment &s = m_doc->segment(segment);
    return side == Side::Source ? s.source.text : s.currentTarget().text;
}

void ReaderPane::setCompanion(bool on, const QFont &font, const QColor &ink)
{
    m_companionInk = ink;
    const qreal fraction = topFraction();
    if (on)
        m_layouts.setCompanion([this](int segment) { return textOf(segment, companionSide()); }, font);
    else
        m_layouts.setCompanion({}, {});
    setPosition(m_top, fraction);
    viewport()->update();
}

QString ReaderPane::formatTime(qint64 ms)
{
    return QStringLiteral("%1:%2:%3.%4")
        .arg(ms / 3600000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QString ReaderPane::cueLabel(int segment) const
{
    if (!m_showTimes || !m_doc || segment < 0 || segment >= m_doc->segmentCount())
        return {};
    const Segment &s = m_doc->segment(segment);
    if (s.startMs < 0)
        return {};
    return formatTime(s.startMs) + QStringLiteral(" → ") + formatTime(s.endMs);
}

void ReaderPane::updateHeader()
{
    QFont small = m_layouts.font();
    small.setPointSizeF(small.pointSizeF() * 0.72);
    m_layouts.setHeader(m_showTimes ? QFontMetricsF(small).lineSpacing() : 0);
}

void ReaderPane::setDocument(const ProjectDocument *document)
{
    m_doc = document;
    m_showTimes = false;
    for (int i = 0; document && i < document->segmentCount() && !m_showTimes; ++i)
        m_showTimes = document->segment(i).startMs >= 0;
    updateHeader();
    m_layouts.setCount(document ? document->segmentCount() : 0);
    m_top = 0;
    m_offset = 0;
    m_current = m_layouts.count() > 0 ? 0 : -1;
    clearSelection();
    m_layouts.setWidth(textWidth());
    syncScrollBar();
    viewport()->update();
}

void ReaderPane::setRubySpace(bool on, int hanSpacing, bool above)
{
    const qreal fraction = topFraction();
    m_ruby = on;
    m_hanSpacing = hanSpacing;
    m_layouts.setHanSpacing(on ? hanSpacing : 100);
    m_layouts.setLineTop(on && above ? QFontMetricsF(rubyFont()).height() : 0);
    m_offset = fraction * m_layouts.height(m_top);
    clampPosition();
    syncScrollBar();
    viewport()->update();
}

void ReaderPane::restyle()
{
    const qreal fraction = topFraction();
    m_layouts.invalidateAll();
    setPosition(m_top, fraction);
    viewport()->update();
}

QFont ReaderPane::rubyFont() const
{
    QFont small = m_baseFont;
    small.setPointSizeF(small.pointSizeF() * 0.55);
    return small;
}

void ReaderPane::setTextFont(const QFont &font)
{
    const qreal fraction = topFraction();
    m_baseFont = font;
    m_layouts.setFont(font);
    if (m_layouts.lineTop() > 0) // the pinyin's room grows with the text
        m_layouts.setLineTop(QFontMetricsF(rubyFont()).height());
    updateHeader();
    setPosition(m_top, fraction);
    if (m_current >= 0 && !visibleSegments().contains(m_current))
        ensureVisible(m_current);
}

qreal ReaderPane::textLeft() const
{
    return kMarker + kMargin;
}

qreal ReaderPane::textWidth() const
{
    return std::max<qreal>(60, viewport()->width() - textLeft() - kMargin);
}

// Scrolling ----------------------------------------------------------------------------

qreal ReaderPane::topFraction()
{
    const qreal h = m_layouts.height(m_top);
    return h > 0 ? std::clamp(m_offset / h, 0.0, 1.0) : 0.0;
}

void ReaderPane::setPosition(int segment, qreal fraction)
{
    if (m_layouts.count() == 0)
        return;
    m_top = std::clamp(segment, 0, m_layouts.count() - 1);
    m_offset = std::clamp(fraction, 0.0, 1.0) * m_layouts.height(m_top);
    clampPosition();
    syncScrollBar();
    viewport()->update();
    announcePosition();
}

void ReaderPane::scrollByPixels(qreal dy)
{
    if (m_layouts.count() == 0)
        return;
    m_offset += dy;
    while (m_offset >= m_layouts.height(m_top) && m_top + 1 < m_layouts.count())
        m_offset -= m_layouts.height(m_top++);
    while (m_offset < 0 && m_top > 0)
        m_offset += m_layouts.height(--m_top);
    clampPosition();
    syncScrollBar();
    viewport()->update();
    announcePosition();
}

void ReaderPane::clampPosition()
{
    const int last = m_layouts.count() - 1;
    if (m_top >= last) { // the last segment may scroll up to its last line, no further
        m_top = std::max(0, last);
        m_offset = std::min(m_offset, std::max<qreal>(0, m_layouts.height(m_top) - m_layouts.gap() * 3));
    }
    m_offset = std::max<qreal>(0, m_offset);
}

void ReaderPane::syncScrollBar()
{
    m_updatingScrollBar = true;
    QScrollBar *bar = verticalScrollBar();
    bar->setRange(0, std::max(0, m_layouts.count() * kUnits - 1));
    bar->setPageStep(kUnits * 4);
    bar->setSingleStep(kUnits / 4);
    bar->setValue(m_top * kUnits + int(std::lround(topFraction() * (kUnits - 1))));
    m_updatingScrollBar = false;
}

void ReaderPane::scrollContentsBy(int, int)
{
    if (m_updatingScrollBar)
        return;
    const int value = verticalScrollBar()->value();
    m_top = std::clamp(value / kUnits, 0, std::max(0, m_layouts.count() - 1));
    m_offset = (value % kUnits) / qreal(kUnits) * m_layouts.height(m_top);
    clampPosition();
    viewport()->update();
    announcePosition();
}

void ReaderPane::announcePosition()
{
    emit positionChanged(m_top, topFraction());
}

void ReaderPane::setCurrentSegment(int segment)
{
    if (m_layouts.count() == 0)
        return;
    segment = std::clamp(segment, 0, m_layouts.count() - 1);
    if (segment == m_current)
        return;
    m_current = segment;
    viewport()->update();
    emit currentChanged(segment);
}

void ReaderPane::ensureVisible(int segment)
{
    if (segment < 0 || segment >= m_layouts.count())
        return;
    const QRectF r = segmentRect(segment);
    if (r.isEmpty() || r.top() < 0 || r.bottom() > viewport()->height())
        setPosition(segment, 0);
}

QList<int> ReaderPane::visibleSegments()
{
    QList<int> out;
    qreal y = -m_offset;
    for (int s = m_top; s < m_layouts.count() && y < viewport()->height(); ++s) {
        out.append(s);
        y += m_layouts.height(s);
    }
    return out;
}

QRectF ReaderPane::segmentRect(int segment)
{
    if (segment < m_top)
        return {};
    qreal y = -m_offset;
    for (int s = m_top; s < m_layouts.count() && y < viewport()->height(); ++s) {
        const qreal h = m_layouts.height(s);
        if (s == segment)
            return { textLeft(), y, textWidth(), h - m_layouts.gap() };
        y += h;
    }
    return {};
}

QList<QRectF> ReaderPane::rectsIn(const QTextLayout *layout, QPointF origin, TextRange range)
{
    QList<QRectF> out;
    for (int i = 0; layout && i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        const int a = std::max(range.start, line.textStart());
        const int b = std::min(range.end(), line.textStart() + line.textLength());
        if (a >= b)
            continue;
        const qreal x1 = line.cursorToX(a), x2 = line.cursorToX(b);
        out.append(QRectF(origin.x() + x1, origin.y() + line.y(), x2 - x1, line.height()));
    }
    return out;
}

QList<QRectF> ReaderPane::rangeRects(int segment, TextRange range)
{
    const QRectF box = segmentRect(segment);
    if (box.isEmpty() && segment != m_top)
        return {};
    return rectsIn(m_layouts.layout(segment), box.topLeft(), range);
}

QList<QRectF> ReaderPane::companionRects(int segment, TextRange range)
{
    const QRectF box = segmentRect(segment);
    if (box.isEmpty() && segment != m_top)
        return {};
    return rectsIn(m_layouts.companion(segment), box.topLeft(), range);
}

// The character under `local` (block coordinates) in a layout, -1 beside its text, -2 above
// or below all its lines.
int ReaderPane::offsetIn(const QTextLayout *layout, QPointF local, qreal lineTop)
{
    for (int i = 0; layout && i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        // A line's pinyin room above it (Decoration::Ruby) belongs to it.
        if (local.y() < line.y() - lineTop || local.y() >= line.y() + line.height())
            continue;
        if (local.x() < 0 || local.x() > line.naturalTextWidth())
            return -1;
        const int offset = line.xToCursor(local.x(), QTextLine::CursorOnCharacter);
        return std::min(offset, int(layout->text().size()) - 1);
    }
    return -2;
}

PanePosition ReaderPane::positionAt(QPointF point)
{
    qreal y = -m_offset;
    for (int s = m_top; s < m_layouts.count() && y < viewport()->height(); ++s) {
        const qreal h = m_layouts.height(s);
        if (point.y() < y + h) {
            const QPointF local(point.x() - textLeft(), point.y() - y);
            if (const int offset = offsetIn(m_layouts.layout(s), local, m_layouts.lineTop()); offset > -2)
                return { s, offset };
            if (const int offset = offsetIn(m_layouts.companion(s), local, 0); offset > -2)
                return { s, offset, true };
            return { s, -1 };
        }
        y += h;
    }
    return {};
}

void ReaderPane::segmentChanged(int segment)
{
    m_layouts.invalidate(segment);
    if (m_selAnchor.segment == segment || selectionIn(segment).length > 0)
        clearSelection();
    viewport()->update();
}

void ReaderPane::setHidden(std::vector<char> hidden)
{
    m_layouts.setHidden(std::move(hidden));
    clampPosition();
    syncScrollBar();
    viewport()->update();
}

void ReaderPane::setHiddenAt(int segment, bool hidden)
{
    if (hidden == isHidden(segment))
        return;
    m_layouts.setHiddenAt(segment, hidden);
    clampPosition();
    viewport()->update();
}

void ReaderPane::segmentsReplaced(int first, int removed, int inserted)
{
    m_layouts.replace(first, removed, inserted);
    clearSelection();
    const int shift = inserted - removed;
    if (m_top >= first + removed)
        m_top += shift;
    else if (m_top >= first)
        m_top = first, m_offset = 0;
    if (m_current >= first + removed)
        m_current += shift;
    else if (m_current >= first)
        m_current = std::min(first, m_layouts.count() - 1);
    clampPosition();
    syncScrollBar();
    viewport()->update();
}

void ReaderPane::refresh()
{
    viewport()->update();
}

// Events ----------------------------------------------------------------------------------

void ReaderPane::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    const qreal fraction = topFraction();
    m_layouts.setWidth(textWidth());
    m_offset = fraction * m_layouts.height(m_top);
    clampPosition();
    syncScrollBar();
}

void ReaderPane::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) // the text's own colours (tones) follow the theme
        restyle();
}

} // namespace bireader::reader
