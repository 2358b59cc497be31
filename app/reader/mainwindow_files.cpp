// MainWindow: files: asking for paths, opening and importing, Save As, export.
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

// Files ---------------------------------------------------------------------------------------

QString MainWindow::askPath(PathRole role, const QString &suggested, const QString &filter)
{
    if (m_askPath)
        return m_askPath(role, suggested, filter);
    switch (role) {
    case PathRole::Open:
    case PathRole::OpenProject:
        return QFileDialog::getOpenFileName(this, tr("Open"), suggested, filter);
    case PathRole::SaveProject:
        return QFileDialog::getSaveFileName(this, tr("Save project as"), suggested, filter);
    case PathRole::Export:
        return QFileDialog::getSaveFileName(this, tr("Export"), suggested, filter);
    }
    return {};
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 10000);
    if (!m_askPath) // tests answer for the user; a person gets a dialog
        QMessageBox::warning(this, title, message);
}

void MainWindow::openPath(const QString &path)
{
    if (!maybeKeepUntitled())
        return;
    if (path.endsWith(QLatin1String(".bireader"), Qt::CaseInsensitive)) {
        if (const Result<> opened = m_session->open(path); !opened) {
            showError(tr("Open project"), opened.error());
            emit importFailed(opened.error());
            return;
        }
        rememberOpened({ path });
        if (const QStringList warnings = m_session->openWarnings(); !warnings.isEmpty()) {
            statusBar()->showMessage(warnings.join(QLatin1String("; ")), 15000);
            if (!m_askPath)
                QMessageBox::warning(this, tr("Open project"), warnings.join(QLatin1Char('\n')));
        }
        return;
    }
    startImport({ path });
}

void MainWindow::openPair(const QString &source, const QString &translation)
{
    if (maybeKeepUntitled())
        startImport({ source, translation });
}

void MainWindow::startImport(const QStringList &paths)
{
    if (m_job && m_job->isRunning())
        return;
    ImportOptions options;
    options.dictionary = m_lexicon->dictionary();
    m_job = std::make_unique<ImportJob>(paths, options);
    runImport(paths);
}

void MainWindow::importTexts(const QString &text, const QString &translation)
{
    if ((m_job && m_job->isRunning()) || !maybeKeepUntitled())
        return;
    ImportOptions options;
    options.dictionary = m_lexicon->dictionary();
    m_job = std::make_unique<ImportJob>(text, translation, options);
    runImport({});
}

void MainWindow::runImport(const QStringList &paths)
{
    m_job->start(m_askPath ? nullptr : this, [this, paths](const ImportJob::Outcome &out) {
        if (out.result.canceled) {
            statusBar()->showMessage(tr("Import cancelled"), 5000);
            emit importFailed(tr("cancelled"));
            return;
        }
        if (!out.result.ok()) {
            showError(tr("Import"), out.result.error);
            emit importFailed(out.result.error);
            return;
        }
        if (const Result<> opened = m_session->openUntitled(out.data); !opened) {
            showError(tr("Import"), opened.error());
            emit importFailed(opened.error());
            return;
        }
        if (!paths.isEmpty())
            rememberOpened(paths);
        if (!out.result.warnings.isEmpty()) { // imported, but the user should know (bytes replaced)
            statusBar()->showMessage(out.result.warnings.join(QLatin1String("; ")), 15000);
            if (!m_askPath)
                QMessageBox::warning(this, tr("Import"), out.result.warnings.join(QLatin1Char('\n')));
            return;
        }
        const auto &segments = out.data.document.segments;
        const int set
            = int(std::count_if(segments.begin(), segments.end(), [](const Segment &s) { return s.excluded; }));
        QString message = tr("%n segments imported; edits are saved as you make them", nullptr, int(segments.size()));
        if (set > 0)
            message += QLatin1String("; ")
                + tr("%n unpaired paragraphs set aside as the page's chrome (Segment > Include All Set Aside)", nullptr,
                     set);
        statusBar()->showMessage(message, 15000);
    });
}

Result<> MainWindow::saveAs(const QString &path)
{
    QString target = path;
    if (!target.endsWith(QLatin1String(".bireader"), Qt::CaseInsensitive))
        target += QStringLiteral(".bireader");
    Result<> saved = m_session->saveAs(target);
    if (saved)
        rememberOpened({ target });
    return saved;
}

Result<> MainWindow::exportTo(ExportFormat format, const QString &path, const ExportOptions &options)
{
    if (!m_session->document())
        return Error { tr("no project is open") };
    // Never over the open project (by identity: a link to it too); another existing file
    // was confirmed in the save dialog.
    const OutputGuard guard { QStringList { m_session->path() } + m_session->document()->data().attachedGlossaries,
                              true, false }; // nor over a glossary file the project attaches
    if (const QString e = guard.check(path); !e.isEmpty())
        return Error { e };
    Result<> written = exportToFile(m_session->document()->data(), format, path, options);
    if (written)
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return written;
}

bool MainWindow::maybeKeepUntitled()
{
    if (!m_session->isUntitled() || !m_session->document())
        return true;
    if (m_askPath) { // non-interactive: the untitled work stays in its autosave file
        m_session->close();
        return true;
    }
    const auto answer = QMessageBox::question(
        this, tr("Keep your work?"),
        tr("“%1” has no file yet. Save it as a project, or discard it?").arg(m_session->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard) {
        m_session->discard();
        return true;
    }
    const QString path = askPath(PathRole::SaveProject, m_session->displayName(), projectFileFilter());
    if (path.isEmpty())
        return false;
    if (const Result<> done = saveAs(path); !done) {
        showError(tr("Save project"), done.error());
        return false;
    }
    m_session->close();
    return true;
}

} // namespace bireader::reader
