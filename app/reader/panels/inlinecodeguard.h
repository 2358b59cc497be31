#pragma once

#include <QObject>

class QPlainTextEdit;

namespace bireader::reader {

// Keeps the inline-code tokens of a translation (⟨1⟩ ⟨/1⟩ ⟨2/⟩: the original's formatting,
// written back as tags) whole while the user types: Backspace after a token or Delete
// before it takes the whole token (one undo step), and typing with the cursor inside one
// types after it. A token can still be cut, copied and pasted whole.
class InlineCodeGuard : public QObject
{
    Q_OBJECT

public:
    explicit InlineCodeGuard(QPlainTextEdit *editor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_editor;
};

} // namespace bireader::reader
