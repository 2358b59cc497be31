#include "inlinecodeguard.h"

#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextBlock>

namespace bireader::reader {
namespace {

struct Span {
    int start = -1, end = -1; // in the document
};

// The token of the cursor's block that ends at, starts at or holds `position`.
Span tokenAround(const QTextCursor &cursor, int position, bool endingHere, bool startingHere)
{
    static const QRegularExpression token(QStringLiteral("\u27E8/?\\d{1,4}/?\u27E9"));
    const QTextBlock block = cursor.document()->findBlock(position);
    const int offset = position - block.position();
    for (auto it = token.globalMatch(block.text()); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int s = int(m.capturedStart()), e = int(m.capturedEnd());
        if ((endingHere && e == offset) || (startingHere && s == offset) || (s < offset && offset < e))
            return { block.position() + s, block.position() + e };
    }
    return {};
}

} // namespace

InlineCodeGuard::InlineCodeGuard(QPlainTextEdit *editor)
    : QObject(editor)
    , m_editor(editor)
{
    editor->installEventFilter(this);
}

bool InlineCodeGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_editor || event->type() != QEvent::KeyPress || m_editor->isReadOnly())
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    QTextCursor cursor = m_editor->textCursor();
    if (cursor.hasSelection())
        return false;
    const int at = cursor.position();
    const bool back = key->key() == Qt::Key_Backspace, forward = key->key() == Qt::Key_Delete;
    if ((back || forward) && key->modifiers() == Qt::NoModifier) {
        const Span span = tokenAround(cursor, at, back, forward);
        if (span.start < 0)
            return false;
        cursor.setPosition(span.start);
        cursor.setPosition(span.end, QTextCursor::KeepAnchor);
        cursor.removeSelectedText(); // the whole token, one step
        m_editor->setTextCursor(cursor);
        return true;
    }
    if (!key->text().isEmpty() && key->text().at(0).isPrint()) {
        const Span span = tokenAround(cursor, at, false, false);
        if (span.start >= 0) { // inside a token: type after it
            cursor.setPosition(span.end);
            m_editor->setTextCursor(cursor);
        }
    }
    return false;
}

} // namespace bireader::reader
