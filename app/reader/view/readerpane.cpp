#include "readerpane.h"

#include "edit/projectdocument.h"
#include "style/colours.h"
#include "text/links.h"
#include "text/words.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextLine>

#include <algorithm>
#include <cmath>

namespace bireader::reader {
namespace {

constexpr int kUnits = 1000; // scroll bar steps per segment
constexpr qreal kMarker = 4; // width of the state bar left of the text
constexpr qreal kMargin = 14;

} // namespace

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
    m_layouts.setFont(font());
}

ReaderPane::~ReaderPane() = default;

QString ReaderPane::sideText(int segment) const
{
    if (!m_doc || segment < 0 || segment >= m_doc->segmentCount())
        return {};
    const Segment &s = m_doc->segment(segment);
    return m_side == Side::Source ? s.source.text : s.currentTarget().text;
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

void ReaderPane::setTextFont(const QFont &font)
{
    const qreal fraction = topFraction();
    m_layouts.setFont(font);
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

QList<QRectF> ReaderPane::rangeRects(int segment, TextRange range)
{
    QList<QRectF> out;
    const QRectF box = segmentRect(segment);
    if (box.isEmpty() && segment != m_top)
        return out;
    const QTextLayout *layout = m_layouts.layout(segment);
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        const int a = std::max(range.start, line.textStart());
        const int b = std::min(range.end(), line.textStart() + line.textLength());
        if (a >= b)
            continue;
        const qreal x1 = line.cursorToX(a), x2 = line.cursorToX(b);
        out.append(QRectF(box.left() + x1, box.top() + line.y(), x2 - x1, line.height()));
    }
    return out;
}

PanePosition ReaderPane::positionAt(QPointF point)
{
    qreal y = -m_offset;
    for (int s = m_top; s < m_layouts.count() && y < viewport()->height(); ++s) {
        const qreal h = m_layouts.height(s);
        if (point.y() < y + h) {
            const QTextLayout *layout = m_layouts.layout(s);
            const QPointF local(point.x() - textLeft(), point.y() - y);
            for (int i = 0; i < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                if (local.y() < line.y() || local.y() >= line.y() + line.height())
                    continue;
                if (local.x() < 0 || local.x() > line.naturalTextWidth())
                    return { s, -1 };
                const int offset = line.xToCursor(local.x(), QTextLine::CursorOnCharacter);
                return { s, std::min(offset, int(layout->text().size()) - 1) };
            }
            return { s, -1 };
        }
        y += h;
    }
    return {};
}

// Selection ------------------------------------------------------------------------------

bool ReaderPane::spansSegments() const
{
    return m_selEnd.segment >= 0 && m_selEnd.segment != m_selAnchor.segment;
}

bool ReaderPane::hasSelection() const
{
    return m_selRange.length > 0 || spansSegments();
}

TextRange ReaderPane::selectedRange() const
{
    return spansSegments() ? TextRange {} : m_selRange;
}

TextRange ReaderPane::selectionIn(int segment) const
{
    if (!spansSegments())
        return m_selAnchor.segment == segment ? m_selRange : TextRange {};
    const bool forward = m_selEnd.segment > m_selAnchor.segment;
    const PanePosition first = forward ? m_selAnchor : m_selEnd, last = forward ? m_selEnd : m_selAnchor;
    if (segment < first.segment || segment > last.segment)
        return {};
    const int size = int(sideText(segment).size());
    const int start = segment == first.segment ? std::clamp(first.offset, 0, size) : 0;
    const int end = segment == last.segment ? std::clamp(last.offset + 1, 0, size) : size;
    return { start, std::max(0, end - start) };
}

QString ReaderPane::selectedText() const
{
    if (!spansSegments())
        return m_selRange.length <= 0 ? QString()
                                      : sideText(m_selAnchor.segment).mid(m_selRange.start, m_selRange.length);
    // Across segments: each one's part, a paragraph each.
    QStringList parts;
    for (int s = std::min(m_selAnchor.segment, m_selEnd.segment); s <= std::max(m_selAnchor.segment, m_selEnd.segment);
         ++s)
        if (const TextRange r = selectionIn(s); r.length > 0)
            parts << sideText(s).mid(r.start, r.length);
    return parts.join(QLatin1Char('\n'));
}

void ReaderPane::copySelection() const
{
    if (hasSelection())
        QGuiApplication::clipboard()->setText(selectedText());
}

void ReaderPane::clearSelection()
{
    const bool had = hasSelection();
    m_selRange = {};
    m_selAnchor = {};
    m_selEnd = {};
    if (had) {
        viewport()->update();
        emit selectionChanged();
    }
}

void ReaderPane::selectRange(int segment, TextRange range)
{
    m_selAnchor = { segment, range.start };
    m_selRange = range;
    m_selEnd = {};
    viewport()->update();
    emit selectionChanged();
}

TextRange ReaderPane::wordAt(int segment, int offset) const
{
    if (!m_doc)
        return {};
    const QString language
        = m_side == Side::Source ? m_doc->data().document.sourceLanguage : m_doc->data().document.targetLanguage;
    return bireader::wordAt(sideText(segment), offset, language);
}

// Document changes -----------------------------------------------------------------------

void ReaderPane::segmentChanged(int segment)
{
    m_layouts.invalidate(segment);
    if (m_selAnchor.segment == segment || selectionIn(segment).length > 0)
        clearSelection();
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

// Painting -------------------------------------------------------------------------------

void ReaderPane::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    qreal y = -m_offset;
    for (int s = m_top; s < m_layouts.count() && y < viewport()->height(); ++s) {
        paintSegment(p, s, y);
        y += m_layouts.height(s);
    }
}

void ReaderPane::paintSegment(QPainter &p, int segment, qreal y)
{
    const QTextLayout *layout = m_layouts.layout(segment);
    const qreal h = m_layouts.height(segment) - m_layouts.gap();
    const Segment &seg = m_doc->segment(segment);
    const QPalette &pal = palette();
    const qreal left = textLeft();

    if (segment == m_current) {
        QColor c = pal.color(QPalette::Highlight);
        c.setAlphaF(0.07);
        p.fillRect(QRectF(0, y - m_layouts.gap() / 2, viewport()->width(), h + m_layouts.gap()), c);
        p.fillRect(QRectF(1, y, kMarker - 1, h), pal.color(QPalette::Highlight));
    } else if (m_side == Side::Target && seg.isCorrected()) {
        p.fillRect(QRectF(1, y, kMarker - 1, h), colour(Colour::Corrected, pal));
    }
    if (m_side == Side::Target && seg.isCorrected() && segment == m_current)
        p.fillRect(QRectF(kMarker + 1, y, 2, h), colour(Colour::Corrected, pal));

    QList<Decoration> decorations = m_decorations ? m_decorations(segment, m_side) : QList<Decoration> {};
    const TextRange selected = selectionIn(segment);
    if (selected.length > 0)
        decorations.append({ selected, pal.color(QPalette::Highlight), Decoration::Background });
    int marks = 0; // margin marks, one under the other
    for (const Decoration &d : std::as_const(decorations))
        if (d.kind == Decoration::Margin)
            p.fillRect(QRectF(kMarker + 3, y + 3 + 10 * marks++, 7, 7), d.color);
    for (const Decoration &d : std::as_const(decorations)) {
        if (d.kind != Decoration::Background)
            continue;
        for (const QRectF &r : rangeRects(segment, d.range))
            p.fillRect(r.translated(0, 0), d.color);
    }

    if (const QString cue = cueLabel(segment); !cue.isEmpty()) { // subtitle times above the text
        QFont small = m_layouts.font();
        small.setPointSizeF(small.pointSizeF() * 0.72);
        p.setFont(small);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QPointF(left, y + QFontMetricsF(small).ascent()), cue);
    }
    if (layout->text().isEmpty()) { // nothing on this side: a short dashed rule says so
        QPen pen(pal.color(QPalette::PlaceholderText), 1, Qt::DashLine);
        p.setPen(pen);
        const qreal mid = y + m_layouts.header() + (h - m_layouts.header()) / 2;
        p.drawLine(QPointF(left, mid), QPointF(left + 48, mid));
        return;
    }
    QColor ink = seg.excluded ? pal.color(QPalette::Disabled, QPalette::Text) : pal.color(QPalette::Text);
    p.setPen(ink);
    layout->draw(&p, QPointF(left, y));
    if (selected.length > 0) { // selected text in the highlight colour
        QTextLayout::FormatRange sel;
        sel.start = selected.start;
        sel.length = selected.length;
        sel.format.setForeground(pal.color(QPalette::HighlightedText));
        sel.format.setBackground(pal.color(QPalette::Highlight));
        layout->draw(&p, QPointF(left, y), { sel });
    }

    for (const Decoration &d : std::as_const(decorations)) {
        if (d.kind == Decoration::Background || d.kind == Decoration::Margin)
            continue;
        for (const QRectF &r : rangeRects(segment, d.range)) {
            const qreal base = r.bottom() - 2;
            QPen pen(d.color, d.kind == Decoration::Underline ? 2 : 1.4);
            if (d.kind == Decoration::DottedUnderline)
                pen.setStyle(Qt::DotLine);
            p.setPen(pen);
            if (d.kind == Decoration::WavyUnderline) {
                QPainterPath wave;
                wave.moveTo(r.left(), base);
                for (qreal x = r.left(); x < r.right(); x += 4)
                    wave.quadTo(x + 1, base + ((int(x - r.left()) / 4) % 2 ? 2 : -2), std::min(x + 4, r.right()), base);
                p.drawPath(wave);
            } else {
                p.drawLine(QPointF(r.left(), base), QPointF(r.right(), base));
            }
        }
    }
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
    if (event->type() == QEvent::PaletteChange)
        viewport()->update();
}

void ReaderPane::wheelEvent(QWheelEvent *event)
{
    const QFontMetricsF fm(m_layouts.font());
    qreal dy = 0;
    if (!event->pixelDelta().isNull())
        dy = -event->pixelDelta().y();
    else
        dy = -event->angleDelta().y() / 120.0 * 3 * fm.lineSpacing();
    scrollByPixels(dy);
    event->accept();
}

void ReaderPane::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_J:
    case Qt::Key_Down:
        setCurrentSegment(m_current + 1);
        ensureVisible(m_current);
        emit navigated(m_current);
        break;
    case Qt::Key_K:
    case Qt::Key_Up:
        setCurrentSegment(m_current - 1);
        ensureVisible(m_current);
        emit navigated(m_current);
        break;
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        scrollByPixels(viewport()->height() * 0.9);
        break;
    case Qt::Key_PageUp:
        scrollByPixels(-viewport()->height() * 0.9);
        break;
    case Qt::Key_Home:
        setCurrentSegment(0);
        setPosition(0, 0);
        break;
    case Qt::Key_End:
        setCurrentSegment(m_layouts.count() - 1);
        setPosition(m_layouts.count() - 1, 0);
        break;
    case Qt::Key_Escape:
        clearSelection();
        break;
    default:
        if (event->matches(QKeySequence::Copy)) {
            copySelection();
            break;
        }
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void ReaderPane::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton && hasSelection())
        return; // keep the selection for the context menu
    const PanePosition at = positionAt(event->position());
    if (at.segment < 0)
        return;
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ControlModifier) && at.offset >= 0) {
        if (const QUrl url = webLinkAt(sideText(at.segment), at.offset); url.isValid()) {
            emit linkActivated(url); // only on this explicit action, and only http(s)
            return;
        }
    }
    setCurrentSegment(at.segment);
    if (event->button() == Qt::LeftButton) {
        m_pressedAt = at;
        clearSelection();
        m_selAnchor = at.offset >= 0 ? at : PanePosition {};
        m_selecting = at.offset >= 0;
    }
}

void ReaderPane::mouseMoveEvent(QMouseEvent *event)
{
    const PanePosition at = positionAt(event->position());
    if (m_selecting && at.segment == m_selAnchor.segment) {
        const QString text = sideText(at.segment);
        int end = at.offset >= 0 ? at.offset : m_selRange.end();
        const int a = std::min(m_selAnchor.offset, end), b = std::max(m_selAnchor.offset, end) + 1;
        m_selRange = { a, std::min<int>(b, int(text.size())) - a };
        m_selEnd = {};
        viewport()->update();
    } else if (m_selecting && at.segment >= 0) { // into another segment: the selection spans them
        const int size = int(sideText(at.segment).size());
        m_selEnd = { at.segment, at.offset >= 0 ? at.offset : (at.segment > m_selAnchor.segment ? size - 1 : 0) };
        const int anchorSize = int(sideText(m_selAnchor.segment).size());
        m_selRange = at.segment > m_selAnchor.segment
            ? TextRange { m_selAnchor.offset, anchorSize - m_selAnchor.offset }
            : TextRange { 0, m_selAnchor.offset + 1 };
        viewport()->update();
    }
    const bool onLink = at.offset >= 0 && webLinkAt(sideText(at.segment), at.offset).isValid();
    viewport()->setCursor(onLink ? Qt::PointingHandCursor : Qt::IBeamCursor);
    viewport()->setToolTip(onLink ? tr("Ctrl+click to open in the browser") : QString());
    emit pointed(at.segment, at.offset, event->globalPosition().toPoint());
}

void ReaderPane::mouseReleaseEvent(QMouseEvent *event)
{
    const PanePosition pressed = std::exchange(m_pressedAt, PanePosition {});
    if (!m_selecting)
        return;
    m_selecting = false;
    if (hasSelection()) {
        emit selectionChanged();
        return;
    }
    const PanePosition at = positionAt(event->position());
    if (event->button() == Qt::LeftButton && at.segment == pressed.segment && at.offset >= 0)
        emit clicked(at.segment, at.offset, event->modifiers());
}

void ReaderPane::mouseDoubleClickEvent(QMouseEvent *event)
{
    const PanePosition at = positionAt(event->position());
    if (at.offset < 0)
        return;
    const TextRange w = wordAt(at.segment, at.offset);
    if (w.length > 0)
        selectRange(at.segment, w);
}

void ReaderPane::leaveEvent(QEvent *event)
{
    QAbstractScrollArea::leaveEvent(event);
    emit left();
}

void ReaderPane::contextMenuEvent(QContextMenuEvent *event)
{
    const PanePosition at = positionAt(viewport()->mapFrom(this, event->pos()));
    if (at.segment >= 0)
        emit contextMenuAt(at.segment, at.offset, event->globalPos());
}

} // namespace bireader::reader
