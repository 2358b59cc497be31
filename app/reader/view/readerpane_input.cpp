// ReaderPane: the selection, and the keys, wheel and mouse.
#include "readerpane.h"

#include "edit/projectdocument.h"
#include "text/links.h"
#include "text/words.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace bireader::reader {

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

// Events ----------------------------------------------------------------------------------

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
    PanePosition at = positionAt(event->position());
    if (at.segment < 0)
        return;
    if (at.companion) // the other language's text below (interleaved): no selection there
        at.offset = -1;
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
    const PanePosition pointedAt = positionAt(event->position());
    if (pointedAt.companion) {
        viewport()->setCursor(Qt::ArrowCursor);
        emit pointedCompanion(pointedAt.segment, pointedAt.offset, event->globalPosition().toPoint());
        return;
    }
    const PanePosition at = pointedAt;
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
    if (event->button() == Qt::LeftButton && at.segment == pressed.segment && at.offset >= 0 && !at.companion)
        emit clicked(at.segment, at.offset, event->modifiers());
}

void ReaderPane::mouseDoubleClickEvent(QMouseEvent *event)
{
    const PanePosition at = positionAt(event->position());
    if (at.offset < 0 || at.companion)
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
