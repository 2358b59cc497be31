#include "panels/qadock.h"
#include "panels/translationeditor.h"
#include "view/readerview.h"
#include "windowfixture.h"

#include <QInputMethodEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>
#include <QUndoGroup>

using namespace bireader;
using namespace bireader::reader;

namespace {

int firstPaired(const ProjectDocument *doc)
{
    for (int i = 0; i < doc->segmentCount(); ++i)
        if (doc->segment(i).isPaired() && !doc->segment(i).excluded)
            return i;
    return -1;
}

} // namespace

// Correcting a translation: undo as text editors do, QA that follows (issue 14, item 3).
class TestEditing : public testing::WindowFixture
{
    Q_OBJECT

    QPlainTextEdit *startEditing(int segment)
    {
        m_window->view()->goToSegment(segment);
        QPlainTextEdit *editor = m_window->editor()->editor();
        editor->setFocus();
        return editor;
    }

private slots:
    void initTestCase() { startClean(); }
    void init() { makeWindow(); }
    void cleanup() { dropWindow(); }

    // Inline-code tokens (⟨1⟩, written back as the original's tags) stay whole: Backspace
    // takes a whole token, typing inside one types after it.
    void inlineCodeTokens_deletedWholeNeverBroken()
    {
        QVERIFY(open(testing::kPage));
        const int seg = firstPaired(doc());
        QPlainTextEdit *editor = startEditing(seg);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Click "));
        editor->insertPlainText(QStringLiteral("\u27E81\u27E9here\u27E8/1\u27E9"));
        QTest::keyClick(editor, Qt::Key_Backspace);
        QCOMPARE(editor->toPlainText(), QStringLiteral("Click \u27E81\u27E9here"));
        QTextCursor c = editor->textCursor();
        c.setPosition(7); // inside ⟨1⟩
        editor->setTextCursor(c);
        QTest::keyClicks(editor, QStringLiteral("x"));
        QCOMPARE(editor->toPlainText(), QStringLiteral("Click \u27E81\u27E9xhere"));
        c.setPosition(6); // before ⟨1⟩
        editor->setTextCursor(c);
        QTest::keyClick(editor, Qt::Key_Delete);
        QCOMPARE(editor->toPlainText(), QStringLiteral("Click xhere"));
        QCOMPARE(doc()->segment(seg).currentTarget().text, QStringLiteral("Click xhere"));
    }

    void rewriteThenOneMoreSentence_undoTakesBackTheLastWordOnly()
    {
        QVERIFY(open(testing::kPage));
        const int seg = firstPaired(doc());
        QPlainTextEdit *editor = startEditing(seg);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("The keeper stayed thirty-two years."));
        QTest::keyClicks(editor, QStringLiteral(" He smiled."));
        QCOMPARE(doc()->segment(seg).currentTarget().text,
                 QStringLiteral("The keeper stayed thirty-two years. He smiled."));
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc()->segment(seg).currentTarget().text, QStringLiteral("The keeper stayed thirty-two years. He "));
        QCOMPARE(editor->toPlainText(), doc()->segment(seg).currentTarget().text);
        for (int k = 0; k < 3; ++k)
            QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc()->segment(seg).currentTarget().text, QStringLiteral("The keeper stayed thirty-"));
        QVERIFY(doc()->segment(seg).isCorrected()); // far from the machine translation still
    }

    void backspaces_areOneStep_apartFromTheTyping()
    {
        QVERIFY(open(testing::kPage));
        const int seg = firstPaired(doc());
        QPlainTextEdit *editor = startEditing(seg);
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, QStringLiteral(" Truly"));
        for (int k = 0; k < 3; ++k)
            QTest::keyClick(editor, Qt::Key_Backspace);
        const QString mt = doc()->segment(seg).target.text;
        QCOMPARE(doc()->segment(seg).currentTarget().text, mt + QStringLiteral(" Tr"));
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc()->segment(seg).currentTarget().text, mt + QStringLiteral(" Truly"));
    }

    void inputMethod_preeditIsNoEdit_theCommitIsOneStep()
    {
        QVERIFY(open(testing::kPage));
        const int seg = firstPaired(doc());
        QPlainTextEdit *editor = startEditing(seg);
        editor->moveCursor(QTextCursor::End);
        const QString mt = doc()->segment(seg).target.text;
        const int steps = doc()->undoStack()->count();
        QInputMethodEvent composing(QStringLiteral("dengta"), {}); // pinyin being typed
        QApplication::sendEvent(editor, &composing);
        QVERIFY(!doc()->segment(seg).isCorrected()); // nothing committed while composing
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("灯塔"));
        QApplication::sendEvent(editor, &commit);
        QCOMPARE(doc()->segment(seg).currentTarget().text, mt + QStringLiteral("灯塔"));
        QCOMPARE(doc()->undoStack()->count(), steps + 1);
        QCOMPARE(editor->toPlainText(), mt + QStringLiteral("灯塔"));
    }

    void panel_showsTheSourceAndTheMachineTranslation_diffKeepsEditsApart()
    {
        QVERIFY(open(testing::kPage));
        const int seg = firstPaired(doc());
        m_window->view()->goToSegment(seg);
        auto *source = m_window->editor()->findChild<QTextBrowser *>(QStringLiteral("segmentSource"));
        auto *mt = m_window->editor()->findChild<QTextBrowser *>(QStringLiteral("machineTranslation"));
        QVERIFY(source && source->isVisible());
        QCOMPARE(source->toPlainText(), doc()->segment(seg).source.text);
        QCOMPARE(mt->toPlainText(), doc()->segment(seg).target.text);
        QStringList labels;
        for (const QLabel *l : m_window->editor()->findChildren<QLabel *>())
            labels << l->text();
        QVERIFY(labels.contains(QStringLiteral("Machine translation")));
        QVERIFY(!labels.contains(QStringLiteral("Original")));
        // A replaced word: the deletion and the insertion stay apart.
        const QString html = TranslationEditor::renderDiff(QStringLiteral("the fund did it"),
                                                           QStringLiteral("the fund High-Flyer it"));
        QTextDocument rendered;
        rendered.setHtml(html);
        QVERIFY2(rendered.toPlainText().contains(QStringLiteral("did High-Flyer")), qPrintable(rendered.toPlainText()));
    }

    void qaDock_followsUndoAndRedo_keepsItsSelection()
    {
        QVERIFY(open(testing::kPage));
        QaDock *qa = m_window->qaDock();
        qa->runNow();
        auto numberFindings = [qa] {
            return std::count_if(qa->findings().begin(), qa->findings().end(),
                                 [](const Finding &f) { return f.kind == FindingKind::Numbers; });
        };
        const auto before = numberFindings();
        const int seg = firstPaired(doc());
        QPlainTextEdit *editor = startEditing(seg);
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, QStringLiteral(" 977"));
        QTRY_COMPARE(numberFindings(), before + 1); // checked again once the typing settles

        // Pick the new finding, collapse another group: a refresh keeps both.
        QTreeWidgetItem *picked = nullptr;
        for (int g = 0; g < qa->tree()->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = qa->tree()->topLevelItem(g);
            for (int c = 0; c < group->childCount(); ++c)
                if (group->child(c)->text(0).contains(QStringLiteral("977")))
                    picked = group->child(c);
        }
        QVERIFY(picked);
        qa->tree()->setCurrentItem(picked);
        QTreeWidgetItem *other = qa->tree()->topLevelItem(0) == picked->parent() ? qa->tree()->topLevelItem(1)
                                                                                 : qa->tree()->topLevelItem(0);
        QVERIFY(other);
        other->setExpanded(false);
        const QString otherTitle = other->text(0);
        qa->runNow();
        QVERIFY(qa->tree()->currentItem());
        QVERIFY(qa->tree()->currentItem()->text(0).contains(QStringLiteral("977")));
        for (int g = 0; g < qa->tree()->topLevelItemCount(); ++g) {
            const QTreeWidgetItem *group = qa->tree()->topLevelItem(g);
            QCOMPARE(group->isExpanded(), group->text(0) != otherTitle);
        }

        // Undo takes the number out: the finding goes without "Check again"; redo brings it back.
        m_window->undoGroup()->undo();
        QTRY_COMPARE(numberFindings(), before);
        m_window->undoGroup()->redo();
        QTRY_COMPARE(numberFindings(), before + 1);
    }
};

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
