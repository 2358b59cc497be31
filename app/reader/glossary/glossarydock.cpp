#include "glossarydock.h"

#include "edit/projectdocument.h"
#include "glossary/glossaryformats.h"
#include "glossary/glossarymodel.h"
#include "glossary/glossaryset.h"
#include "glossary/lexicon.h"
#include "glossary/otherglossaries.h"
#include "glossary/reading.h"
#include "glossary/termdialog.h"
#include "text/filechecks.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace bireader::reader {

GlossaryDock::GlossaryDock(Lexicon *lexicon, QWidget *parent)
    : QWidget(parent)
    , m_lexicon(lexicon)
    , m_model(new GlossaryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView)
    , m_filter(new QLineEdit)
    , m_others(new OtherGlossaries)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_filter->setPlaceholderText(tr("Filter terms"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &GlossaryDock::setFilter);

    auto *addButton = new QPushButton(tr("Add…"));
    auto *removeButton = new QPushButton(tr("Remove"));
    auto *importButton = new QPushButton(tr("Import…"));
    auto *exportButton = new QPushButton(tr("Export…"));
    connect(addButton, &QPushButton::clicked, this, &GlossaryDock::add);
    connect(removeButton, &QPushButton::clicked, this, &GlossaryDock::remove);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import glossary"), {},
                                                          tr("Glossaries (*.csv *.tsv *.tab *.txt *.tbx)"));
        if (path.isEmpty())
            return;
        if (const Result<> done = importFile(path); !done)
            QMessageBox::warning(this, tr("Import glossary"), done.error());
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export glossary"), QStringLiteral("glossary.csv"),
                                                          tr("CSV (*.csv);;TSV (*.tsv);;TBX (*.tbx)"));
        if (path.isEmpty())
            return;
        if (const Result<> done = exportFile(path); !done)
            QMessageBox::warning(this, tr("Export glossary"), done.error());
    });

    auto *toUser = new QPushButton(tr("To My Glossary"));
    toUser->setObjectName(QStringLiteral("toUserGlossary"));
    toUser->setToolTip(tr("Copy the selected terms into your glossary, used by every project"));
    connect(toUser, &QPushButton::clicked, this, [this] {
        if (const Result<> done = copySelectedToUserGlossary(); !done)
            QMessageBox::warning(this, tr("My glossary"), done.error());
    });

    auto *buttons = new QGridLayout; // two by two: the dock stays narrow beside the panes
    buttons->addWidget(addButton, 0, 0);
    buttons->addWidget(removeButton, 0, 1);
    buttons->addWidget(importButton, 1, 0);
    buttons->addWidget(exportButton, 1, 1);
    buttons->addWidget(toUser, 2, 0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_others, 1);
    setEnabled(false);
}

void GlossaryDock::setDocument(ProjectDocument *document)
{
    m_doc = document;
    m_model->setDocument(document);
    setEnabled(document != nullptr);
}

void GlossaryDock::setFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
}

void GlossaryDock::add()
{
    if (const auto entry = TermDialog::ask(this, {}))
        m_model->addEntry(*entry);
}

void GlossaryDock::remove()
{
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(i).row());
    m_model->removeRows(rows);
}

Result<> GlossaryDock::copySelectedToUserGlossary()
{
    if (!m_doc)
        return Error { tr("no project is open") };
    const QString path = userGlossaryPath();
    Glossary user;
    if (QFileInfo::exists(path)) {
        GlossaryReadResult r = loadGlossaryFile(path);
        if (!r.ok())
            return Error { r.error };
        user = std::move(r.glossary);
    }
    int copied = 0;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows()) {
        user.merge(m_doc->data().glossary.entries.value(m_proxy->mapToSource(i).row()));
        ++copied;
    }
    if (copied == 0)
        return Error { tr("select the terms to copy first") };
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (Result<> saved = saveGlossaryFile(user, path); !saved)
        return saved;
    emit message(tr("%n term(s) copied to your glossary (%1)", nullptr, copied).arg(QDir::toNativeSeparators(path)));
    emit userGlossaryChanged();
    return {};
}

Result<> GlossaryDock::importFile(const QString &path)
{
    if (!m_doc)
        return Error { tr("no project is open") };
    const GlossaryReadResult r = loadGlossaryFile(path);
    if (!r.ok())
        return Error { r.error };
    Glossary g = m_doc->data().glossary;
    ReadingFinder readings(m_lexicon->dictionary());
    const bool chinese = g.sourceLanguage.startsWith(QLatin1String("zh"));
    Glossary read = r.glossary;
    const bool turned
        = orientGlossary(read, m_doc->data().document.sourceLanguage, m_doc->data().document.targetLanguage);
    QList<TermEntry> entries = read.entries;
    if (chinese)
        for (TermEntry &e : entries)
            if (e.reading.isEmpty())
                e.reading = readings.reading(e.source);
    g.merge(entries);
    m_doc->setGlossary(g);
    emit message(
        turned ? tr("%1: %n terms read (the file's languages the other way round)", nullptr, int(read.entries.size()))
                     .arg(path)
               : tr("%1: %n terms read", nullptr, int(r.glossary.entries.size())).arg(path));
    return {};
}

Result<> GlossaryDock::exportFile(const QString &path) const
{
    if (!m_doc)
        return Error { tr("no project is open") };
    // Never over the open project; another file was confirmed in the save dialog.
    // Nor over a glossary file the project attaches: it would be replaced by the project's own.
    const OutputGuard guard { QStringList { m_doc->filePath() } + m_doc->data().attachedGlossaries, true, false };
    if (const QString e = guard.check(path); !e.isEmpty())
        return Error { e };
    return saveGlossaryFile(m_doc->data().glossary, path);
}

} // namespace bireader::reader
