#include "pastedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bireader::reader {

PasteDialog::PasteDialog(const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit)
    , m_translation(new QPlainTextEdit)
{
    setWindowTitle(tr("New from Text"));
    m_text->setPlainText(text);
    m_text->setPlaceholderText(tr("A bilingual text (each paragraph followed by its translation), or the text "
                                  "alone"));
    m_translation->setPlaceholderText(tr("Its translation, when the text above has none (paste it here)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
    };
    connect(m_text, &QPlainTextEdit::textChanged, this, update);
    update();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("&Text:")));
    layout->addWidget(m_text, 3);
    layout->addWidget(new QLabel(tr("T&ranslation (optional):")));
    layout->addWidget(m_translation, 2);
    layout->addWidget(buttons);
    static_cast<QLabel *>(layout->itemAt(0)->widget())->setBuddy(m_text);
    static_cast<QLabel *>(layout->itemAt(2)->widget())->setBuddy(m_translation);
    resize(720, 520);
}

QString PasteDialog::text() const
{
    return m_text->toPlainText();
}

QString PasteDialog::translation() const
{
    return m_translation->toPlainText();
}

} // namespace bireader::reader
