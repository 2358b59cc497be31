#pragma once

#include <QObject>

namespace bireader::reader {

class ReaderPane;

// Keeps two panes in step by segment: when one scrolls, the other shows the same segment
// at the top, scrolled by the same fraction of its own height, so segments of different
// heights on each side stay side by side. The current segment is shared too.
class PaneSync : public QObject
{
    Q_OBJECT

public:
    PaneSync(ReaderPane *a, ReaderPane *b, QObject *parent = nullptr);

    bool isLocked() const { return m_locked; }
    void setLocked(bool locked);

private:
    void follow(ReaderPane *leader, ReaderPane *follower);

    ReaderPane *m_a, *m_b;
    bool m_locked = true;
    bool m_busy = false;
};

} // namespace bireader::reader
