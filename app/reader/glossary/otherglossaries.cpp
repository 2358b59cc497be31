#include "otherglossaries.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bireader::reader {
namespace {
constexpr int kPathRole = Qt::UserRole + 1; // an attached file's path ("" for the user's glossary)
}

OtherGlossaries::OtherGlossaries(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget)
{
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Term"), tr("Approved") });
    m_tree->header()->setStretchLastSection(true);
    auto *attach = new QPushButton(tr("Attach File…"));
    attach->setObjectName(QStringLiteral("attachGlossary"));
    attach->setToolTip(tr("Use a glossary file (CSV, TSV, TBX) besides the project's own; it stays a file, read "
                          "again when it changes"));
    auto *detach = new QPushButton(tr("Detach"));
    detach->setObjectName(QStringLiteral("detachGlossary"));
    connect(attach, &QPushButton::clicked, this, &OtherGlossaries::attachRequested);
    connect(detach, &QPushButton::clicked, this, [this] {
        if (const QString path = selectedFile(); !path.isEmpty())
            emit detachRequested(path);
    });
    auto *title = new QLabel(tr("Also used (the project's own terms win):"));
    title->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(attach);
    buttons->addWidget(detach);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
}

void OtherGlossaries::setLayers(const QList<GlossaryLayer> &layers)
{
    m_tree->clear();
    for (const GlossaryLayer &layer : layers) {
        auto *file = new QTreeWidgetItem(m_tree);
        const QString name = layer.user ? tr("Your glossary (every project)") : QFileInfo(layer.path).fileName();
        file->setText(0,
                      layer.error.isEmpty()
                          ? tr("%1 — %n term(s)", nullptr, int(layer.glossary.entries.size())).arg(name)
                          : tr("%1 — cannot be read").arg(name));
        file->setToolTip(0, layer.error.isEmpty() ? QDir::toNativeSeparators(layer.path) : layer.error);
        file->setData(0, kPathRole, layer.user ? QString() : layer.path);
        file->setFirstColumnSpanned(true);
        for (const TermEntry &e : layer.glossary.entries) {
            auto *term = new QTreeWidgetItem(file, { e.source, e.approved.join(QStringLiteral("; ")) });
            term->setData(0, kPathRole, layer.user ? QString() : layer.path);
            term->setToolTip(0, QDir::toNativeSeparators(layer.path));
        }
    }
    if (layers.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_tree,
                                         { tr("None: attach a shared glossary file, or keep terms for every "
                                              "project in %1")
                                               .arg(QDir::toNativeSeparators(userGlossaryPath())) });
        none->setFirstColumnSpanned(true);
        none->setDisabled(true);
    }
}

QString OtherGlossaries::selectedFile() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kPathRole).toString() : QString();
}

} // namespace bireader::reader
