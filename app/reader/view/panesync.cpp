#include "panesync.h"

#include "view/readerpane.h"

namespace bireader::reader {

PaneSync::PaneSync(ReaderPane *a, ReaderPane *b, QObject *parent)
    : QObject(parent)
    , m_a(a)
    , m_b(b)
{
    connect(a, &ReaderPane::positionChanged, this, [this] { follow(m_a, m_b); });
    connect(b, &ReaderPane::positionChanged, this, [this] { follow(m_b, m_a); });
    connect(a, &ReaderPane::currentChanged, b, &ReaderPane::setCurrentSegment);
    connect(b, &ReaderPane::currentChanged, a, &ReaderPane::setCurrentSegment);
}

void PaneSync::setLocked(bool locked)
{
    m_locked = locked;
    if (locked)
        follow(m_a, m_b);
}

void PaneSync::follow(ReaderPane *leader, ReaderPane *follower)
{
    if (!m_locked || m_busy)
        return;
    m_busy = true;
    follower->setPosition(leader->topSegment(), leader->topFraction());
    m_busy = false;
}

} // namespace bireader::reader
