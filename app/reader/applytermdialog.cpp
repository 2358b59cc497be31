#include "applytermdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace bireader::reader {

ApplyTermDialog::ApplyTermDialog(const ProjectData &data, int entry, QWidget *parent)
    : QDialog(parent)
    , m_proposals(termReplacements(data, entry))
    , m_list(new QListWidget)
{
    const TermEntry &term = data.glossary.entries[entry];
    setWindowTitle(tr("Apply term %1").arg(term.source));
    for (const TermReplacement &r : std::as_const(m_proposals)) {
        auto *item = new QListWidgetItem;
        if (r.range.length > 0) {
            item->setText(tr("Segment %1: %2 → %3").arg(r.segment + 1).arg(r.found, r.replacement));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        } else {
            item->setText(tr("Segment %1: no rendering found, fix by hand").arg(r.segment + 1));
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
        }
        m_list->addItem(item);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Replace with “%1” in the ticked segments (one undo step):").arg(term.approved.value(0))));
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 360);
}

QList<TermReplacement> ApplyTermDialog::chosen() const
{
    QList<TermReplacement> out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_proposals[i].range.length > 0 && m_list->item(i)->checkState() == Qt::Checked)
            out.append(m_proposals[i]);
    return out;
}

} // namespace bireader::reader
