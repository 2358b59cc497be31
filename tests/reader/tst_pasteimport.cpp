#include "windowfixture.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QStatusBar>

using namespace bireader;

// New from Clipboard and dropped text (issue 15): imported as files are, as untitled work.
class TestPasteImport : public testing::WindowFixture
{
    Q_OBJECT

    bool imported(const std::function<void()> &start)
    {
        QSignalSpy shown(m_window.get(), &reader::MainWindow::documentShown);
        start();
        return shown.size() > 0 || shown.wait(20000);
    }

private slots:
    void initTestCase() { startClean(); }
    void init() { makeWindow(); }
    void cleanup() { dropWindow(); }

    void clipboardText_becomesUntitledWork()
    {
        QGuiApplication::clipboard()->setText(
            QStringLiteral("今晚有雾。\nThere is fog tonight.\n\n船需要光。\nThe ships need the light.\n"));
        QAction *action = nullptr;
        for (QAction *a : m_window->findChildren<QAction *>())
            if (a->text() == QStringLiteral("New from &Clipboard…"))
                action = a;
        QVERIFY(action);
        QVERIFY(imported([action] { action->trigger(); }));
        QVERIFY(m_window->session()->isUntitled());
        QCOMPARE(doc()->segmentCount(), 2);
        QCOMPARE(doc()->segment(1).target.text, QStringLiteral("The ships need the light."));
        QCOMPARE(doc()->data().sources.front().name, QStringLiteral("pasted text"));
    }

    void textAndTranslation_areAligned()
    {
        QVERIFY(imported([this] {
            m_window->importTexts(QStringLiteral("今晚有雾。船需要光。"),
                                  QStringLiteral("There is fog tonight. The ships need the light."));
        }));
        QCOMPARE(doc()->data().document.targetLanguage, QStringLiteral("en"));
        QCOMPARE(doc()->data().sources.size(), 2);
    }

    void droppedText_isImported_oneLanguageIsAClearError()
    {
        // What dropEvent() does with text (not files); the dialog is skipped in tests.
        QVERIFY(imported([this] { m_window->newFromText(QStringLiteral("灯塔\nThe lighthouse\n")); }));
        QCOMPARE(doc()->segment(0).target.text, QStringLiteral("The lighthouse"));

        QSignalSpy failed(m_window.get(), &reader::MainWindow::importFailed);
        m_window->importTexts(QStringLiteral("Only English."), {});
        QVERIFY(failed.size() > 0 || failed.wait(20000));
        QVERIFY(failed.front().front().toString().startsWith(QLatin1String("pasted text")));
    }
};

QTEST_MAIN(TestPasteImport)
#include "tst_pasteimport.moc"
