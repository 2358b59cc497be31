#include "panels/searchdock.h"
#include "panels/shortcutsdialog.h"
#include "view/readerview.h"
#include "windowfixture.h"

#include <QDockWidget>
#include <QMenuBar>
#include <QSettings>
#include <QTableWidget>

using namespace bireader;
using namespace bireader::reader;

// The reading area is most of the window, and stays so (issue 14, item 8).
class TestLayout : public testing::WindowFixture
{
    Q_OBJECT

    double share() const
    {
        const QSize v = m_window->view()->size(), w = m_window->size();
        return double(v.width()) * v.height() / (double(w.width()) * w.height());
    }

    void makeBigWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setPathAsker([this](MainWindow::PathRole, const QString &, const QString &) { return m_answer; });
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

private slots:
    void initTestCase() { startClean(); }
    void init()
    {
        QSettings().clear();
        makeBigWindow();
    }
    void cleanup() { dropWindow(); }

    void panes_getMostOfTheWindow_evenAfterASearch()
    {
        QVERIFY(open(testing::kPage));
        QCoreApplication::processEvents();
        const int width = m_window->view()->width();
        qInfo("panes: %dx%d of 1600x1000 (%.0f%%)", width, m_window->view()->height(), 100 * share());
        QVERIFY(width >= 1600 * 0.7);
        QVERIFY(share() >= 0.6);
        m_window->searchDock()->find(QStringLiteral("lighthouse keeper who climbed the steps every evening"));
        m_window->searchDock()->find(QStringLiteral("the"));
        QCoreApplication::processEvents();
        QCOMPARE(m_window->view()->width(), width); // the dock did not widen itself
    }

    void shortcutsPage_listsTheMenusAndThePaneKeys()
    {
        ShortcutsDialog dialog(m_window->menuBar());
        QHash<QString, QString> keys;
        for (int r = 0; r < dialog.table()->rowCount(); ++r)
            keys.insert(dialog.table()->item(r, 0)->text(), dialog.table()->item(r, 1)->text());
        QCOMPARE(keys.value(QStringLiteral("File › Save")),
                 QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
        QVERIFY(keys.value(QStringLiteral("View › Pin Dictionary Popup")).contains(QStringLiteral("Shift")));
        QVERIFY(keys.value(QStringLiteral("Next segment")).contains(QStringLiteral("J")));
        QVERIFY(keys.contains(QStringLiteral("Edit › Undo")));
    }

    void layout_isRemembered()
    {
        QVERIFY(open(testing::kPage));
        auto *qa = m_window->findChild<QDockWidget *>(QStringLiteral("QaDock"));
        QVERIFY(qa);
        qa->hide();
        m_window->close(); // saves the layout
        dropWindow();
        makeBigWindow();
        QVERIFY(!m_window->findChild<QDockWidget *>(QStringLiteral("QaDock"))->isVisible());
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
