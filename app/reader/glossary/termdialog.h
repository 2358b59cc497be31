#pragma once

#include "glossary/termentry.h"

#include <QDialog>

#include <optional>

class QLineEdit;

namespace bireader::reader {

// Asks for a glossary entry: the term, its translations, renderings to avoid, a note.
class TermDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TermDialog(const TermEntry &initial, QWidget *parent = nullptr);
    TermEntry entry() const;

    static std::optional<TermEntry> ask(QWidget *parent, const TermEntry &initial);

private:
    QLineEdit *m_term, *m_approved, *m_forbidden, *m_note;
    QString m_reading;
};

} // namespace bireader::reader
