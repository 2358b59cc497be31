#include "text/paragraphs.h"

#include <QTest>

using namespace bireader;

class TestParagraphs : public QObject
{
    Q_OBJECT

private slots:
    void lines_everyNonBlankLineIsAParagraph()
    {
        const auto p = splitParagraphs(QStringLiteral("one\n\ntwo\r\n\u00a0\u3000\nthree"), ParagraphMode::Lines);
        QCOMPARE(p.size(), 3);
        QCOMPARE(p[1].text, QStringLiteral("two"));
        QCOMPARE(p[1].line, 2);
        QCOMPARE(p[2].line, 4);
    }

    void auto_hardWrappedText_isUnwrapped()
    {
        const QString text = QStringLiteral("The keeper climbed the steps every evening and\n"
                                            "lit the old lamp at the top of the tower, as he\n"
                                            "had done for thirty-two years.\n"
                                            "\n"
                                            "The fog came in from the sea. The ships would need\n"
                                            "the light more than usual, he told his daugh-\n"
                                            "ter before supper.\n");
        const auto p = splitParagraphs(text);
        QCOMPARE(p.size(), 2);
        QVERIFY(p[0].text.startsWith(QLatin1String("The keeper climbed the steps every evening and lit the old lamp")));
        QVERIFY(p[1].text.contains(QLatin1String("his daughter before supper.")));
        QCOMPARE(p[1].line, 4);
    }

    void auto_longLines_stayLines()
    {
        const auto p = splitParagraphs(QStringLiteral("第一段。\n第二段。\n第三段。\n第四段。\n"));
        QCOMPARE(p.size(), 4);
    }

    void unwrap_joinsCjkWithoutSpace()
    {
        QCOMPARE(unwrapLines({ QStringLiteral("老周在北角灯塔工作了"), QStringLiteral("三十二年。") }),
                 QStringLiteral("老周在北角灯塔工作了三十二年。"));
        QCOMPARE(unwrapLines({ QStringLiteral("Old Zhou"), QStringLiteral("worked.") }),
                 QStringLiteral("Old Zhou worked."));
    }
};

QTEST_GUILESS_MAIN(TestParagraphs)
#include "tst_paragraphs.moc"
