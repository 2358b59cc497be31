#include "minimap.h"

#include "style/colours.h"
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace bireader::reader {

Minimap::Minimap(QWidget *parent)
    : QWidget(parent)
{
    setFixedWidth(12);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Red: QA findings; orange: no counterpart; yellow: unsure alignment; green: corrected. "
                  "Click to jump."));
}

void Minimap::setMarks(std::vector<unsigned char> marks)
{
    m_marks = std::move(marks);
    update();
}

void Minimap::setMark(int segment, unsigned char mark)
{
    if (segment < 0 || size_t(segment) >= m_marks.size() || m_marks[size_t(segment)] == mark)
        return;
    m_marks[size_t(segment)] = mark;
    update();
}

void Minimap::setView(int first, int last)
{
    if (first == m_first && last == m_last)
        return;
    m_first = first;
    m_last = last;
    update();
}

QColor Minimap::colorOf(Mark mark, const QPalette &palette)
{
    switch (mark) {
    case Finding:
        return colour(Colour::Finding, palette);
    case Unpaired:
        return colour(Colour::Unpaired, palette);
    case LowConfidence:
        return colour(Colour::LowConfidence, palette);
    case Corrected:
        return colour(Colour::Corrected, palette);
    case Confirmed:
        return colour(Colour::Confirmed, palette);
    case Excluded:
        return colour(Colour::Excluded, palette);
    case None:
        break;
    }
    return {};
}

int Minimap::segmentAt(int y) const
{
    if (m_marks.empty() || height() <= 0)
        return -1;
    return std::clamp(int(qint64(y) * qint64(m_marks.size()) / height()), 0, int(m_marks.size()) - 1);
}

void Minimap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::AlternateBase));
    const int n = int(m_marks.size());
    const int h = height();
    if (n == 0 || h == 0)
        return;
    for (int y = 0; y < h; ++y) { // each row shows the strongest mark of its segments
        const int a = int(qint64(y) * n / h), b = std::max(a + 1, int(qint64(y + 1) * n / h));
        unsigned char strongest = None;
        for (int s = a; s < b && s < n; ++s)
            strongest = std::max(strongest, m_marks[size_t(s)]);
        if (strongest != None)
            p.fillRect(QRect(2, y, width() - 4, 1), colorOf(Mark(strongest), palette()));
    }
    QColor view = palette().color(QPalette::Highlight);
    view.setAlphaF(0.25);
    const int top = int(qint64(m_first) * h / n), bottom = std::max(top + 3, int(qint64(m_last + 1) * h / n));
    p.fillRect(QRect(0, top, width(), bottom - top), view);
}

void Minimap::mousePressEvent(QMouseEvent *event)
{
    if (const int s = segmentAt(int(event->position().y())); s >= 0)
        emit jumpTo(s);
}

void Minimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        mousePressEvent(event);
}

} // namespace bireader::reader
