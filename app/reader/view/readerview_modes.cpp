// ReaderView: reading one language only, the other's counterpart in a strip below; or
// both interleaved in one column; which segments show (the filter).
#include "readerview.h"

#include "edit/projectdocument.h"
#include "style/colours.h"
#include "view/readerpane.h"

#include <QEvent>
#include <QLabel>

namespace bireader::reader {

void ReaderView::setUpStrip()
{
    m_strip->setObjectName(QStringLiteral("counterpartStrip"));
    m_strip->setWordWrap(true);
    m_strip->setTextFormat(Qt::PlainText);
    m_strip->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_strip->setMargin(10);
    m_strip->setMinimumHeight(60);
    m_strip->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_strip->setBackgroundRole(QPalette::AlternateBase);
    m_strip->setAutoFillBackground(true);
    m_strip->hide();
    connect(this, &ReaderView::currentChanged, this, &ReaderView::updateStrip);
}

void ReaderView::setSingleSide(std::optional<Side> side)
{
    if (m_interleaved && side)
        setInterleaved(false);
    m_single = side;
    m_sourceBox->setVisible(!side || *side == Side::Source);
    m_targetBox->setVisible(!m_interleaved && (!side || *side == Side::Target));
    m_strip->setVisible(side.has_value());
    updateStrip();
}

void ReaderView::setInterleaved(bool on, bool smaller, bool coloured)
{
    m_companionSmaller = smaller;
    m_companionColoured = coloured;
    if (on && m_single)
        setSingleSide(std::nullopt);
    m_interleaved = on;
    m_targetBox->setVisible(!on);
    m_sourceBox->setVisible(true);
    clearPointer();
    updateCompanion();
}

void ReaderView::updateCompanion()
{
    if (!m_interleaved) {
        if (m_source->hasCompanion())
            m_source->setCompanion(false);
        return;
    }
    QFont font = zoomed(m_targetFont);
    if (m_companionSmaller)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    m_source->setCompanion(
        true, font, m_companionColoured ? colour(Colour::Companion, palette()) : palette().color(QPalette::Text));
}

void ReaderView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_interleaved)
        updateCompanion(); // the companion ink of the new theme
}

bool ReaderView::shows(int segment) const
{
    if (!m_doc || segment < 0 || segment >= m_doc->segmentCount())
        return false;
    const Segment &s = m_doc->segment(segment);
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::Unconfirmed:
        return s.isPaired() && !s.excluded && !s.confirmed;
    case Filter::WithFindings:
        return m_findings.contains(segment);
    case Filter::Corrected:
        return s.isCorrected();
    }
    return true;
}

void ReaderView::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    const int current = currentSegment();
    m_filter = filter;
    clearPointer();
    updateFilter();
    // Where one was reading, or the next segment that shows.
    int at = current;
    while (m_doc && at >= 0 && at < m_doc->segmentCount() && !shows(at))
        ++at;
    if (m_doc && at >= 0 && at < m_doc->segmentCount())
        goToSegment(at);
}

void ReaderView::updateFilter()
{
    std::vector<char> hidden;
    if (m_filter != Filter::All && m_doc) {
        hidden.resize(size_t(m_doc->segmentCount()));
        for (int i = 0; i < m_doc->segmentCount(); ++i)
            hidden[size_t(i)] = !shows(i);
    }
    m_source->setHidden(hidden);
    m_target->setHidden(std::move(hidden));
    updateMinimapViews();
}

void ReaderView::updateFilterAt(int segment)
{
    if (m_filter == Filter::All)
        return;
    m_source->setHiddenAt(segment, !shows(segment));
    m_target->setHiddenAt(segment, !shows(segment));
}

ReaderPane *ReaderView::showing(Side side) const
{
    return m_interleaved ? m_source : pane(side);
}

void ReaderView::setSpoken(int segment, const QList<TextRange> &source, const QList<TextRange> &target)
{
    m_spokenSegment = segment;
    m_spoken[0] = source;
    m_spoken[1] = target;
    refreshPanes();
}

QString ReaderView::stripText() const
{
    return m_strip->text();
}

void ReaderView::updateStrip()
{
    if (!m_single || !m_doc || m_doc->segmentCount() == 0) {
        m_strip->clear();
        return;
    }
    const Side other = *m_single == Side::Source ? Side::Target : Side::Source;
    if (const QFont font = zoomed(other == Side::Source ? m_sourceFont : m_targetFont); m_strip->font() != font)
        m_strip->setFont(font); // the other language's font
    // What the pointer lights on the hidden side; else the current segment's counterpart.
    const bool pointing = m_hoverSegment >= 0 && m_hoverSide == *m_single;
    const int segment = pointing ? m_hoverSegment : std::clamp(currentSegment(), 0, m_doc->segmentCount() - 1);
    const Segment &s = m_doc->segment(segment);
    const QString &text = other == Side::Source ? s.source.text : s.currentTarget().text;
    QString shown;
    const QList<TextRange> lit = other == Side::Source ? m_hoverSource : m_hoverTarget;
    if (pointing && !lit.isEmpty()) {
        QStringList parts;
        for (const TextRange &r : lit)
            parts << text.mid(r.start, r.length).trimmed();
        shown = parts.join(QLatin1Char(' '));
    } else {
        shown = text;
    }
    m_strip->setText(shown.isEmpty() ? tr("(no counterpart)") : shown);
}

} // namespace bireader::reader
