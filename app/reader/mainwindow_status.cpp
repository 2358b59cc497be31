// MainWindow: what post-editors use every day (OmegaT, Lokalize): segment status (confirm and
// go on to the next segment waiting, unconfirm, show only some segments), spelling, and
// glossaries shared across projects.
#include "edit/projectdocument.h"
#include "glossary/glossarydock.h"
#include "glossary/glossaryformats.h"
#include "glossary/otherglossaries.h"
#include "mainwindow.h"
#include "panels/qadock.h"
#include "panels/translationeditor.h"
#include "project/session.h"
#include "readerlog.h"
#include "text/spellchecker.h"

#include "text/words.h"
#include "view/readerview.h"
#include <QStatusBar>

#include <QAction>
#include <QActionGroup>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace bireader::reader {

void MainWindow::buildStatusActions(QMenu *segment)
{
    segment->addSeparator();
    QAction *confirm = segment->addAction(tr("&Confirm and Go to Next"), this, [this] {
        ProjectDocument *doc = m_session->document();
        if (!doc || doc->segmentCount() == 0)
            return;
        const int current = m_view->currentSegment();
        const Segment &s = doc->segment(current);
        if (s.isPaired() && !s.excluded)
            doc->setConfirmed(current, true);
        updateStatus();
        const int next = doc->nextUnconfirmed(current);
        const int wrapped = next >= 0 ? next : doc->nextUnconfirmed(-1); // from the top again
        if (wrapped >= 0)
            m_view->goToSegment(wrapped);
        else
            statusBar()->showMessage(tr("Every segment is confirmed"), 5000);
    });
    confirm->setObjectName(QStringLiteral("confirmAction"));
    confirm->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    confirm->setShortcutContext(Qt::WindowShortcut);
    confirm->setStatusTip(tr("The translation is done: mark it confirmed and go to the next segment waiting"));
    QAction *unconfirm
        = segment->addAction(tr("&Unconfirm"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), this, [this] {
              if (ProjectDocument *doc = m_session->document())
                  doc->setConfirmed(m_view->currentSegment(), false);
              updateStatus();
          });
    unconfirm->setObjectName(QStringLiteral("unconfirmAction"));
    for (QAction *a : { confirm, unconfirm }) {
        a->setEnabled(false);
        connect(m_session, &Session::documentChanged, a,
                [this, a] { a->setEnabled(m_session->document() != nullptr); });
    }
}

void MainWindow::buildFilterMenu(QMenu *view)
{
    QMenu *show = view->addMenu(tr("Show &Segments"));
    auto *group = new QActionGroup(this);
    const struct {
        const char *name;
        QString label;
        ReaderView::Filter filter;
    } choices[] = { { "all", tr("&All"), ReaderView::Filter::All },
                    { "unconfirmed", tr("&Unconfirmed Only"), ReaderView::Filter::Unconfirmed },
                    { "findings", tr("With QA &Findings Only"), ReaderView::Filter::WithFindings },
                    { "corrected", tr("&Corrected Only"), ReaderView::Filter::Corrected } };
    for (const auto &choice : choices) {
        QAction *a = show->addAction(choice.label, this, [this, filter = choice.filter] { m_view->setFilter(filter); });
        a->setObjectName(QStringLiteral("filter_") + QLatin1String(choice.name));
        a->setCheckable(true);
        a->setChecked(choice.filter == ReaderView::Filter::All);
        group->addAction(a);
    }
    // A new document shows all of it.
    connect(m_session, &Session::documentChanged, this, [this, show] {
        m_view->setFilter(ReaderView::Filter::All);
        show->actions().front()->setChecked(true);
    });
}

void MainWindow::updateSpelling()
{
    const ProjectDocument *doc = m_session->document();
    if (!doc) {
        m_editor->setSpellChecker(nullptr);
        return;
    }
    const QString language = doc->data().document.targetLanguage;
    if (!m_spelling)
        m_spelling = std::make_unique<SpellChecker>();
    if (m_spelling->language() != language || !m_spelling->isLoaded()) {
        const QString userWords = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/bireader/spelling/") + language + QStringLiteral(".txt");
        if (const Result<> loaded = m_spelling->load(language, userWords); !loaded) {
            qCInfo(lcReader) << "spelling:" << loaded.error();
            statusBar()->showMessage(tr("Spelling is off: %1").arg(loaded.error()), 8000);
        }
    }
    // Glossary renderings are the translator's decisions, never misspellings.
    QSet<QString> accepted;
    for (const TermEntry &e : mergedGlossary(doc->data().glossary, m_glossaryLayers).entries)
        for (const QString &rendering : e.approved)
            for (const TextRange &r : wordsIn(rendering, language))
                accepted.insert(rendering.mid(r.start, r.length).toCaseFolded());
    m_editor->setSpellChecker(m_spelling.get());
    m_editor->setAcceptedWords(std::move(accepted));
}

void MainWindow::reloadGlossaryLayers()
{
    if (!m_glossaryFiles)
        return; // not wired yet
    const ProjectDocument *doc = m_session->document();
    m_glossaryLayers = doc ? loadGlossaryLayers(doc->data().attachedGlossaries) : QList<GlossaryLayer> {};
    if (!m_glossaryFiles->files().isEmpty())
        m_glossaryFiles->removePaths(m_glossaryFiles->files());
    QStringList watched; // again each time: an editor that saves by renaming drops the watch
    for (const GlossaryLayer &layer : std::as_const(m_glossaryLayers))
        if (QFileInfo::exists(layer.path))
            watched << layer.path;
    if (!watched.isEmpty())
        m_glossaryFiles->addPaths(watched);
    m_glossary->others()->setLayers(m_glossaryLayers);
    QStringList unread; // each time the layers are read: QA without a team's terms must not pass silently
    for (const GlossaryLayer &layer : std::as_const(m_glossaryLayers))
        if (!layer.error.isEmpty())
            unread << layer.error;
    if (!unread.isEmpty())
        statusBar()->showMessage(
            tr("Glossary not read, its terms are not used: %1").arg(unread.join(QLatin1String("; "))), 15000);
    m_qa->setOtherGlossaries(m_glossaryLayers);
    rebuildLookup();
    updateSpelling();
}

void MainWindow::connectGlossaryLayers()
{
    m_glossaryFiles = new QFileSystemWatcher(this);
    connect(m_glossaryFiles, &QFileSystemWatcher::fileChanged, this, [this] {
        // A save may come in several writes: read it once they rest.
        QTimer::singleShot(200, this, &MainWindow::reloadGlossaryLayers);
    });
    connect(m_glossary, &GlossaryDock::userGlossaryChanged, this, &MainWindow::reloadGlossaryLayers);
    OtherGlossaries *others = m_glossary->others();
    connect(others, &OtherGlossaries::attachRequested, this, [this] {
        ProjectDocument *doc = m_session->document();
        if (!doc)
            return;
        const QString path = askPath(PathRole::Open, {}, tr("Glossaries (*.csv *.tsv *.tab *.txt *.tbx)"));
        if (path.isEmpty())
            return;
        if (const GlossaryReadResult r = loadGlossaryFile(path); !r.ok()) {
            showError(tr("Attach glossary"), r.error);
            return;
        }
        QStringList attached = doc->data().attachedGlossaries;
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!attached.contains(absolute))
            doc->setAttachedGlossaries(attached << absolute);
    });
    connect(others, &OtherGlossaries::detachRequested, this, [this](const QString &path) {
        if (ProjectDocument *doc = m_session->document()) {
            QStringList attached = doc->data().attachedGlossaries;
            attached.removeAll(path);
            doc->setAttachedGlossaries(attached);
        }
    });
}

} // namespace bireader::reader
