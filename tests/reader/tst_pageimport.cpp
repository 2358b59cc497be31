#include "panels/qadock.h"
#include "windowfixture.h"

#include <QAction>
#include <QUndoGroup>

using namespace bireader;
using namespace bireader::reader;

// A web page's chrome is not the document (issue 14, item 2).
class TestPageImport : public testing::WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startClean(); }
    void init() { makeWindow(); }
    void cleanup() { dropWindow(); }

    void title_isTheHeadline_notTheSkipLink()
    {
        QVERIFY(open(testing::kPage));
        QCOMPARE(doc()->data().document.title, QStringLiteral("The Last Keeper of the North Cape"));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("The Last Keeper of the North Cape")));
        QVERIFY(!m_window->windowTitle().contains(QStringLiteral("跳转到导航")));
    }

    void pageEdges_setAside_QaQuiet_oneActionBringsThemBack()
    {
        QVERIFY(open(testing::kPage));
        int setAside = 0;
        for (int i = 0; i < doc()->segmentCount(); ++i)
            setAside += doc()->segment(i).excluded ? 1 : 0;
        QCOMPARE(setAside, 6); // 跳转到导航, then 评论, 相关文章 and the related posts
        QaDock *qa = m_window->qaDock();
        qa->runNow();
        for (const Finding &f : qa->findings())
            QVERIFY2(!doc()->segment(f.segment).excluded, qPrintable(f.message));
        const int quiet = int(qa->findings().size());

        auto *includeAll = child<QAction>(QStringLiteral("includeAllAction"));
        QVERIFY(includeAll);
        includeAll->trigger();
        for (int i = 0; i < doc()->segmentCount(); ++i)
            QVERIFY(!doc()->segment(i).excluded);
        qa->runNow();
        QVERIFY(qa->findings().size() > quiet); // the footer's untranslated lines are findings again
        m_window->undoGroup()->undo(); // one step
        int again = 0;
        for (int i = 0; i < doc()->segmentCount(); ++i)
            again += doc()->segment(i).excluded ? 1 : 0;
        QCOMPARE(again, 6);
    }
};

QTEST_MAIN(TestPageImport)
#include "tst_pageimport.moc"
