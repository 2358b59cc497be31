#include "termdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace bireader::reader {
TermDialog::TermDialog(const TermEntry &initial, QWidget *parent)
    : QDialog(parent)
    , m_term(new QLineEdit(initial.source))
    , m_approved(new QLineEdit(joinRenderings(initial.approved)))
    , m_forbidden(new QLineEdit(joinRenderings(initial.forbidden)))
    , m_note(new QLineEdit(initial.note))
    , m_reading(initial.reading)
{
    setWindowTitle(tr("Add to glossary"));
    m_approved->setPlaceholderText(tr("approved translations, separated by /"));
    m_forbidden->setPlaceholderText(tr("renderings to avoid, separated by /"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Term"), m_term);
    form->addRow(tr("Translation"), m_approved);
    form->addRow(tr("Avoid"), m_forbidden);
    form->addRow(tr("Note"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update
        = [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_term->text().trimmed().isEmpty()); };
    connect(m_term, &QLineEdit::textChanged, this, update);
    update();
    resize(440, sizeHint().height());
}

TermEntry TermDialog::entry() const
{
    return { m_term->text().trimmed(), splitRenderings(m_approved->text()), splitRenderings(m_forbidden->text()),
             m_note->text().trimmed(), m_reading };
}

std::optional<TermEntry> TermDialog::ask(QWidget *parent, const TermEntry &initial)
{
    TermDialog dialog(initial, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.entry();
}

} // namespace bireader::reader
