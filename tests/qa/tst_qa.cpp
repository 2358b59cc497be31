#include "qa/numbertokens.h"
#include "qa/qacheck.h"

#include <QSet>
#include <QTest>

#include "../support/segments.h"

using namespace bireader;
using bireader::testing::pairSegment;

namespace {

QList<Finding> findingsOf(const Document &d, FindingKind kind, const Glossary &g = {})
{
    QList<Finding> out;
    for (const Finding &f : runQa({ d, g }))
        if (f.kind == kind)
            out.append(f);
    return out;
}

Document lighthouse()
{
    Document d;
    d.sourceLanguage = QStringLiteral("zh");
    d.targetLanguage = QStringLiteral("en");
    const QList<std::pair<const char16_t *, const char *>> pairs = {
        { u"老周在北角灯塔工作了三十二年。", "Old Zhou worked at the North Cape lighthouse for thirty-two years." },
        { u"每天傍晚，他爬到塔顶点亮那盏旧灯。", "Every evening he climbed to the top and lit the old lamp." },
        { u"今晚有雾，船会比平时更需要光。",
          "There is fog tonight, and the ships will need the light more than usual." },
        { u"小梅今年十二岁，她喜欢数海上的船。", "Xiaomei is twelve, and she likes to count the ships at sea." },
        { u"第二天早上，一位记者来到岛上。", "The next morning a journalist came to the island." },
        { u"他想写一篇关于最后一座灯塔的文章。", "He wanted to write an article about the last lighthouse." },
        { u"记者问他是否害怕孤独。", "The journalist asked whether he was afraid of loneliness." },
        { u"老周笑了笑，没有回答。", "Old Zhou smiled and did not answer." },
        { u"一九九八年冬天，风暴吹坏了玻璃。", "In the winter of 1998 a storm broke the glass." },
        { u"明年，灯塔将改为自动化管理。", "Next year the lighthouse will be automated." },
    };
    for (const auto &[zh, en] : pairs)
        d.segments.append(pairSegment(QString::fromUtf16(zh), QString::fromLatin1(en), true));
    return d;
}

} // namespace

class TestQa : public QObject
{
    Q_OBJECT

private slots:
    void cleanDocument_hasNoFindings() { QCOMPARE(runQa({ lighthouse(), Glossary {} }), QList<Finding> {}); }

    void missing_unpairedButNotExcluded()
    {
        Document d = lighthouse();
        Segment sourceOnly, targetOnly, chrome;
        sourceOnly.source.text = QStringLiteral("他用三天三夜把它修好。");
        targetOnly.target.text = QStringLiteral("The Lighthouse Keeper");
        chrome.source.text = QStringLiteral("跳转到导航");
        chrome.excluded = true;
        d.segments << sourceOnly << targetOnly << chrome;
        const QList<Finding> f = findingsOf(d, FindingKind::Missing);
        QCOMPARE(f.size(), 2);
        QCOMPARE(f[0].segment, 10);
        QCOMPARE(f[0].sourceRange, (TextRange { 0, 11 }));
        QCOMPARE(f[1].targetRange, (TextRange { 0, 21 }));
    }

    void untranslated_sourceTextKeptInTranslation()
    {
        Document d = lighthouse();
        d.segments[6].target.text
            = QStringLiteral("记者问他是否害怕孤独。 He smiled and did not answer the journalist.");
        const QList<Finding> f = findingsOf(d, FindingKind::Untranslated);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].targetRange, (TextRange { 0, 11 }));
        QVERIFY(f[0].message.contains(QStringLiteral("记者问他是否害怕孤独。")));
        QCOMPARE(f[0].sourceRange.start, 0);
    }

    void untranslated_correctionIsWhatCounts()
    {
        Document d = lighthouse();
        d.segments[7].corrected = SideText { d.segments[7].source.text, {}, {} };
        QCOMPARE(findingsOf(d, FindingKind::Untranslated).size(), 1);
    }

    // The one table of finding kinds: every kind has its row, a unique name that parses back.
    void findingKinds_oneRowEach_namesParseBack()
    {
        QSet<QString> names;
        for (int k = int(FindingKind::Term); k <= int(FindingKind::Tags); ++k) {
            const FindingKind kind = FindingKind(k);
            QCOMPARE(findingKindInfo(kind).kind, kind);
            const QString name = findingKindName(kind);
            QVERIFY(!name.isEmpty() && !names.contains(name));
            names.insert(name);
            QCOMPARE(findingKindFromName(name), std::optional(kind));
            QVERIFY(!findingKindTitle(kind).isEmpty());
            QVERIFY(qstrlen(findingKindInfo(kind).description) > 0);
        }
        QCOMPARE(allFindingKinds().size(), names.size());
        QVERIFY(!findingKindFromName(u"bogus"));
    }

    void numbers_tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("percent range") << QStringLiteral("降低了5%-13%") << QStringList { "#5", "#13" };
        QTest::newRow("codes") << QStringLiteral("储备万张A100芯片，Llama3 70B")
                               << QStringList { "#10000", "a100", "llama3", "70b" };
        QTest::newRow("chinese numerals") << QStringLiteral("三十二年，一百一十八级，一九九八年，12万")
                                          << QStringList { "#32", "#118", "#1998", "#120000" };
        QTest::newRow("english") << QStringLiteral("thirty-two years, 10,000 chips, 3.5%, the 1980s")
                                 << QStringList { "#32", "#10000", "#3.5", "#1980" };
        QTest::newRow("decade") << QStringLiteral("八十年代的广东") << QStringList { "#1980" };
        QTest::newRow("decades") << QStringLiteral("three decades, 2 decades, a decade")
                                 << QStringList { "#30", "#20" };
        QTest::newRow("english phrase") << QStringLiteral("a hundred and eighteen steps, six hundred thousand men")
                                        << QStringList { "#118", "#600000" };
        QTest::newRow("inline-code tokens")
            << QStringLiteral("Click \u27E81\u27E9here\u27E8/1\u27E9 3 times\u27E82/\u27E9") << QStringList { "#3" };
    }
    void numbers_tokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, keys);
        QStringList found;
        for (const NumberToken &t : numberTokens(text))
            found << t.key;
        QCOMPARE(found, keys);
    }

    void numbers_onOneSideOnly()
    {
        Document d = lighthouse();
        d.segments[0].target.text
            = QStringLiteral("Old Zhou worked at the North Cape lighthouse for twenty-three years.");
        d.segments[3].target.text = QStringLiteral("Xiaomei is twelve, and she counts the 7 ships at sea."); // 7 added
        d.segments[4].source.text = QStringLiteral("5月的第二天早上，一位记者来到岛上。");
        d.segments[4].target.text = QStringLiteral("On the second morning of May a journalist came to the island.");
        const QList<Finding> f = findingsOf(d, FindingKind::Numbers);
        QCOMPARE(f.size(), 2); // one mismatch, one finding: both sides named
        QCOMPARE(f[0].segment, 0);
        QCOMPARE(f[0].message, QStringLiteral("三十二 in the source, twenty-three in the translation"));
        QCOMPARE(d.segments[0].source.text.mid(f[0].sourceRange.start, f[0].sourceRange.length),
                 QStringLiteral("三十二"));
        QCOMPARE(d.segments[0].target.text.mid(f[0].targetRange.start, f[0].targetRange.length),
                 QStringLiteral("twenty-three"));
        QCOMPARE(f[1].segment, 3);
        QVERIFY(f[1].message.startsWith(QStringLiteral("7 is in the translation")));
        QCOMPARE(d.segments[3].target.text.mid(f[1].targetRange.start, f[1].targetRange.length), QStringLiteral("7"));
    }

    void numbers_englishPhrase_isOneNumber()
    {
        Document d = lighthouse();
        d.segments[0].source.text = QStringLiteral("他每天爬一百一十八级台阶。");
        d.segments[0].target.text = QStringLiteral("Every day he climbed a hundred and eighteen steps.");
        QVERIFY(findingsOf(d, FindingKind::Numbers).isEmpty());
    }

    void numbers_decadesAreTensOfYears()
    {
        Document d = lighthouse();
        d.segments[0].source.text = QStringLiteral("三十年来，他每天都点灯。");
        d.segments[0].target.text = QStringLiteral("For three decades he lit the lamp every day.");
        QVERIFY(findingsOf(d, FindingKind::Numbers).isEmpty());
        d.segments[0].target.text = QStringLiteral("For 4 decades he lit the lamp every day.");
        const QList<Finding> f = findingsOf(d, FindingKind::Numbers);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].message, QStringLiteral("三十 in the source, 4 decades in the translation"));
    }

    void length_truncatedTranslation()
    {
        Document d = lighthouse();
        d.segments[2].target.text = QStringLiteral("Fog.");
        const QList<Finding> f = findingsOf(d, FindingKind::Length);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].segment, 2);
        QVERIFY(f[0].message.contains(QLatin1String("shorter")));
    }

    void term_missingApprovedOrForbiddenUsed()
    {
        Document d = lighthouse();
        d.segments[9].target.text = QStringLiteral("Next year the beacon will be automated.");
        Glossary g;
        g.entries
            = { { QStringLiteral("灯塔"), { QStringLiteral("lighthouse") }, { QStringLiteral("beacon") }, {}, {} },
                { QStringLiteral("记者"), { QStringLiteral("reporter") }, {}, {}, {} } };
        const QList<Finding> f = findingsOf(d, FindingKind::Term, g);
        // 灯塔 is fine in segments 0 and 5; segment 9 uses the forbidden "beacon";
        // 记者 (segments 4 and 6) is rendered "journalist", not the approved "reporter".
        QCOMPARE(f.size(), 3);
        QCOMPARE(f[0].segment, 4);
        QCOMPARE(f[0].sourceRange, (TextRange { 8, 2 }));
        QCOMPARE(f[2].segment, 9);
        QCOMPARE(d.segments[9].target.text.mid(f[2].targetRange.start, f[2].targetRange.length),
                 QStringLiteral("beacon"));
    }

    void inconsistency_sameSourceDifferentTranslation()
    {
        Document d = lighthouse();
        d.segments.append(pairSegment(QStringLiteral("记者问他是否害怕孤独。"),
                                      QStringLiteral("The reporter asked if he feared being alone."), true));
        d.segments.append(pairSegment(QStringLiteral("老周笑了笑，没有回答。"),
                                      QStringLiteral("Old  Zhou smiled and did not answer."), true));
        const QList<Finding> f = findingsOf(d, FindingKind::Inconsistency);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].segment, 10);
        QVERIFY(f[0].message.contains(QLatin1String("segment 7")));
    }

    void inconsistency_termVariantsBeforeOneIsApproved()
    {
        Document d = lighthouse();
        d.segments[0].target.text = QStringLiteral("Old Zhou worked at the North Cape beacon for thirty-two years.");
        d.segments[5].target.text = QStringLiteral("He wanted to write an article about the last lighthouse tower.");
        d.segments[9].target.text = QStringLiteral("Next year the beacon will be automated.");
        Glossary g;
        g.entries = {
            { QStringLiteral("灯塔"), {}, { QStringLiteral("beacon"), QStringLiteral("lighthouse tower") }, {}, {} }
        };
        const QList<Finding> f = findingsOf(d, FindingKind::Inconsistency, g);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].segment, 5);
        QVERIFY(f[0].message.contains(
            QLatin1String("rendered as lighthouse tower here but as beacon in 2 other segments")));
    }

    void accepted_findingsStopShowing()
    {
        Document d = lighthouse();
        d.segments[2].target.text = QStringLiteral("Fog.");
        const QList<Finding> all = runQa({ d, Glossary {} });
        QVERIFY(!all.isEmpty());
        QSet<QString> accepted;
        for (const Finding &f : all)
            accepted.insert(f.key());
        QVERIFY(runQa({ d, Glossary {} }, accepted).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQa)
#include "tst_qa.moc"
