// Segment status as post-editors work (issue 16): Ctrl+Enter confirms and goes on to the
// next segment waiting, the filter shows only some segments, the minimap and the export
// follow.
#include "edit/projectdocument.h"
#include "export/exporter.h"
#include "panels/translationeditor.h"
#include "view/minimap.h"
#include "view/readerview.h"
#include "windowfixture.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTest>

using namespace bireader;
using namespace bireader::reader;

class TestSegmentStatus : public testing::WindowFixture
{
    Q_OBJECT

    ProjectDocument *doc() { return m_window->session()->document(); }
    ReaderView *view() { return m_window->view(); }

private slots:
    void initTestCase() { startClean(); }
    void init()
    {
        makeWindow();
        QVERIFY(open(testing::kPage));
    }
    void cleanup() { dropWindow(); }

    void ctrlEnter_inTheEditor_confirmsAndGoesToTheNextWaiting()
    {
        const int first = doc()->nextUnconfirmed(-1);
        QVERIFY(first >= 0);
        view()->goToSegment(first);
        QPlainTextEdit *editor = m_window->editor()->editor();
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(doc()->segment(first).status(), SegmentStatus::Confirmed);
        QVERIFY(!editor->toPlainText().contains(QLatin1Char('\n'))); // no line break typed
        QCOMPARE(view()->currentSegment(), doc()->nextUnconfirmed(first));
        QCOMPARE(doc()->confirmedCount(), 1);
        QCOMPARE(view()->minimap(Side::Target)->marks()[size_t(first)], Minimap::Confirmed);
        // One undo step; unconfirm by key too.
        doc()->undoStack()->undo();
        QCOMPARE(doc()->segment(first).status(), SegmentStatus::MachineTranslation);
        doc()->undoStack()->redo();
        view()->goToSegment(first);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!doc()->segment(first).confirmed);
        QCOMPARE(doc()->confirmedCount(), 0);
    }

    void editingAConfirmedTranslation_makesItADraft_andTheStatusLineSaysSo()
    {
        const int first = doc()->nextUnconfirmed(-1);
        view()->goToSegment(first);
        child<QAction>(QStringLiteral("confirmAction"))->trigger();
        view()->goToSegment(first);
        auto statusLine = [this] {
            for (QLabel *l : m_window->statusBar()->findChildren<QLabel *>())
                if (l->text().startsWith(QLatin1String("Segment ")))
                    return l->text();
            return QString();
        };
        QVERIFY2(statusLine().contains(QLatin1String("(confirmed)")), qPrintable(statusLine()));
        QVERIFY(statusLine().contains(QLatin1String("1 confirmed")));
        QPlainTextEdit *editor = m_window->editor()->editor();
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, QStringLiteral(" Indeed."));
        QCOMPARE(doc()->segment(first).status(), SegmentStatus::Draft);
        QVERIFY2(statusLine().contains(QLatin1String("(draft)")), qPrintable(statusLine()));
        QVERIFY(statusLine().contains(QLatin1String("0 confirmed")));
        while (doc()->segment(first).isCorrected())
            doc()->undoStack()->undo();
        QCOMPARE(doc()->segment(first).status(), SegmentStatus::Confirmed);
        QVERIFY2(statusLine().contains(QLatin1String("(confirmed)")), qPrintable(statusLine()));
        QVERIFY(statusLine().contains(QLatin1String("1 confirmed")));
    }

    void chrome_isSkipped_andTheLastOneSaysAllAreDone()
    {
        int n = 0;
        for (int k = doc()->nextUnconfirmed(-1); k >= 0; k = doc()->nextUnconfirmed(k))
            ++n;
        view()->goToSegment(doc()->nextUnconfirmed(-1));
        for (int k = 0; k < n; ++k)
            child<QAction>(QStringLiteral("confirmAction"))->trigger();
        QCOMPARE(doc()->nextUnconfirmed(-1), -1);
        QCOMPARE(doc()->confirmedCount(), n);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("Every segment is confirmed")));
        for (int i = 0; i < doc()->segmentCount(); ++i)
            if (!doc()->segment(i).isPaired() || doc()->segment(i).excluded)
                QVERIFY(!doc()->segment(i).confirmed);
    }

    void filter_unconfirmedOnly_hidesTheConfirmed_inBothPanes()
    {
        const int first = doc()->nextUnconfirmed(-1);
        doc()->setConfirmed(first, true);
        child<QAction>(QStringLiteral("filter_unconfirmed"))->trigger();
        QCOMPARE(view()->filter(), ReaderView::Filter::Unconfirmed);
        for (Side side : { Side::Source, Side::Target }) {
            QVERIFY(view()->pane(side)->isHidden(first));
            QVERIFY(view()->pane(side)->segmentRect(first).height() <= 0);
        }
        QVERIFY(!view()->pane(Side::Source)->isHidden(doc()->nextUnconfirmed(first)));
        QVERIFY(view()->pane(Side::Source)->isHidden(0)); // chrome: nothing to confirm there
        // Confirming the current one hides it and moves on.
        const int second = doc()->nextUnconfirmed(first);
        view()->goToSegment(second);
        child<QAction>(QStringLiteral("confirmAction"))->trigger();
        QVERIFY(view()->pane(Side::Target)->isHidden(second));
        QCOMPARE(view()->currentSegment(), doc()->nextUnconfirmed(second));
        // Corrected only; then all again.
        doc()->editTranslation(second, QStringLiteral("A corrected line."));
        child<QAction>(QStringLiteral("filter_corrected"))->trigger();
        QVERIFY(!view()->pane(Side::Source)->isHidden(second));
        QVERIFY(view()->pane(Side::Source)->isHidden(first));
        child<QAction>(QStringLiteral("filter_all"))->trigger();
        for (int i = 0; i < doc()->segmentCount(); ++i)
            QVERIFY(!view()->pane(Side::Source)->isHidden(i));
    }

    void tmxExport_confirmedOnly()
    {
        const int first = doc()->nextUnconfirmed(-1);
        doc()->setConfirmed(first, true);
        ExportOptions options;
        options.confirmedOnly = true;
        const QByteArray only = exportProject(doc()->data(), ExportFormat::Tmx, options);
        QCOMPARE(only.count("<tu "), 1);
        QVERIFY(only.contains("x-bireader-confirmed"));
        QVERIFY(exportProject(doc()->data(), ExportFormat::Tmx).count("<tu ") > 1);
    }
};

QTEST_MAIN(TestSegmentStatus)
#include "tst_segmentstatus.moc"
