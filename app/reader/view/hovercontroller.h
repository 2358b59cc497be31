#pragma once

#include "glossary/hoverlookup.h"

#include <QObject>
#include <QPointer>
#include <QRect>
#include <QTimer>

class QWidget;

namespace bireader::reader {

class HoverPopup;

// When and where the dictionary popup shows. A hover asks for it (request); it appears
// after a short delay if the pointer stays, and goes on scrolling, on leaving the pane, on
// a key, a click, a menu or a dialog. Shift pins it (Shift again or Esc lets it go). It
// is placed inside the pane pointed at, below the word's line or above it, so it never
// covers the other pane (where the word's counterpart and rendering are marked).
class HoverController : public QObject
{
    Q_OBJECT

public:
    explicit HoverController(QWidget *owner);
    ~HoverController() override;

    HoverPopup *popup() const { return m_popup; }

    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }
    void setDelay(int milliseconds) { m_delay = std::max(0, milliseconds); }
    int delay() const { return m_delay; }
    void setPinned(bool pinned);
    bool isPinned() const { return m_pinned; }

    // Show `entries` for the word at `wordRect` (global) in `pane` after the delay, clear of
    // `keepClear` (global; the counterpart just below the word in interleaved reading).
    void request(const QList<HoverEntry> &entries, QRect wordRect, QWidget *pane, QRect keepClear = {});
    // Hide it and forget a pending request (a pinned popup stays unless `evenPinned`).
    void dismiss(bool evenPinned = false);

    // Where a popup of `size` goes for a word at `word` in a pane at `pane` (global): below
    // the word's line, else above it; above it first when below would cover `keepClear`.
    static QPoint placement(QSize size, QRect word, QRect pane, QRect keepClear = {});

signals:
    void pinnedChanged(bool pinned);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showPending();

    HoverPopup *m_popup;
    QTimer m_timer;
    QList<HoverEntry> m_pending;
    QRect m_word, m_keepClear;
    QPointer<QWidget> m_pane;
    bool m_enabled = true;
    bool m_pinned = false;
    int m_delay = 200;
    const QEvent *m_lastKey = nullptr; // a key event reaches the filter once per widget it climbs
};

} // namespace bireader::reader
