#include "../support/result.h"
#include "glossary/lexicon.h"
#include "project/recentdocuments.h"
#include "project/startpage.h"
#include "view/readerview.h"
#include "windowfixture.h"

#include <QAction>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace bireader;
using namespace bireader::reader;

// Picking up where the user left off (issue 14, item 7).
class TestContinuity : public testing::WindowFixture
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QString &text)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(text.toUtf8());
        return f.fileName();
    }

private slots:
    void initTestCase() { startClean(); }
    void init()
    {
        QSettings().clear();
        makeWindow();
    }
    void cleanup() { dropWindow(); }

    void startPage_showsWithNoDocument_andATextPairIsOneEntry()
    {
        QVERIFY(m_window->startPage()->isVisible());
        const QString zh = write(QStringLiteral("essay.zh.txt"), QStringLiteral("老周在灯塔工作。\n\n今晚有雾。\n"));
        const QString en = write(QStringLiteral("essay.en.txt"),
                                 QStringLiteral("Old Zhou works at the lighthouse.\n\nThere is fog tonight.\n"));
        QSignalSpy shown(m_window.get(), &MainWindow::documentShown);
        m_window->openPair(zh, en);
        QVERIFY(shown.size() > 0 || shown.wait(20000));
        QVERIFY(!m_window->startPage()->isVisible());
        QVERIFY(m_window->view()->isVisible());
        const QList<RecentDocuments::Entry> recent = RecentDocuments::entries();
        QCOMPARE(recent.size(), 1);
        QCOMPARE(recent.front().paths, (QStringList { zh, en }));
        m_window->session()->discard();
        QVERIFY(m_window->startPage()->isVisible());
        QCOMPARE(m_window->startPage()->list()->count(), 1);
        QCOMPARE(m_window->startPage()->list()->item(0)->text(), QStringLiteral("essay.zh.txt + essay.en.txt"));
    }

    void relaunch_reopensTheLastProject_atTheLastPosition()
    {
        QVERIFY(open(testing::kPage));
        const QString project = m_dir.filePath(QStringLiteral("page.bireader"));
        QVERIFY_OK(m_window->saveAs(project));
        m_window->view()->goToSegment(7);
        m_window->close();
        dropWindow();

        makeWindow(); // a launch with no arguments
        QSignalSpy shown(m_window.get(), &MainWindow::documentShown);
        QVERIFY(m_window->reopenLast());
        QVERIFY(shown.size() > 0 || shown.wait(20000));
        QCOMPARE(m_window->session()->path(), project);
        QCOMPARE(m_window->view()->currentSegment(), 7);
    }

    void save_ofUntitledWork_asksForAFile_ofAProjectSaysItIsSaved()
    {
        QVERIFY(open(testing::kPage));
        QVERIFY(m_window->session()->isUntitled());
        m_answer = m_dir.filePath(QStringLiteral("saved.bireader"));
        auto *save = child<QAction>(QStringLiteral("saveAction"));
        QVERIFY(save);
        QCOMPARE(save->shortcut(), QKeySequence(QKeySequence::Save));
        save->trigger();
        QVERIFY(!m_window->session()->isUntitled());
        QCOMPARE(m_window->session()->path(), m_answer);
        save->trigger(); // nothing to ask: every edit is in the file
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("saved.bireader")));
    }

    void recoveryPrompt_namesTheWork()
    {
        QVERIFY(open(testing::kPage));
        const QString autosave = m_window->session()->path();
        const QString said = MainWindow::describeUntitled(autosave);
        QVERIFY2(said.contains(QStringLiteral("The Last Keeper of the North Cape")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("zh_en_page.txt")), qPrintable(said));
    }

    void commandLineDictionary_isRemembered_likeLoadDictionary()
    {
        const QString dict = QStringLiteral(BIREADER_TEST_DATA "/interleaved/test-dict.u8");
        QVERIFY_OK(m_window->startWithDictionary(dict, true)); // bireader --dict FILE
        QCOMPARE(QSettings().value(QStringLiteral("dictionary/path")).toString(), dict);
        QVERIFY(m_window->lexicon()->size() > 0);
        QVERIFY(!m_window->startWithDictionary(m_dir.filePath(QStringLiteral("missing.u8")), true).ok());
        QCOMPARE(QSettings().value(QStringLiteral("dictionary/path")).toString(), dict); // a bad one is not kept
    }
};

QTEST_MAIN(TestContinuity)
#include "tst_continuity.moc"
