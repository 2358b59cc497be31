#include "hovercontroller.h"

#include "view/hoverpopup.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace bireader::reader {
namespace {

constexpr int kGap = 4; // between the word's line and the popup

} // namespace

HoverController::HoverController(QWidget *owner)
    : QObject(owner)
    , m_popup(new HoverPopup(owner))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HoverController::showPending);
    qApp->installEventFilter(this);
}

HoverController::~HoverController()
{
    qApp->removeEventFilter(this);
}

void HoverController::setEnabled(bool on)
{
    m_enabled = on;
    if (!on)
        dismiss(true);
}

void HoverController::setPinned(bool pinned)
{
    pinned = pinned && m_popup->isVisible();
    if (pinned == m_pinned)
        return;
    m_pinned = pinned;
    emit pinnedChanged(pinned);
}

void HoverController::request(const QList<HoverEntry> &entries, QRect wordRect, QWidget *pane, QRect keepClear)
{
    if (m_pinned)
        return; // a pinned popup keeps its word while the pointer moves on
    if (!m_enabled || entries.isEmpty()) {
        dismiss();
        return;
    }
    if (m_popup->isVisible() && entries == m_popup->entries())
        return; // still the same word
    m_pending = entries;
    m_word = wordRect;
    m_keepClear = keepClear;
    m_pane = pane;
    if (m_popup->isVisible() || m_delay == 0) {
        showPending(); // moving from word to word once the popup is up feels instant
        return;
    }
    m_timer.start(m_delay);
}

void HoverController::dismiss(bool evenPinned)
{
    m_timer.stop();
    m_pending.clear();
    if (m_pinned && !evenPinned)
        return;
    setPinned(false);
    m_popup->hide();
}

void HoverController::showPending()
{
    // Never over a menu or a dialog, nor for a window in the background.
    if (!m_enabled || m_pending.isEmpty() || !m_pane || !m_pane->isVisible() || QApplication::activePopupWidget()
        || QApplication::activeModalWidget() || QApplication::mouseButtons() != Qt::NoButton) {
        m_popup->hide();
        return;
    }
    const QRect pane(m_pane->mapToGlobal(QPoint(0, 0)), m_pane->size());
    m_popup->setMaximumWidth(std::max(160, pane.width() - 2 * kGap));
    m_popup->setEntries(m_pending);
    m_popup->move(placement(m_popup->size(), m_word, pane, m_keepClear));
    m_popup->show();
    // A shown label may wrap differently than the hidden one measured: place it by its real size.
    m_popup->adjustSize();
    m_popup->move(placement(m_popup->frameGeometry().size(), m_word, pane, m_keepClear));
    m_popup->raise();
}

QPoint HoverController::placement(QSize size, QRect word, QRect pane, QRect keepClear)
{
    // Horizontally inside the pane, starting at the word.
    const int x
        = std::clamp(word.left(), pane.left(), std::max(pane.left(), pane.left() + pane.width() - size.width()));
    // Below the word's line if it fits, else above it, else on the side with more room.
    const int below = word.bottom() + 1 + kGap, above = word.top() - kGap - size.height();
    if (keepClear.isValid() && QRect(QPoint(x, below), size).intersects(keepClear) && above >= pane.top())
        return { x, above };
    int y = below;
    if (below + size.height() > pane.top() + pane.height()) {
        if (above >= pane.top())
            y = above;
        else if (word.top() - pane.top() > pane.bottom() - word.bottom())
            y = std::max(pane.top(), above);
    }
    return { x, y };
}

bool HoverController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress: {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (!m_popup->isVisible() || key->isAutoRepeat() || event == m_lastKey)
            break;
        m_lastKey = event;
        if (key->key() == Qt::Key_Shift && key->modifiers() == Qt::ShiftModifier) {
            setPinned(!m_pinned);
            break;
        }
        dismiss(true);
        break;
    }
    case QEvent::KeyRelease:
        m_lastKey = nullptr; // the next press is a new one even at the same address
        break;
    case QEvent::MouseButtonPress:
    case QEvent::ContextMenu:
    case QEvent::Wheel:
        if (watched != m_popup && (m_popup->isVisible() || m_timer.isActive()))
            dismiss(true);
        break;
    case QEvent::WindowDeactivate:
    case QEvent::ApplicationDeactivate:
        if (m_popup->isVisible() || m_timer.isActive())
            dismiss(true);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace bireader::reader
