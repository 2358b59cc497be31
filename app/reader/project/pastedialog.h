#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace bireader::reader {

// File > New from Clipboard, and text dropped on the window: the text (a bilingual text, or
// the source) and, optionally, its translation, pasted or typed; then imported as files are.
class PasteDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PasteDialog(const QString &text, QWidget *parent = nullptr);

    QString text() const;
    QString translation() const;

private:
    QPlainTextEdit *m_text, *m_translation;
};

} // namespace bireader::reader
