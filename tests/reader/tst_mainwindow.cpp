#include "../support/result.h"
#include "edit/projectdocument.h"
#include "glossary/glossarydock.h"
#include "mainwindow.h"
#include "panels/notesdock.h"
#include "panels/qadock.h"
#include "panels/searchdock.h"
#include "panels/translationeditor.h"
#include "project/pairdialog.h"
#include "project/session.h"
#include "store/projectstore.h"
#include "view/readerpane.h"
#include "view/readerview.h"
#include "view/segmentactions.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoGroup>

using namespace bireader;
using namespace bireader::reader;

namespace {

const QString kPage = QStringLiteral(BIREADER_TEST_DATA "/interleaved/zh_en_page.txt");

QAction *actionNamed(QMenu *menu, const QString &prefix)
{
    for (QAction *a : menu->actions())
        if (a->text().startsWith(prefix))
            return a;
    return nullptr;
}

int firstPaired(const ProjectDocument *doc)
{
    for (int i = 0; i < doc->segmentCount(); ++i)
        if (doc->segment(i).isPaired() && doc->segment(i).source.sentences.size() == 1)
            return i;
    return -1;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_answer; // what the "file dialog" answers

    ProjectDocument *doc() const { return m_window->session()->document(); }

    bool open(const QString &path)
    {
        QSignalSpy shown(m_window.get(), &MainWindow::documentShown);
        m_window->openPath(path);
        return shown.size() > 0 || shown.wait(20000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(Session::autosaveDir()).removeRecursively();
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setPathAsker([this](MainWindow::PathRole, const QString &, const QString &) { return m_answer; });
        m_window->resize(1200, 800);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window->session()->discard();
        m_window.reset();
    }

    void openInterleavedPage_fillsBothPanes_inTheBackground()
    {
        QVERIFY(open(kPage));
        QVERIFY(doc()->segmentCount() > 5);
        QVERIFY(m_window->session()->isUntitled());
        ReaderView *view = m_window->view();
        QVERIFY(!view->pane(Side::Source)->visibleSegments().isEmpty());
        QVERIFY(!view->pane(Side::Target)->visibleSegments().isEmpty());
        const int seg = firstPaired(doc());
        QCOMPARE(view->pane(Side::Source)->sideText(seg), doc()->segment(seg).source.text);
        QCOMPARE(view->pane(Side::Target)->sideText(seg), doc()->segment(seg).target.text);
        QVERIFY(!view->pane(Side::Source)->sideText(seg).isEmpty());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("Bireader")));
    }

    void badFile_isReported_notOpened()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QSignalSpy failed(m_window.get(), &MainWindow::importFailed);
        m_window->openPath(path);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed[0][0].toString().contains(QStringLiteral("empty.txt")));
        QVERIFY(!doc());
    }

    void edit_undo_redo_saveAs_reopen_findsTheEdit()
    {
        QVERIFY(open(kPage));
        const int seg = firstPaired(doc());
        m_window->view()->goToSegment(seg);
        QCOMPARE(m_window->editor()->segment(), seg);
        QPlainTextEdit *editor = m_window->editor()->editor();
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, QStringLiteral(" Indeed."));
        const QString edited = doc()->segment(seg).target.text + QStringLiteral(" Indeed.");
        QCOMPARE(doc()->segment(seg).currentTarget().text, edited);
        QCOMPARE(doc()->undoStack()->count(), 2); // a word at a time: " " and "Indeed."
        QVERIFY(m_window->editor()->diffHtml().contains(QStringLiteral("Indeed")));

        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier); // the window's Undo, not the text box's
        QCOMPARE(doc()->segment(seg).currentTarget().text, doc()->segment(seg).target.text + QLatin1Char(' '));
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!doc()->segment(seg).isCorrected());
        QCOMPARE(editor->toPlainText(), doc()->segment(seg).target.text);
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(doc()->segment(seg).currentTarget().text, edited);

        const QString path = m_dir.filePath(QStringLiteral("page.bireader"));
        m_answer = path;
        QVERIFY_OK(m_window->saveAs(path));
        QVERIFY(!m_window->session()->isUntitled());
        m_window->close();
        m_window = std::make_unique<MainWindow>();
        m_window->setPathAsker([this](MainWindow::PathRole, const QString &, const QString &) { return m_answer; });
        QVERIFY(open(path));
        QCOMPARE(doc()->segment(seg).currentTarget().text, edited);
        QVERIFY(doc()->segment(seg).target.text != edited); // the machine translation is kept
    }

    void mergeAndSplit_fromTheContextMenu()
    {
        QVERIFY(open(kPage));
        const int seg = firstPaired(doc());
        const int count = doc()->segmentCount();
        const QString first = doc()->segment(seg).source.text, second = doc()->segment(seg + 1).source.text;
        std::unique_ptr<QMenu> menu(m_window->segmentActions()->buildMenu(Side::Source, seg, 0));
        actionNamed(menu.get(), QStringLiteral("Merge with next"))->trigger();
        QCOMPARE(doc()->segmentCount(), count - 1);
        QCOMPARE(doc()->segment(seg).source.text, first + second); // Chinese joins with nothing

        const int inSecond = int(first.size()); // the first character of the second paragraph
        menu.reset(m_window->segmentActions()->buildMenu(Side::Source, seg, inSecond));
        QAction *split = actionNamed(menu.get(), QStringLiteral("Split segment"));
        QVERIFY(split->isEnabled());
        split->trigger();
        QCOMPARE(doc()->segmentCount(), count);
        QCOMPARE(doc()->segment(seg).source.text, first);
        QCOMPARE(doc()->segment(seg + 1).source.text, second);
        m_window->undoGroup()->undo();
        m_window->undoGroup()->undo();
        QCOMPARE(doc()->segmentCount(), count);
    }

    void exportFromTheMenu_writesTheFile()
    {
        QVERIFY(open(kPage));
        m_answer = m_dir.filePath(QStringLiteral("notes.md"));
        actionNamed(m_window->exportMenu(), QStringLiteral("Notes as Markdown"))->trigger();
        QFile md(m_answer);
        QVERIFY(md.open(QIODevice::ReadOnly));
        QVERIFY(md.readAll().size() > 0);
        m_answer = m_dir.filePath(QStringLiteral("pairs.tmx"));
        actionNamed(m_window->exportMenu(), QStringLiteral("Corrected pairs as TMX"))->trigger();
        QFile tmx(m_answer);
        QVERIFY(tmx.open(QIODevice::ReadOnly));
        QVERIFY(tmx.readAll().contains("<tmx"));
        QCOMPARE(m_window->exportMenu()->actions().size(), 10);
    }

    // D1 in the reader: an export never replaces the open project, by any name.
    void exportOverTheOpenProject_isRefused()
    {
        QVERIFY(open(kPage));
        const QString path = m_dir.filePath(QStringLiteral("open.bireader"));
        QVERIFY_OK(m_window->saveAs(path));
        QFile::link(path, m_dir.filePath(QStringLiteral("open-link.html")));
        for (const QString &target : { path, m_dir.filePath(QStringLiteral("open-link.html")) })
            QVERIFY(!m_window->exportTo(ExportFormat::Html, target).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(16).startsWith("SQLite format 3"));
    }

    void glossaryImport_underlinesTerms_andUndoes()
    {
        QVERIFY(open(kPage));
        const QString csv = m_dir.filePath(QStringLiteral("g.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("term,translation,note,forbidden\n灯塔,lighthouse,,beacon\n");
        f.close();
        QVERIFY_OK(m_window->glossaryDock()->importFile(csv));
        QCOMPARE(doc()->data().glossary.entries.size(), 1);
        QCOMPARE(doc()->data().glossary.entries[0].reading, QStringLiteral("dēng tǎ")); // ICU Han-Latin
        QVERIFY(m_window->view()->lookup());
        QCOMPARE(m_window->view()->lookup()->glossary().entries.size(), 1);
        m_window->undoGroup()->undo();
        QVERIFY(doc()->data().glossary.entries.isEmpty());
        QCOMPARE(m_window->view()->lookup()->glossary().entries.size(), 0);
    }

    void qaDock_listsFindings_acceptHidesOne()
    {
        QVERIFY(open(kPage));
        QaDock *qa = m_window->qaDock();
        qa->runNow();
        const int before = int(qa->findings().size());
        QVERIFY(before > 0); // the chrome and footer have no translation
        QTreeWidgetItem *group = qa->tree()->topLevelItem(0);
        qa->tree()->setCurrentItem(group->child(0));
        QVERIFY(qa->selectedFinding() >= 0);
        qa->acceptSelected();
        qa->runNow();
        QCOMPARE(int(qa->findings().size()), before - 1);
        m_window->undoGroup()->undo();
        qa->runNow();
        QCOMPARE(int(qa->findings().size()), before);
    }

    void qaDock_report_savedAsHtmlOrCsv_neverOverTheProject()
    {
        QVERIFY(open(kPage));
        QTemporaryDir dir;
        m_answer = dir.filePath(QStringLiteral("report.csv"));
        m_window->findChild<QPushButton *>(QStringLiteral("qaReport"))->click();
        QFile csv(m_answer);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray rows = csv.readAll();
        QVERIFY(rows.startsWith("segment,check,message,source,translation\n"));
        QCOMPARE(rows.count('\n'), m_window->qaDock()->findings().size() + 1);
        QVERIFY(m_window->saveQaReport(dir.filePath(QStringLiteral("report.html"))).ok());
        QFile html(dir.filePath(QStringLiteral("report.html")));
        QVERIFY(html.open(QIODevice::ReadOnly) && html.readAll().startsWith("<!DOCTYPE html>"));
        QVERIFY(!m_window->saveQaReport(m_window->session()->path()).ok());
        m_answer.clear();
    }

    void searchAndReplace_inTranslations_isOneUndoStep()
    {
        QVERIFY(open(kPage));
        SearchDock *search = m_window->searchDock();
        search->find(QStringLiteral("lighthouse"));
        QVERIFY(search->hits().size() >= 2);
        const int changed = search->replaceAll(QStringLiteral("beacon"));
        QVERIFY(changed >= 2);
        search->find(QStringLiteral("beacon"));
        QVERIFY(search->hits().size() >= changed);
        QCOMPARE(doc()->undoStack()->count(), 1);
        m_window->undoGroup()->undo();
        search->find(QStringLiteral("beacon"));
        QVERIFY(search->hits().isEmpty());
    }

    void otherFormats_openInTheReader_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("paired");
        QTest::newRow("bilingual srt") << "film.srt"
                                       << QStringLiteral(
                                              "1\n00:00:01,000 --> 00:00:03,500\n今晚有雾。\nThere is fog tonight.\n\n"
                                              "2\n00:00:04,000 --> 00:00:06,000\n船会比平时更需要光。\n"
                                              "The ships will need the light more than usual.\n")
                                              .toUtf8()
                                       << 2;
        QFile html(QStringLiteral(BIREADER_TEST_DATA "/html/immersive.html"));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QTest::newRow("immersive translate page") << "page.html" << html.readAll() << 3;
        QTest::newRow("tmx") << "memory.tmx"
                             << QByteArray("<?xml version=\"1.0\"?><tmx version=\"1.4\"><header srclang=\"zh\"/><body>"
                                           "<tu><tuv xml:lang=\"zh\"><seg>今晚有雾。</seg></tuv>"
                                           "<tuv xml:lang=\"en\"><seg>There is fog tonight.</seg></tuv></tu>"
                                           "</body></tmx>")
                             << 1;
    }

    void otherFormats_openInTheReader()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(int, paired);
        const QString path = m_dir.filePath(name);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        QVERIFY(open(path));
        QCOMPARE(doc()->data().document.pairedCount(), paired);
        ReaderPane *source = m_window->view()->pane(Side::Source);
        QVERIFY(!source->visibleSegments().isEmpty());
        if (name.endsWith(QLatin1String(".srt"))) { // cue times are shown above each cue
            QCOMPARE(source->cueLabel(0), QStringLiteral("00:00:01.000 → 00:00:03.500"));
            QVERIFY(m_window->editor()
                        ->findChild<QLabel *>(QStringLiteral("segmentStatus"))
                        ->text()
                        .contains(QStringLiteral("00:00:01.000")));
        } else {
            QCOMPARE(source->cueLabel(0), QString());
        }
    }

    void pageWithRemoteResources_neverReachesTheNetwork()
    {
        const QString path = m_dir.filePath(QStringLiteral("remote.html"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("<html><head><link rel=stylesheet href='http://127.0.0.1:9/s.css'>"
                               "<script src='http://127.0.0.1:9/x.js'></script></head><body><article>"
                               "<p>老周在北角灯塔工作了三十二年。<img src='http://127.0.0.1:9/p.png'></p>"
                               "<p>Old Zhou worked at the North Cape lighthouse for thirty-two years.</p>"
                               "<p>今晚有雾。<a href='javascript:alert(1)'>链接</a></p><p>There is fog tonight.</p>"
                               "</article></body></html>")
                    .toUtf8());
        f.close();
        QVERIFY(open(path));
        QCOMPARE(doc()->data().document.pairedCount(), 2);
        QFile maps(QStringLiteral("/proc/self/maps")); // no network library is even loaded
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray loaded = maps.readAll();
        QVERIFY(!loaded.contains("libQt6Network"));
        QVERIFY(!loaded.contains("libcurl"));
    }

    void hostilePathsInAProject_areNeverWritten()
    {
        const QString evil
            = QDir::temp().filePath(QStringLiteral("bireader-evil-%1.txt").arg(QCoreApplication::applicationPid()));
        QFile::remove(evil);
        ProjectData data;
        data.document.sourceLanguage = QStringLiteral("zh");
        data.document.targetLanguage = QStringLiteral("en");
        Segment s;
        s.source = { QStringLiteral("今晚有雾。"), { { 0, 5 } }, { QStringLiteral("../../../..") + evil, 0 } };
        s.target = { QStringLiteral("There is fog tonight."), { { 0, 21 } }, { evil, 0 } };
        s.beads = { { 0, 1, 0, 1, 0.9 } };
        data.document.segments = { s };
        data.sources = { { QStringLiteral("../../../..") + evil, QStringLiteral("UTF-8"), QStringLiteral("x") },
                         { evil, QStringLiteral("UTF-8"), QStringLiteral("y") } };
        const QString path = m_dir.filePath(QStringLiteral("hostile.bireader"));
        QVERIFY_OK(ProjectStore().create(path, data));
        QVERIFY(open(path));
        doc()->editTranslation(0, QStringLiteral("Fog tonight."));
        m_answer = m_dir.filePath(QStringLiteral("hostile.md"));
        actionNamed(m_window->exportMenu(), QStringLiteral("Notes as Markdown"))->trigger();
        QVERIFY_OK(m_window->saveAs(m_dir.filePath(QStringLiteral("hostile2.bireader"))));
        m_window->session()->close();
        QVERIFY(QFile::exists(m_answer));
        QVERIFY(!QFile::exists(evil)); // only where the user chose
    }

    void pairDialog_showsLanguageAndEncodingOfEachFile()
    {
        const QString gbk = m_dir.filePath(QStringLiteral("gbk.txt"));
        QFile f(gbk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromHex(
            "c0cfd6dcd4dab1b1bdc7b5c6cbfeb9a4d7f7c1cbc8fdcaaeb6fec4eaa1a3")); // 老周在北角灯塔工作了三十二年。 in GBK
        f.close();
        PairDialog dialog;
        dialog.setPaths(gbk, kPage);
        QVERIFY2(dialog.detected(0).contains(QStringLiteral("(zh)"))
                     && dialog.detected(0).contains(QStringLiteral("GB")),
                 qPrintable(dialog.detected(0)));
        QVERIFY(dialog.detected(1).contains(QStringLiteral("UTF-8")));
        QCOMPARE(dialog.paths(), (QStringList { gbk, kPage }));
        dialog.setPaths(m_dir.filePath(QStringLiteral("missing.txt")), kPage);
        QCOMPARE(dialog.detected(0), QStringLiteral("no such file"));
    }

    void notesAndVocabulary_listed_clickJumps()
    {
        QVERIFY(open(kPage));
        const int seg = firstPaired(doc());
        m_window->segmentActions()->highlight(Side::Source, seg, { 0, 2 });
        m_window->segmentActions()->addToVocabulary(Side::Source, seg, { 0, 2 });
        QListWidget *notes = m_window->notesDock()->notes();
        QCOMPARE(notes->count(), 1);
        QCOMPARE(m_window->notesDock()->vocabulary()->count(), 1);
        m_window->view()->goToSegment(0);
        QTest::mouseClick(notes->viewport(), Qt::LeftButton, {}, notes->visualItemRect(notes->item(0)).center());
        QCOMPARE(m_window->view()->currentSegment(), seg);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
