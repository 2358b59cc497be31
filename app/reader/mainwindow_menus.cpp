// MainWindow's menus: File, Edit, View, Segment, Help.
#include "edit/projectdocument.h"
#include "glossary/lexicon.h"
#include "io/fileimport.h"
#include "mainwindow.h"
#include "panels/qadock.h"
#include "panels/searchdock.h"
#include "panels/shortcutsdialog.h"
#include "project/filefilters.h"
#include "project/linkrealign.h"
#include "project/pairdialog.h"
#include "project/pastedialog.h"
#include "project/recentdocuments.h"
#include "project/session.h"
#include "qa/qareport.h"
#include "settings.h"
#include "style/readerfonts.h"
#include "style/theme.h"
#include "text/filechecks.h"
#include "text/safewrite.h"
#include "version.h"
#include "view/hovercontroller.h"
#include "view/linkeditor.h"
#include "view/panesync.h"
#include "view/readerpane.h"
#include "view/readerview.h"
#include "view/segmentactions.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFontDialog>
#include <QGuiApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoGroup>

namespace bireader::reader {
namespace {

struct ExportChoice {
    ExportFormat format;
    const char *label;
    const char *suffix;
    const char *filter;
    bool confirmedOnly = false;
};

const ExportChoice kExports[] = {
    { ExportFormat::Markdown, QT_TRANSLATE_NOOP("bireader::reader::MainWindow", "Notes as Markdown…"), "md",
      QT_TRANSLATE_NOOP("bireader::reader::MainWindow", "Markdown (*.md)") },
    { ExportFormat::Html, QT_TRANSLATE_NOOP("bireader::reader::MainWindow", "Notes as HTML page…"), "html",
      QT_TRANSLATE_NOOP("bireader::reader::MainWindow", "HTML (*.html)") },
    { ExportFormat::Tmx, QT_TRANSLATE_NOOP("bireader::reader::MainWindow", "Corrected pairs as TMX…"), "tmx",
      QT_TRANSLATE_NOOP("bireader::reader::MainWindow", "TMX (*.tmx)") },
    { ExportFormat::Tmx, QT_TRANSLATE_NOOP("bireader::reader::MainWindow", "Confirmed pairs only as TMX…"), "tmx",
      QT_TRANSLATE_NOOP("bireader::reader::MainWindow", "TMX (*.tmx)"), true },
    { ExportFormat::Xliff, QT_TRANSLATE_NOOP("bireader::reader::MainWindow", "XLIFF (corrections written back)…"),
      "xlf", QT_TRANSLATE_NOOP("bireader::reader::MainWindow", "XLIFF (*.xlf *.xliff)") },
    { ExportFormat::Xliff2, QT_TRANSLATE_NOOP("bireader::reader::MainWindow", "New XLIFF 2.0…"), "xlf",
      QT_TRANSLATE_NOOP("bireader::reader::MainWindow", "XLIFF (*.xlf *.xliff)") },
    { ExportFormat::Anki, QT_TRANSLATE_NOOP("bireader::reader::MainWindow", "Vocabulary as Anki cards…"), "csv",
      QT_TRANSLATE_NOOP("bireader::reader::MainWindow", "CSV for Anki (*.csv)") },
    { ExportFormat::AnkiCloze, QT_TRANSLATE_NOOP("bireader::reader::MainWindow", "Vocabulary as Anki cloze cards…"),
      "csv", QT_TRANSLATE_NOOP("bireader::reader::MainWindow", "CSV for Anki (*.csv)") },
    { ExportFormat::Text, QT_TRANSLATE_NOOP("bireader::reader::MainWindow", "Bilingual plain text…"), "txt",
      QT_TRANSLATE_NOOP("bireader::reader::MainWindow", "Text (*.txt)") },
    { ExportFormat::TargetText, QT_TRANSLATE_NOOP("bireader::reader::MainWindow", "Translation only…"), "txt",
      QT_TRANSLATE_NOOP("bireader::reader::MainWindow", "Text (*.txt)") },
};

} // namespace

void MainWindow::buildMenus()
{
    buildFileMenu();
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Find…"), QKeySequence::Find, this, [this] {
        for (QDockWidget *dock : findChildren<QDockWidget *>())
            if (dock->widget() == m_search) {
                dock->show();
                dock->raise();
            }
        m_search->focusFind();
    });
    buildViewMenu();
    buildSegmentMenu();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), QKeySequence::HelpContents, this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    help->addAction(tr("&About Bireader"), this, [this] {
        QMessageBox::about(this, tr("About Bireader"),
                           tr("<b>Bireader %1</b><p>Read a text next to its translation, look words up, "
                              "correct the translation and keep notes.</p>"
                              "<p>Dictionary data: CC-CEDICT (CC BY-SA 4.0) when you load it.</p>")
                               .arg(versionString()));
    });
}

void MainWindow::newFromText(const QString &text)
{
    if (m_askPath) { // tests: no dialog
        importTexts(text, {});
        return;
    }
    PasteDialog dialog(text, this);
    if (dialog.exec() == QDialog::Accepted)
        importTexts(dialog.text(), dialog.translation());
}

void MainWindow::buildFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, [this] {
        const QString path = askPath(PathRole::Open, {}, openFileFilter());
        if (!path.isEmpty())
            openPath(path);
    });
    file->addAction(tr("Open Text and &Translation…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this, [this] {
        PairDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            openPair(dialog.paths()[0], dialog.paths()[1]);
    });
    file->addAction(tr("New from &Clipboard…"), this, [this] {
        const QClipboard *clipboard = QGuiApplication::clipboard();
        newFromText(clipboard ? clipboard->text() : QString());
    });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] {
        m_recentMenu->clear();
        const QList<RecentDocuments::Entry> recent = RecentDocuments::entries();
        for (const RecentDocuments::Entry &e : recent)
            m_recentMenu->addAction(RecentDocuments::label(e.paths), this, [this, e] { openRecent(e.paths); })
                ->setToolTip(e.paths.join(QLatin1Char('\n')));
        if (recent.isEmpty())
            m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    });
    file->addSeparator();
    QAction *save = file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    save->setObjectName(QStringLiteral("saveAction"));
    QAction *saveAs = file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, [this] {
        const QString path = askPath(PathRole::SaveProject, m_session->displayName(), projectFileFilter());
        if (path.isEmpty())
            return;
        if (const Result<> done = this->saveAs(path); !done)
            showError(tr("Save project"), done.error());
    });
    m_exportMenu = file->addMenu(tr("&Export"));
    for (const ExportChoice &choice : kExports) {
        m_exportMenu->addAction(tr(choice.label), this, [this, choice] {
            const QString base = QFileInfo(m_session->displayName()).completeBaseName();
            const QString path
                = askPath(PathRole::Export, base + QLatin1Char('.') + QLatin1String(choice.suffix), tr(choice.filter));
            if (path.isEmpty())
                return;
            ExportOptions options;
            options.confirmedOnly = choice.confirmedOnly;
            if (const Result<> done = exportTo(choice.format, path, options); !done)
                showError(tr("Export"), done.error());
        });
    }
    file->addSeparator();
    file->addAction(tr("Load &Dictionary…"), this, [this] {
        const QString path = askPath(PathRole::Open, {}, tr("CC-CEDICT dictionaries (*.u8 *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        Settings::instance().setDictionaryPath(path);
        m_lexicon->load(path);
        updateStatus();
    });
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"), QKeySequence::Close, this, [this] {
        if (maybeKeepUntitled())
            m_session->close();
    });
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    connect(m_session, &Session::documentChanged, this, [this, save, saveAs, close] {
        const bool open = m_session->document() != nullptr;
        save->setEnabled(open);
        saveAs->setEnabled(open);
        close->setEnabled(open);
        m_exportMenu->setEnabled(open);
    });
}

void MainWindow::buildViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *swap = view->addAction(tr("&Swap Sides"), this, [this](bool on) { m_view->setSwapped(on); });
    swap->setCheckable(true);
    QAction *stacked = view->addAction(tr("S&tacked Layout"), this, [this](bool on) { m_view->setStacked(on); });
    stacked->setCheckable(true);
    QAction *lock
        = view->addAction(tr("&Keep Panes in Step"), this, [this](bool on) { m_view->sync()->setLocked(on); });
    lock->setCheckable(true);
    lock->setChecked(true);
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addSeparator();
    QAction *in = view->addAction(tr("Zoom &In"), this, [this] { m_view->zoom(1); });
    in->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn });
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this, [this] { m_view->zoom(-1); })
        ->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut });
    view->addAction(tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0), this, [this] { m_view->zoom(0); });
    for (Side side : { Side::Source, Side::Target }) {
        view->addAction(side == Side::Source ? tr("Source &Font…") : tr("Translation F&ont…"), this, [this, side] {
            ProjectDocument *doc = m_session->document();
            const QString language = !doc ? QString()
                : side == Side::Source    ? doc->data().document.sourceLanguage
                                          : doc->data().document.targetLanguage;
            bool ok = false;
            const QFont font = QFontDialog::getFont(&ok, fontForLanguage(language), this);
            if (!ok)
                return;
            setFontForLanguage(language, font);
            const QString other = !doc ? QString()
                : side == Side::Source ? doc->data().document.targetLanguage
                                       : doc->data().document.sourceLanguage;
            m_view->setPaneFonts(side == Side::Source ? font : fontForLanguage(other),
                                 side == Side::Target ? font : fontForLanguage(other));
        });
    }
    QAction *links = view->addAction(tr("Sentence &Links"), this, [this](bool on) {
        m_view->links()->setEnabled(on);
        if (on)
            statusBar()->showMessage(tr("Click a sentence, then its counterpart, to link them; Ctrl+click adds one; "
                                        "U unlinks, C confirms"),
                                     10000);
    });
    links->setObjectName(QStringLiteral("sentenceLinksAction"));
    links->setCheckable(true);
    links->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    buildStudyActions(view);
    buildPinyin(view);
    buildReadingModes(view);
    buildFilterMenu(view);
    buildReadAloud(view);
    view->addSeparator();
    buildHoverActions(view);
    view->addSeparator();
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(this);
    const Theme current = Settings::instance().theme();
    for (auto [theme, label] : { std::pair { Theme::System, tr("Follow the &System") },
                                 std::pair { Theme::Light, tr("&Light") }, std::pair { Theme::Dark, tr("&Dark") } }) {
        QAction *a = themes->addAction(label, this, [theme] {
            applyTheme(theme);
            Settings::instance().setTheme(theme);
        });
        a->setCheckable(true);
        a->setChecked(theme == current);
        themeGroup->addAction(a);
    }
    view->addSeparator();
    m_panelsMenu = view->addMenu(tr("&Panels"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_panelsMenu->addAction(dock->toggleViewAction());

    m_view->zoom(0);
    m_view->zoom((Settings::instance().zoomPercent() - 100) / 10);
    if (Settings::instance().swapped())
        swap->trigger();
}

void MainWindow::buildHoverActions(QMenu *view)
{
    HoverController *hover = m_view->hover();
    Settings &settings = Settings::instance();
    QAction *popup = view->addAction(tr("&Dictionary Popup"), this, [hover](bool on) {
        hover->setEnabled(on);
        Settings::instance().setHoverPopup(on);
    });
    popup->setObjectName(QStringLiteral("dictionaryPopupAction"));
    popup->setCheckable(true);
    popup->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Z));
    popup->setChecked(settings.hoverPopup());
    hover->setEnabled(popup->isChecked());
    // Shift itself pins (a menu shortcut cannot be a lone modifier): shown in the label.
    QAction *pin = view->addAction(tr("&Pin Dictionary Popup") + QStringLiteral("\tShift"), this,
                                   [hover](bool on) { hover->setPinned(on); });
    pin->setCheckable(true);
    connect(hover, &HoverController::pinnedChanged, pin, &QAction::setChecked);
    QMenu *delays = view->addMenu(tr("Popup D&elay"));
    auto *group = new QActionGroup(this);
    const int current = settings.hoverDelayMs();
    hover->setDelay(current);
    for (int ms : { 0, 100, 200, 400, 800 }) {
        QAction *a = delays->addAction(tr("%1 ms").arg(ms), this, [hover, ms] {
            hover->setDelay(ms);
            Settings::instance().setHoverDelayMs(ms);
        });
        a->setCheckable(true);
        a->setChecked(ms == current);
        group->addAction(a);
    }
}

void MainWindow::buildSegmentMenu()
{
    QMenu *segment = menuBar()->addMenu(tr("&Segment"));
    auto current = [this] { return m_view->currentSegment(); };
    auto doc = [this] { return m_session->document(); };
    QList<QAction *> actions;
    actions << segment->addAction(tr("&Merge with Next"), QKeySequence(Qt::CTRL | Qt::Key_M), this,
                                  [=] { doc()->mergeWithNext(current()); });
    actions << segment->addAction(
        tr("&Split Before the Selected Sentence"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), this, [=, this] {
            for (const Side side : { Side::Source, Side::Target }) {
                const ReaderPane *pane = m_view->pane(side);
                const int at = pane->selectedRange().start;
                if (pane->selectedSegment() == current() && m_actions->canSplitAt(side, current(), at)) {
                    m_actions->splitAt(side, current(), at);
                    return;
                }
            }
            statusBar()->showMessage(tr("Select text in a sentence of the current segment (not its "
                                        "first): the segment is split before that sentence"),
                                     8000);
        });
    actions.back()->setObjectName(QStringLiteral("splitAction"));
    actions << segment->addAction(tr("Move First Source Sentence to &Previous"), this,
                                  [=] { doc()->moveSentence(current(), Side::Source, false); });
    actions << segment->addAction(tr("Move Last Source Sentence to &Next"), this,
                                  [=] { doc()->moveSentence(current(), Side::Source, true); });
    actions << segment->addAction(tr("Move First Translation Sentence to P&revious"), this,
                                  [=] { doc()->moveSentence(current(), Side::Target, false); });
    actions << segment->addAction(tr("Move Last Translation Sentence to N&ext"), this,
                                  [=] { doc()->moveSentence(current(), Side::Target, true); });
    actions << segment->addAction(tr("Mark as &Not Part of the Text"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                                  [=] { doc()->setExcluded(current(), !doc()->segment(current()).excluded); });
    actions << segment->addAction(tr("&Include All Set Aside"), this, [=] { doc()->includeAll(); });
    actions.back()->setObjectName(QStringLiteral("includeAllAction"));
    segment->addSeparator();
    actions << segment->addAction(tr("Start Re-align Stretch &Here"), this,
                                  [=, this] { m_actions->markStretchStart(current()); });
    actions << segment->addAction(tr("Re-align Stretch &to Here"), this, [=, this] {
        if (const QString e = m_actions->realignStretch(m_actions->stretchStart(), current()); !e.isEmpty())
            statusBar()->showMessage(e, 8000);
    });
    segment->addSeparator();
    for (const bool whole : { false, true }) {
        actions << segment->addAction(
            whole ? tr("Re-align Links in the &Document") : tr("Re-align &Links in This Segment"), this, [=, this] {
                const int first = whole ? 0 : current(), count = whole ? doc()->segmentCount() : 1;
                realignLinksInBackground(this, doc(), m_lexicon->dictionary(), first, count, [this](int done) {
                    statusBar()->showMessage(
                        done < 0 ? tr("Re-alignment cancelled")
                            : done == 0
                            ? tr("Nothing to re-align (corrected or unpaired)")
                            : tr("Links re-aligned around the confirmed ones in %n segments", nullptr, done),
                        5000);
                });
            });
    }
    segment->addSeparator();
    actions << segment->addAction(tr("Re&vert Translation"), this, [=] { doc()->revertTranslation(current()); });
    buildStatusActions(segment);
    connect(m_session, &Session::documentChanged, this, [this, actions] {
        for (QAction *a : actions)
            a->setEnabled(m_session->document() != nullptr);
    });
}

Result<> MainWindow::saveQaReport(const QString &path)
{
    if (!m_session->document())
        return Error { tr("no project is open") };
    // Never over the open project, nor over a glossary file it attaches.
    const OutputGuard guard { QStringList { m_session->path() } + m_session->document()->data().attachedGlossaries,
                              true, false };
    if (const QString e = guard.check(path); !e.isEmpty())
        return Error { e };
    m_qa->runNow(); // what the document says now, not what the last settled run said
    const Document &document = m_session->document()->data().document;
    const QString report = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        ? qaReportCsv(document, m_qa->findings())
        : qaReportHtml(document, m_qa->findings(), tr("QA report: %1").arg(m_session->displayName()));
    Result<> written = writeFileSafely(path, report.toUtf8());
    if (written)
        statusBar()->showMessage(tr("QA report saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return written;
}

} // namespace bireader::reader
