#include "mainwindow.h"

#include "edit/applyterm.h"
#include "edit/projectdocument.h"
#include "glossary/applytermdialog.h"
#include "glossary/glossarydock.h"
#include "glossary/lexicon.h"
#include "io/fileimport.h"
#include "panels/knownwordslabel.h"
#include "panels/notesdock.h"
#include "panels/qadock.h"
#include "panels/searchdock.h"
#include "panels/translationeditor.h"
#include "project/filefilters.h"
#include "project/importjob.h"
#include "project/session.h"
#include "project/startpage.h"
#include "settings.h"
#include "study/worddatabase.h"
#include "style/colours.h"
#include "text/filechecks.h"
#include "text/spellchecker.h"
#include "view/linkeditor.h"
#include "view/readerpane.h"
#include "view/readerview.h"
#include "view/segmentactions.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>

namespace bireader::reader {
namespace {

constexpr int kMaxRecent = 10;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new Session(this))
    , m_lexicon(new Lexicon(this))
    , m_view(new ReaderView)
    , m_editor(new TranslationEditor)
    , m_glossary(new GlossaryDock(m_lexicon))
    , m_qa(new QaDock)
    , m_notes(new NotesDock)
    , m_search(new SearchDock)
    , m_actions(new SegmentActions(m_view, m_lexicon, this))
    , m_undo(new QUndoGroup(this))
    , m_position(new QLabel)
    , m_dictionaryStatus(new QLabel)
    , m_saveError(new QLabel)
    , m_stack(new QStackedWidget)
    , m_start(new StartPage)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_position->setObjectName(QStringLiteral("positionLine"));
    m_stack->addWidget(m_start);
    m_stack->addWidget(m_view);
    setCentralWidget(m_stack);
    connect(m_start, &StartPage::openRequested, this, &MainWindow::openRecent);
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    addDock(m_editor, tr("Translation"), QStringLiteral("TranslationDock"), Qt::BottomDockWidgetArea);
    QDockWidget *glossary
        = addDock(m_glossary, tr("Glossary"), QStringLiteral("GlossaryDock"), Qt::RightDockWidgetArea);
    QDockWidget *qa = addDock(m_qa, tr("QA"), QStringLiteral("QaDock"), Qt::RightDockWidgetArea);
    QDockWidget *notes = addDock(m_notes, tr("Notes"), QStringLiteral("NotesDock"), Qt::RightDockWidgetArea);
    QDockWidget *search = addDock(m_search, tr("Search"), QStringLiteral("SearchDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(glossary, qa);
    tabifyDockWidget(qa, notes);
    tabifyDockWidget(notes, search);
    qa->raise();

    m_saveError->setStyleSheet(QStringLiteral("color:%1").arg(colourName(Colour::Warning, palette())));
    statusBar()->addWidget(m_position, 1);
    // QStatusBar hides its line for a message only if the line was visible then; a message
    // given before the window showed (a setting restored at start) would be drawn over it.
    connect(statusBar(), &QStatusBar::messageChanged, m_position,
            [this](const QString &message) { m_position->setVisible(message.isEmpty()); });
    statusBar()->addPermanentWidget(m_saveError);
    statusBar()->addPermanentWidget(m_dictionaryStatus);

    connect(m_session, &Session::documentChanged, this, &MainWindow::documentChanged);
    connect(m_session, &Session::storeFailed, this,
            [this](const QString &message) { m_saveError->setText(tr("Not saved: %1").arg(message)); });
    connect(m_lexicon, &Lexicon::dictionaryChanged, this, [this] {
        rebuildLookup();
        updateStatus();
    });
    connect(m_lexicon, &Lexicon::loadFailed, this, [this](const QString &m) { showError(tr("Dictionary"), m); });
    connect(m_view, &ReaderView::currentChanged, m_editor, &TranslationEditor::setSegment);
    connect(m_view, &ReaderView::currentChanged, this, &MainWindow::updateStatus);
    connect(m_view, &ReaderView::currentChanged, this, &MainWindow::rememberPosition);
    connect(m_view, &ReaderView::contextMenuRequested, m_actions, &SegmentActions::popup);
    connect(m_view, &ReaderView::linkActivated, this, [](const QUrl &url) {
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url); // the user's browser; Bireader itself never goes online
    });
    connect(m_actions, &SegmentActions::message, this, [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    connect(m_view->links(), &LinkEditor::message, this,
            [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_glossary, &GlossaryDock::message, this, [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    connectGlossaryLayers();
    connect(m_qa, &QaDock::findingsChanged, m_view, &ReaderView::setFindings);
    connect(m_qa, &QaDock::jumpTo, m_view, &ReaderView::goToSegment);
    connect(m_qa, &QaDock::applyTermRequested, this, &MainWindow::applyTermFor);
    connect(m_qa, &QaDock::reportRequested, this, [this] {
        if (!m_session->document())
            return;
        const QString base = QFileInfo(m_session->displayName()).completeBaseName();
        const QString path = askPath(PathRole::Export, base + QStringLiteral("-qa.html"),
                                     tr("HTML report (*.html);;CSV for a spreadsheet (*.csv)"));
        if (path.isEmpty())
            return;
        if (const Result<> done = saveQaReport(path); !done)
            showError(tr("QA report"), done.error());
    });
    connect(m_notes, &NotesDock::jumpTo, m_view, &ReaderView::goToSegment);
    connect(m_search, &SearchDock::jumpTo, m_view, &ReaderView::goToSegment);
    connect(m_search, &SearchDock::hitsChanged, this, [this](const QList<SearchHit> &hits) {
        QList<std::tuple<int, Side, TextRange>> marks;
        for (const SearchHit &h : hits)
            marks.append({ h.segment, h.side, h.range });
        m_view->setSearchHits(marks);
    });

    setUpStudy();
    buildMenus();
    loadSettings();
    documentChanged();
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addDock(QWidget *widget, const QString &title, const QString &name, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    return dock;
}

// The document ------------------------------------------------------------------------------

void MainWindow::documentChanged()
{
    ProjectDocument *doc = m_session->document();
    for (QUndoStack *stack : m_undo->stacks())
        m_undo->removeStack(stack);
    if (doc) {
        m_undo->addStack(doc->undoStack());
        m_undo->setActiveStack(doc->undoStack());
        connect(doc, &ProjectDocument::glossaryChanged, this, &MainWindow::rebuildLookup, Qt::UniqueConnection);
        connect(doc, &ProjectDocument::glossaryChanged, this, &MainWindow::reloadGlossaryLayers, Qt::UniqueConnection);
        connect(doc, &ProjectDocument::segmentsReplaced, this, &MainWindow::updateStatus, Qt::UniqueConnection);
        // On segmentChanged only when what the line shows changed (an edit makes a confirmed
        // translation a draft; undo confirms it again): counting 50k pairs at every key
        // would cost typing time.
        connect(doc, &ProjectDocument::segmentChanged, this, &MainWindow::updateStatusFor, Qt::UniqueConnection);
    }
    if (m_view->document() != doc) {
        m_view->setDocument(doc);
        if (doc)
            m_view->pane(Side::Source)->setFocus(); // J/K and the arrows move through the text at once
        m_editor->setDocument(doc);
        m_glossary->setDocument(doc);
        m_qa->setDocument(doc);
        m_notes->setDocument(doc);
        m_search->setDocument(doc);
        reloadGlossaryLayers(); // the lookup, QA and spelling with them
    }
    m_saveError->clear();
    updateTitle();
    updateStatus();
    if (m_known->isVisible()) { // the known share of the new document
        m_known->refresh();
        m_known->recountLater();
    }
    showDocumentOrStart();
    if (doc)
        emit documentShown();
}

void MainWindow::rebuildLookup()
{
    ProjectDocument *doc = m_session->document();
    m_view->setLookup(doc ? m_lexicon->lookupFor(mergedGlossary(doc->data().glossary, m_glossaryLayers)) : nullptr);
}

void MainWindow::updateTitle()
{
    const QString name = m_session->displayName();
    setWindowTitle(name.isEmpty() ? tr("Bireader") : tr("%1 — Bireader").arg(name));
}

void MainWindow::updateStatusFor(int segment)
{
    const ProjectDocument *doc = m_session->document();
    if (doc
        && (doc->confirmedCount() != m_shownConfirmed
            || (segment == m_view->currentSegment() && int(doc->segment(segment).status()) != m_shownStatus)))
        updateStatus();
}

void MainWindow::updateStatus()
{
    ProjectDocument *doc = m_session->document();
    if (!doc) {
        m_position->setText(tr("Open a bilingual page, a text and its translation, or a project (Ctrl+O)"));
    } else {
        const Document &d = doc->data().document;
        const int current = m_view->currentSegment();
        const SegmentStatus status = current >= 0 && current < doc->segmentCount() ? doc->segment(current).status()
                                                                                   : SegmentStatus::MachineTranslation;
        const QString statusName = status == SegmentStatus::Confirmed ? tr("confirmed")
            : status == SegmentStatus::Draft                          ? tr("draft")
                                                                      : tr("machine translation");
        m_shownConfirmed = doc->confirmedCount();
        m_shownStatus = int(status);
        m_position->setText(tr("Segment %1 of %2 (%3) · %4 paired, %5 confirmed · %6 → %7%8")
                                .arg(current + 1)
                                .arg(d.segments.size())
                                .arg(statusName)
                                .arg(d.pairedCount())
                                .arg(doc->confirmedCount())
                                .arg(d.sourceLanguage, d.targetLanguage)
                                .arg(m_session->isReadOnly() ? tr(" · read-only") : QString()));
    }
    m_dictionaryStatus->setText(m_lexicon->isLoading()  ? tr("Loading dictionary…")
                                    : m_lexicon->size() ? tr("Dictionary: %L1 words").arg(m_lexicon->size())
                                                        : tr("No dictionary"));
}

void MainWindow::applyTermFor(int glossaryEntry)
{
    ProjectDocument *doc = m_session->document();
    if (!doc)
        return;
    ApplyTermDialog dialog(doc->data(), glossaryEntry, m_lexicon->dictionary(), this);
    if (dialog.proposalCount() == 0) {
        statusBar()->showMessage(tr("Nothing to replace"), 5000);
        return;
    }
    if (dialog.exec() == QDialog::Accepted)
        applyTermReplacements(*doc, dialog.chosen());
}

// Window events ---------------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeKeepUntitled()) {
        event->ignore();
        return;
    }
    saveSettings();
    m_session->close();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasUrls() && event->mimeData()->hasText()) { // text, not files
        event->acceptProposedAction();
        newFromText(event->mimeData()->text());
        return;
    }
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.size() == 1)
        openPath(paths[0]);
    else if (paths.size() == 2)
        openPair(paths[0], paths[1]);
    else
        statusBar()->showMessage(tr("Drop one bilingual file, or a text and its translation"), 5000);
    event->acceptProposedAction();
}

void MainWindow::loadSettings()
{
    if (!restoreGeometry(WindowSession::geometry())) {
        QSize size(1360, 860); // fits a 1366x768 laptop at 90 %, a larger screen as it is
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.92);
        resize(size);
    }
    if (!restoreState(WindowSession::state())) {
        // The reading panes get most of the window: the docks a fifth of its width and a
        // sixth of its height, within bounds that keep them usable.
        QList<QDockWidget *> bottom, right;
        for (QDockWidget *dock : findChildren<QDockWidget *>())
            (dockWidgetArea(dock) == Qt::BottomDockWidgetArea ? bottom : right).append(dock);
        const int dockWidth = std::clamp(width() / 5, 260, 380), dockHeight = std::clamp(height() / 6, 130, 200);
        resizeDocks(bottom, QList<int>(bottom.size(), dockHeight), Qt::Vertical);
        resizeDocks(right, QList<int>(right.size(), dockWidth), Qt::Horizontal);
    }
}

void MainWindow::saveSettings() const
{
    WindowSession::save(saveGeometry(), saveState());
    Settings::instance().setZoomPercent(m_view->zoomPercent());
    Settings::instance().setSwapped(m_view->isSwapped());
}

} // namespace bireader::reader
