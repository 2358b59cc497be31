#include "startpage.h"

#include "project/recentdocuments.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace bireader::reader {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget)
{
    setObjectName(QStringLiteral("StartPage"));
    auto *title = new QLabel(tr("<h2>Bireader</h2><p>Read a text next to its translation: a bilingual web page, "
                                "a text and its translation, an EPUB, subtitles, TMX or XLIFF.</p>"));
    title->setWordWrap(true);
    auto *open = new QPushButton(tr("Open…"));
    auto *pair = new QPushButton(tr("Open Text and Translation…"));
    connect(open, &QPushButton::clicked, this, &StartPage::openFileRequested);
    connect(pair, &QPushButton::clicked, this, &StartPage::openPairRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(pair);
    buttons->addStretch();
    m_list->setObjectName(QStringLiteral("RecentList"));
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit openRequested(item->data(Qt::UserRole).toStringList()); });
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { emit openRequested(item->data(Qt::UserRole).toStringList()); });
    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addLayout(buttons);
    column->addSpacing(12);
    column->addWidget(new QLabel(tr("<b>Recent</b>")));
    column->addWidget(m_list, 1);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);
    refresh();
}

void StartPage::refresh()
{
    m_list->clear();
    for (const RecentDocuments::Entry &e : RecentDocuments::entries()) {
        bool present = true;
        for (const QString &p : e.paths)
            present = present && QFileInfo::exists(p);
        auto *item = new QListWidgetItem(RecentDocuments::label(e.paths), m_list);
        item->setData(Qt::UserRole, e.paths);
        QStringList where;
        for (const QString &p : e.paths)
            where << QDir::toNativeSeparators(p);
        item->setToolTip(where.join(QLatin1Char('\n')));
        if (!present)
            item->setFlags(Qt::NoItemFlags); // moved or deleted: shown, not offered
    }
    if (m_list->count() == 0) {
        auto *none = new QListWidgetItem(tr("Nothing opened yet. Drop a file here, or use Open."), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace bireader::reader
