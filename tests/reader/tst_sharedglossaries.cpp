// Glossaries shared across projects (issue 16): a file attached from the Glossary dock is
// listed with its terms, used by hover and QA, read again when it changes, and detached.
#include "edit/projectdocument.h"
#include "glossary/glossarydock.h"
#include "glossary/glossaryset.h"
#include "glossary/otherglossaries.h"
#include "panels/qadock.h"
#include "view/readerview.h"
#include "windowfixture.h"

#include <QFile>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace bireader;
using namespace bireader::reader;

class TestSharedGlossaries : public testing::WindowFixture
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void write(const QString &path, const QByteArray &text)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

    int termFindings()
    {
        m_window->qaDock()->runNow();
        int n = 0;
        for (const Finding &f : m_window->qaDock()->findings())
            n += f.kind == FindingKind::Term;
        return n;
    }

private slots:
    void initTestCase() { startClean(); }

    void attachedFile_listed_usedByHoverAndQa_reloaded_detached()
    {
        QFile::remove(userGlossaryPath());
        makeWindow();
        QVERIFY(open(testing::kPage));
        ProjectDocument *doc = m_window->session()->document();
        const QString team = m_dir.filePath(QStringLiteral("team.csv"));
        write(team, "term,translation\n灯塔,beacon\n");
        QCOMPARE(termFindings(), 0);

        m_answer = team;
        m_window->findChild<QPushButton *>(QStringLiteral("attachGlossary"))->click();
        QCOMPARE(doc->data().attachedGlossaries, QStringList { team });
        QTreeWidget *tree = m_window->glossaryDock()->others()->tree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QVERIFY(tree->topLevelItem(0)->text(0).startsWith(QLatin1String("team.csv")));
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("灯塔"));
        QVERIFY(termFindings() > 0); // "beacon" is not how the page renders 灯塔
        QVERIFY(!m_window->view()->lookup()->glossaryTerms(QStringLiteral("北角灯塔")).isEmpty());

        // The file changes on disk (a teammate's edit): read again.
        write(team, "term,translation\n灯塔,lighthouse\n记者,journalist\n");
        QTRY_COMPARE(tree->topLevelItem(0)->childCount(), 2);

        // One undo step; detach from the dock.
        doc->undoStack()->undo();
        QVERIFY(doc->data().attachedGlossaries.isEmpty());
        doc->undoStack()->redo();
        tree->setCurrentItem(tree->topLevelItem(0));
        m_window->findChild<QPushButton *>(QStringLiteral("detachGlossary"))->click();
        QVERIFY(doc->data().attachedGlossaries.isEmpty());
        QCOMPARE(termFindings(), 0);
        m_answer.clear();
        dropWindow();
    }
    // Round 3: an attached glossary that can no longer be read is named in the status bar
    // when the glossaries are read again, not dropped without a word.
    void attachedFileBroken_namedInTheStatusBar()
    {
        QFile::remove(userGlossaryPath());
        makeWindow();
        QVERIFY(open(testing::kPage));
        const QString team = m_dir.filePath(QStringLiteral("broken.csv"));
        write(team, "term,translation\n灯塔,beacon\n");
        m_answer = team;
        m_window->findChild<QPushButton *>(QStringLiteral("attachGlossary"))->click();
        m_answer.clear();
        // An export never goes over a glossary file the project attaches.
        QVERIFY(!m_window->exportTo(ExportFormat::Markdown, team));
        QCOMPARE(QFile(team).size(), qint64(QByteArray("term,translation\n灯塔,beacon\n").size()));
        write(team, "term,translation\n\"灯塔,beacon\n"); // an unterminated quote
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("broken.csv")));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("not read")));
        dropWindow();
    }

    void toMyGlossary_copiesSelectedTerms_usedByEveryProject()
    {
        QFile::remove(userGlossaryPath());
        makeWindow();
        QVERIFY(open(testing::kPage));
        ProjectDocument *doc = m_window->session()->document();
        Glossary g = doc->data().glossary;
        g.entries.append({ QStringLiteral("海鸟"), { QStringLiteral("seabird") }, {}, {}, {} });
        doc->setGlossary(g);
        GlossaryDock *dock = m_window->glossaryDock();
        dock->view()->selectRow(0);
        QVERIFY(dock->copySelectedToUserGlossary().ok());
        QVERIFY(QFile::exists(userGlossaryPath()));
        QTreeWidget *tree = dock->others()->tree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("海鸟"));
        dropWindow();
        // Another project sees it.
        makeWindow();
        QVERIFY(open(testing::kPage));
        QCOMPARE(m_window->glossaryDock()->others()->tree()->topLevelItemCount(), 1);
        QVERIFY(!m_window->view()->lookup()->glossaryTerms(QStringLiteral("海鸟")).isEmpty());
        dropWindow();
        QFile::remove(userGlossaryPath());
    }
};

QTEST_MAIN(TestSharedGlossaries)
#include "tst_sharedglossaries.moc"
