#include "study/readingorder.h"

#include <QTest>

using namespace bireader;

namespace {

SideText sideText(const QString &text, QList<TextRange> sentences)
{
    return { text, std::move(sentences), {} };
}

// 今晚有雾。他说：“船需要光。” | There is fog tonight. He said, "The ships need light." linked 1-1, 1-1.
Document fogDocument()
{
    Document d;
    d.sourceLanguage = QStringLiteral("zh");
    d.targetLanguage = QStringLiteral("en");
    Segment s;
    s.source = sideText(QStringLiteral("今晚有雾。他说：“船需要光。”"), { { 0, 5 }, { 5, 11 } });
    s.target = sideText(QStringLiteral("There is fog tonight. He said, \"The ships need light.\""),
                        { { 0, 22 }, { 22, 32 } });
    s.beads = { { 0, 1, 0, 1, 0.9 }, { 1, 1, 1, 1, 0.9 } };
    d.segments = { s, s };
    d.segments[1].excluded = true;
    return d;
}

QStringList texts(const QList<SpokenSentence> &spoken)
{
    QStringList out;
    for (const SpokenSentence &s : spoken)
        out << s.text;
    return out;
}

} // namespace

// What reading aloud reads, in which order (issue 15).
class TestReadingOrder : public QObject
{
    Q_OBJECT

private slots:
    void source_sentenceBySentence()
    {
        const QList<SpokenSentence> s = spokenSentences(fogDocument(), 0, ReadSides::Source);
        QCOMPARE(texts(s), (QStringList { "今晚有雾。", "他说：“船需要光。”" }));
        QCOMPARE(s[0].language, QStringLiteral("zh"));
        QCOMPARE(s[1].ranges, (QList<TextRange> { { 5, 11 } }));
    }

    void both_eachLinkThenItsTranslation()
    {
        const QList<SpokenSentence> s = spokenSentences(fogDocument(), 0, ReadSides::Both);
        QCOMPARE(texts(s),
                 (QStringList { "今晚有雾。", "There is fog tonight.", "他说：“船需要光。”",
                                "He said, \"The ships need light.\"" }));
        QCOMPARE(s[1].side, Side::Target);
        QCOMPARE(s[1].language, QStringLiteral("en"));
    }

    void fromASentence_startsAtItsLink()
    {
        QCOMPARE(texts(spokenSentences(fogDocument(), 0, ReadSides::Both, 1)),
                 (QStringList { "他说：“船需要光。”", "He said, \"The ships need light.\"" }));
        QCOMPARE(texts(spokenSentences(fogDocument(), 0, ReadSides::Translation, 1)),
                 (QStringList { "He said, \"The ships need light.\"" }));
    }

    void corrected_readsTheCorrectionWhole_excludedNothing()
    {
        Document d = fogDocument();
        d.segments[0].corrected = sideText(QStringLiteral("Fog tonight. \"The ships will need the light,\" he said."),
                                           { { 0, 13 }, { 13, 42 } });
        QCOMPARE(texts(spokenSentences(d, 0, ReadSides::Both)),
                 (QStringList { "今晚有雾。", "他说：“船需要光。”", "Fog tonight.",
                                "\"The ships will need the light,\" he said." }));
        QVERIFY(spokenSentences(d, 1, ReadSides::Both).isEmpty());
        QVERIFY(spokenSentences(d, 7, ReadSides::Both).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReadingOrder)
#include "tst_readingorder.moc"
