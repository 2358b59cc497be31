#pragma once

#include "export/exporter.h"
#include "glossary/glossaryset.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QDockWidget;
class QLabel;
class QStackedWidget;
class QMenu;
class QFileSystemWatcher;
class QUndoGroup;

namespace bireader {
class Lexicon;
class SpellChecker;
class Session;
class WordDatabase;
} // namespace bireader

namespace bireader::reader {

class GlossaryDock;
class KnownWordsLabel;
class ReadAloud;
class SpeechEngine;
class ImportJob;
class NotesDock;
class QaDock;
class ReaderView;
class SearchDock;
class SegmentActions;
class StartPage;
class TranslationEditor;

// The reader window: the two panes in the middle, the docks around them (translation
// editor, glossary, QA, notes and vocabulary, search), menus and the status bar. It wires
// the parts together; each part lives in its own class.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // What a file dialog would answer; tests replace it.
    enum class PathRole { Open, OpenProject, SaveProject, Export };
    using PathAsker = std::function<QString(PathRole role, const QString &suggested, const QString &filter)>;
    void setPathAsker(PathAsker asker) { m_askPath = std::move(asker); }

    // Opens a project or imports a bilingual file (in the background); documentShown() follows.
    void openPath(const QString &path);
    void openPair(const QString &source, const QString &translation);
    // Imports pasted or dropped text (a bilingual text, or a text and its translation).
    void importTexts(const QString &text, const QString &translation);
    void newFromText(const QString &text); // the paste dialog, filled with `text`
    Result<> saveAs(const QString &path);
    Result<> exportTo(ExportFormat format, const QString &path, const ExportOptions &options = {});
    // The QA dock's findings as a report: CSV for a .csv path, else HTML.
    Result<> saveQaReport(const QString &path);
    bool offerRecovery(); // asks about untitled work a crashed session left; true: recovered
    static QString describeUntitled(const QString &autosave); // what the recovery prompt names
    bool reopenLast(); // the document read last, at its position; false: none to reopen
    void openRecent(const QStringList &paths); // at the position the reader was
    void save(); // a project is saved as it is edited; untitled work asks for a file
    // Loads the dictionary before a document opens (it aligns with it); `remember`: as File >
    // Load Dictionary does, for the next launch (bireader --dict FILE). Returns an error or "".
    Result<> startWithDictionary(const QString &path, bool remember);
    StartPage *startPage() const { return m_start; }

    Session *session() const { return m_session; }
    Lexicon *lexicon() const { return m_lexicon; }
    ReaderView *view() const { return m_view; }
    TranslationEditor *editor() const { return m_editor; }
    GlossaryDock *glossaryDock() const { return m_glossary; }
    QaDock *qaDock() const { return m_qa; }
    NotesDock *notesDock() const { return m_notes; }
    SearchDock *searchDock() const { return m_search; }
    WordDatabase *words() const { return m_words.get(); }
    KnownWordsLabel *knownWords() const { return m_known; }
    ReadAloud *readAloud(); // made on first use, with Qt TextToSpeech unless a test gave an engine
    void setSpeechEngine(std::unique_ptr<SpeechEngine> engine);
    SegmentActions *segmentActions() const { return m_actions; }
    QUndoGroup *undoGroup() const { return m_undo; }
    QMenu *exportMenu() const { return m_exportMenu; }

signals:
    void documentShown();
    void importFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void buildFileMenu();
    void buildViewMenu();
    void buildHoverActions(QMenu *view);
    void buildStudyActions(QMenu *view);
    void buildReadingModes(QMenu *view);
    void fillVoicesMenu(QMenu *menu);
    void buildReadAloud(QMenu *view);
    void buildPinyin(QMenu *view);
    void setUpStudy();
    void setWordStatus(bool on);
    void buildSegmentMenu();
    void buildStatusActions(QMenu *segment); // segment status: confirm, the filter (View > Show)
    void buildFilterMenu(QMenu *view);
    void updateSpelling(); // the checker for the document's translation language, the glossary's words
    // The glossaries used besides the project's own (attached files, the user's), read again
    // when one changes on disk; hover, QA and the Glossary dock get them.
    void reloadGlossaryLayers();
    void connectGlossaryLayers();
    QDockWidget *addDock(QWidget *widget, const QString &title, const QString &name, Qt::DockWidgetArea area);
    void documentChanged();
    void updateTitle();
    void updateStatus();
    void updateStatusFor(int segment); // only if what the line shows changed
    void rebuildLookup();
    void startImport(const QStringList &paths);
    void runImport(const QStringList &paths); // m_job, made; paths: what Open Recent remembers
    void rememberOpened(const QStringList &paths);
    void rememberPosition();
    void showDocumentOrStart();
    void showError(const QString &title, const QString &message);
    bool maybeKeepUntitled(); // false: the user cancelled
    QString askPath(PathRole role, const QString &suggested, const QString &filter);
    void applyTermFor(int glossaryEntry);
    void loadSettings();
    void saveSettings() const;

    Session *m_session;
    Lexicon *m_lexicon;
    ReaderView *m_view;
    TranslationEditor *m_editor;
    GlossaryDock *m_glossary;
    QaDock *m_qa;
    NotesDock *m_notes;
    SearchDock *m_search;
    SegmentActions *m_actions;
    QUndoGroup *m_undo;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QLabel *m_position, *m_dictionaryStatus, *m_saveError;
    // What the status line shows of the document, to redraw it only when that changes.
    int m_shownConfirmed = -1, m_shownStatus = -1;
    std::unique_ptr<ImportJob> m_job;
    std::unique_ptr<WordDatabase> m_words; // the user's word list; null when it cannot be opened
    std::unique_ptr<SpellChecker> m_spelling; // the translation's language; unloaded without a dictionary
    QList<GlossaryLayer> m_glossaryLayers;
    QFileSystemWatcher *m_glossaryFiles = nullptr;
    QString m_wordsError;
    KnownWordsLabel *m_known = nullptr;
    ReadAloud *m_readAloud = nullptr;
    PathAsker m_askPath;
    QStackedWidget *m_stack;
    StartPage *m_start;
    QStringList m_current; // what is open, as the recent documents name it
    int m_pendingPosition = -1; // where to go once the document opening is shown
};

} // namespace bireader::reader
