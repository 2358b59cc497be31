// ReaderPane: painting the segments on screen, their decorations and the selection.
#include "readerpane.h"

#include "edit/projectdocument.h"
#include "style/colours.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextLine>

#include <algorithm>
#include <cmath>

namespace bireader::reader {

// Painting -------------------------------------------------------------------------------

void ReaderPane::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    qreal y = -m_offset;
    for (int s = m_top; s < m_layouts.count() && y < viewport()->height(); ++s) {
        if (m_layouts.isHidden(s))
            continue;
        paintSegment(p, s, y);
        if (hasCompanion())
            paintCompanion(p, s, y);
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
    } else if ((m_side == Side::Target || hasCompanion()) && (seg.confirmed || seg.isCorrected())) {
        p.fillRect(QRectF(1, y, kMarker - 1, h), colour(seg.confirmed ? Colour::Confirmed : Colour::Corrected, pal));
    }
    if ((m_side == Side::Target || hasCompanion()) && seg.isCorrected() && segment == m_current)
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
    // The text in its own colours (the layout's: tone colours), the selection over it.
    QList<QTextLayout::FormatRange> formats;
    if (selected.length > 0) {
        QTextLayout::FormatRange sel;
        sel.start = selected.start;
        sel.length = selected.length;
        sel.format.setForeground(pal.color(QPalette::HighlightedText));
        sel.format.setBackground(pal.color(QPalette::Highlight));
        formats.append(sel);
    }
    layout->draw(&p, QPointF(left, y), formats);
    paintRuby(p, segment, decorations);

    for (const Decoration &d : std::as_const(decorations)) {
        if (d.kind == Decoration::Background || d.kind == Decoration::Margin || d.kind == Decoration::Ruby
            || d.kind == Decoration::SideRuby)
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

// The other language's text below (interleaved reading), lit and underlined as its own
// pane would be, in its own ink.
void ReaderPane::paintCompanion(QPainter &p, int segment, qreal y)
{
    const QTextLayout *below = m_layouts.companion(segment);
    if (!below)
        return;
    const QPointF origin(textLeft(), y);
    const QList<Decoration> decorations
        = m_decorations ? m_decorations(segment, companionSide()) : QList<Decoration> {};
    for (const Decoration &d : decorations)
        if (d.kind == Decoration::Background)
            for (const QRectF &r : rectsIn(below, origin, d.range))
                p.fillRect(r, d.color);
    p.setPen(m_doc->segment(segment).excluded ? palette().color(QPalette::Disabled, QPalette::Text) : m_companionInk);
    below->draw(&p, origin);
    for (const Decoration &d : decorations) {
        if (d.kind != Decoration::Underline && d.kind != Decoration::DottedUnderline
            && d.kind != Decoration::WavyUnderline)
            continue;
        QPen pen(d.color, 1.4);
        if (d.kind == Decoration::DottedUnderline)
            pen.setStyle(Qt::DotLine);
        p.setPen(pen);
        for (const QRectF &r : rectsIn(below, origin, d.range))
            p.drawLine(QPointF(r.left(), r.bottom() - 1), QPointF(r.right(), r.bottom() - 1));
    }
}

// Zhuyin beside each character, top to bottom, in the room the characters' spacing leaves;
// the tone mark to the right of the last symbol, the neutral tone's dot above the first.
void ReaderPane::paintSideRuby(QPainter &p, int segment, const QList<Decoration> &decorations)
{
    for (const Decoration &d : decorations) {
        if (d.kind != Decoration::SideRuby || d.text.isEmpty())
            continue;
        const QList<QRectF> rects = rangeRects(segment, d.range);
        if (rects.isEmpty())
            continue;
        // The character's box and the room above its line: the column may reach up into it.
        const QRectF r = rects.front().adjusted(0, -m_layouts.lineTop(), 0, 0);
        QString symbols = d.text;
        const bool neutral = symbols.startsWith(QChar(0x02D9));
        if (neutral)
            symbols.remove(0, 1);
        QString tone;
        if (!symbols.isEmpty() && QStringView(u"\u02CA\u02C7\u02CB").contains(symbols.back())) {
            tone = symbols.back();
            symbols.chop(1);
        }
        const qreal advance = r.width() * 100 / std::max(100, m_hanSpacing);
        // Three symbols high at most, and a symbol and a tone mark wide.
        const qreal step
            = std::min(r.height() * 0.92 / std::max<qsizetype>(3, symbols.size()), (r.width() - advance) / 1.4);
        QFont small = m_baseFont;
        small.setPixelSize(std::max(6, int(step)));
        p.setFont(small);
        p.setPen(d.color);
        const QFontMetricsF fm(small);
        const qreal left = r.left() + advance, top = r.top() + (r.height() - step * symbols.size()) / 2;
        for (qsizetype i = 0; i < symbols.size(); ++i)
            p.drawText(QPointF(left, top + step * i + fm.ascent() - (fm.height() - step) / 2), symbols.mid(i, 1));
        const qreal column = symbols.isEmpty() ? 0 : fm.horizontalAdvance(symbols.front());
        if (!tone.isEmpty()) // beside the last symbol
            p.drawText(
                QPointF(left + column, top + step * (symbols.size() - 1) + fm.ascent() - (fm.height() - step) / 2),
                tone);
        if (neutral)
            p.drawText(
                QPointF(left + column / 2 - fm.horizontalAdvance(QChar(0x02D9)) / 2, top + fm.ascent() - step * 0.75),
                QString(QChar(0x02D9)));
    }
}

void ReaderPane::paintRuby(QPainter &p, int segment, const QList<Decoration> &decorations)
{
    paintSideRuby(p, segment, decorations);
    const qreal room = m_layouts.lineTop();
    if (room <= 0)
        return;
    const QFont small = rubyFont();
    const QFontMetricsF fm(small);
    p.setFont(small);
    for (const Decoration &d : decorations) {
        if (d.kind != Decoration::Ruby || d.text.isEmpty())
            continue;
        const QList<QRectF> rects = rangeRects(segment, d.range);
        if (rects.isEmpty())
            continue;
        // Over the word's first line (a word cut by a line break keeps its pinyin whole).
        const QRectF word = rects.front();
        qreal width = fm.horizontalAdvance(d.text);
        p.setPen(d.color);
        if (width > word.width() * 1.1) { // a long reading: narrowed to its word, down to 3/4
            const qreal scale = std::max(0.75, word.width() * 1.1 / width);
            QFont narrow = small;
            narrow.setStretch(int(100 * scale));
            p.setFont(narrow);
            width = QFontMetricsF(narrow).horizontalAdvance(d.text);
        }
        p.drawText(QPointF(word.center().x() - width / 2, word.top() - room + fm.ascent()), d.text);
        p.setFont(small);
    }
}

} // namespace bireader::reader
