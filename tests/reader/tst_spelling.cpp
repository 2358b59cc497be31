// Spelling in the translation panel (issue 16): misspelt words underlined, suggestions and
// "Add to Dictionary" in the editor's menu, glossary renderings never flagged.
#include "edit/projectdocument.h"
#include "panels/spellhighlighter.h"
#include "panels/translationeditor.h"
#include "text/spellchecker.h"

#include "../support/result.h"
#include "../support/segments.h"

#include <QAction>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace bireader;
using namespace bireader::reader;

namespace {

// The ranges the highlighter underlined in the editor's text.
QList<TextRange> underlined(const QPlainTextEdit *edit)
{
    QList<TextRange> out;
    const QTextBlock block = edit->document()->firstBlock();
    for (const QTextLayout::FormatRange &f : block.layout()->formats())
        if (f.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            out.append({ f.start, f.length });
    return out;
}

} // namespace

class TestSpelling : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void misspelt_underlined_suggestionsReplace_addToDictionaryKeeps()
    {
        ProjectData data;
        data.document.sourceLanguage = QStringLiteral("zh");
        data.document.targetLanguage = QStringLiteral("en");
        data.document.segments.append(
            testing::pairSegment(QStringLiteral("老周每天傍晚爬上灯塔。"),
                                 QStringLiteral("Old Zhou climbed the lighthuose every evening.")));
        ProjectDocument doc(data);
        SpellChecker checker;
        QVERIFY_OK(checker.load(QStringLiteral("en"), m_dir.filePath(QStringLiteral("en.txt")),
                                { QStringLiteral(BIREADER_TEST_DATA "/spelling") }));
        TranslationEditor editor;
        editor.resize(900, 300);
        editor.show();
        editor.setDocument(&doc);
        editor.setSpellChecker(&checker);
        editor.setAcceptedWords({ QStringLiteral("zhou") }); // a glossary rendering
        QPlainTextEdit *edit = editor.editor();
        const QString text = edit->toPlainText();
        QCOMPARE(underlined(edit), (QList<TextRange> { { int(text.indexOf(QLatin1String("lighthuose"))), 10 } }));

        // The menu over the misspelt word: the suggestion first; taking it corrects the translation.
        const QRect at = edit->cursorRect([&] {
            QTextCursor c(edit->document());
            c.setPosition(int(text.indexOf(QLatin1String("lighthuose"))) + 3);
            return c;
        }());
        std::unique_ptr<QMenu> menu(editor.contextMenuAt(at.center()));
        QCOMPARE(menu->actions().front()->text(), QStringLiteral("lighthouse"));
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("addToDictionary")));
        menu->actions().front()->trigger();
        QCOMPARE(doc.segment(0).currentTarget().text, QStringLiteral("Old Zhou climbed the lighthouse every evening."));
        QVERIFY(underlined(edit).isEmpty());
        QCOMPARE(doc.undoStack()->count(), 1);

        // A word of the user's own, added from the menu, stays accepted.
        edit->setPlainText(QStringLiteral("Old Zhou climbed Bireader."));
        QCOMPARE(underlined(edit).size(), 1);
        const QRect word = edit->cursorRect([&] {
            QTextCursor c(edit->document());
            c.setPosition(19);
            return c;
        }());
        menu.reset(editor.contextMenuAt(word.center()));
        menu->findChild<QAction *>(QStringLiteral("addToDictionary"))->trigger();
        QVERIFY(underlined(edit).isEmpty());
        QVERIFY(checker.isCorrect(QStringLiteral("Bireader")));
    }

    void noDictionary_nothingMarked()
    {
        ProjectData data;
        data.document.targetLanguage = QStringLiteral("fr");
        data.document.segments.append(testing::pairSegment(QStringLiteral("灯塔"), QStringLiteral("le pharre")));
        ProjectDocument doc(data);
        SpellChecker none;
        QVERIFY(!none.load(QStringLiteral("fr"), {}, { QStringLiteral(BIREADER_TEST_DATA "/spelling") }));
        TranslationEditor editor;
        editor.setDocument(&doc);
        editor.setSpellChecker(&none);
        QVERIFY(underlined(editor.editor()).isEmpty());
    }
};

QTEST_MAIN(TestSpelling)
#include "tst_spelling.moc"
