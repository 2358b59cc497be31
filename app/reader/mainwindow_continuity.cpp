// MainWindow picking up where the user left off: recent documents, the reading position,
// the start page, the last document reopened on a plain launch, untitled work recovered.
#include "edit/projectdocument.h"
#include "glossary/lexicon.h"
#include "mainwindow.h"
#include "project/filefilters.h"
#include "project/recentdocuments.h"
#include "project/session.h"
#include "project/startpage.h"
#include "settings.h"
#include "store/projectstore.h"
#include "view/readerview.h"

#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace bireader::reader {

void MainWindow::rememberOpened(const QStringList &paths)
{
    m_current.clear();
    for (const QString &p : paths)
        m_current << QFileInfo(p).absoluteFilePath();
    RecentDocuments::add(m_current);
    m_start->refresh();
}

void MainWindow::rememberPosition()
{
    if (!m_current.isEmpty() && m_session->document())
        RecentDocuments::setPosition(m_current, m_view->currentSegment());
}

void MainWindow::openRecent(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_pendingPosition = RecentDocuments::position(paths);
    if (paths.size() == 1)
        openPath(paths[0]);
    else
        openPair(paths[0], paths[1]);
}

bool MainWindow::reopenLast()
{
    for (const RecentDocuments::Entry &e : RecentDocuments::entries()) {
        if (std::all_of(e.paths.begin(), e.paths.end(), [](const QString &p) { return QFileInfo::exists(p); })) {
            openRecent(e.paths);
            return true;
        }
        break; // the last one is gone: the start page shows the rest
    }
    return false;
}

void MainWindow::showDocumentOrStart()
{
    ProjectDocument *doc = m_session->document();
    m_stack->setCurrentWidget(doc ? static_cast<QWidget *>(m_view) : m_start);
    if (!doc)
        m_start->refresh();
    if (doc && m_pendingPosition >= 0) {
        m_view->goToSegment(std::min(m_pendingPosition, doc->segmentCount() - 1));
        m_pendingPosition = -1;
    }
}

QString MainWindow::describeUntitled(const QString &autosave)
{
    // The work's title and the files it was imported from, and when it was last changed.
    const QString when = QLocale().toString(QFileInfo(autosave).lastModified(), QLocale::ShortFormat);
    ProjectStore peek;
    const Result<ProjectData> opened = peek.open(autosave);
    if (!opened)
        return when;
    const ProjectData &data = opened.value();
    QStringList sources;
    for (const Segment &s : std::as_const(data.document.segments))
        for (const QString &f : { s.source.origin.file, s.target.origin.file })
            if (!f.isEmpty() && !sources.contains(QFileInfo(f).fileName()))
                sources << QFileInfo(f).fileName();
    const QString from = sources.join(QStringLiteral(", "));
    if (!data.document.title.isEmpty())
        return tr("“%1” from %2, %3").arg(data.document.title.left(80), from, when);
    return sources.isEmpty() ? when : tr("%1, %2").arg(from, when);
}

bool MainWindow::offerRecovery()
{
    for (const QString &file : Session::orphanedAutosaves()) {
        const auto answer = QMessageBox::question(
            this, tr("Recover unsaved work"),
            tr("Bireader did not close normally. Untitled work was kept: %1. Open it?").arg(describeUntitled(file)),
            QMessageBox::Open | QMessageBox::Discard | QMessageBox::Ignore, QMessageBox::Open);
        if (answer == QMessageBox::Open) {
            if (const Result<> done = m_session->recover(file); !done)
                showError(tr("Recover"), done.error());
            return true;
        }
        if (answer == QMessageBox::Discard)
            Session::removeAutosave(file);
    }
    return false;
}

Result<> MainWindow::startWithDictionary(const QString &path, bool remember)
{
    Result<> loaded = m_lexicon->loadNow(path);
    if (loaded && remember)
        Settings::instance().setDictionaryPath(path);
    return loaded;
}

void MainWindow::save()
{
    if (!m_session->document())
        return;
    if (m_session->isUntitled()) { // imported work has no file of its own yet
        const QString path = askPath(PathRole::SaveProject, m_session->displayName(), projectFileFilter());
        if (path.isEmpty())
            return;
        if (const Result<> done = saveAs(path); !done)
            showError(tr("Save project"), done.error());
        return;
    }
    statusBar()->showMessage(tr("Every edit is already in %1").arg(QFileInfo(m_session->path()).fileName()), 5000);
}

} // namespace bireader::reader
