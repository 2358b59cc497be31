// The interleaved pairing on pages in the layout families a reader meets. The pages of
// tests/data/layouts were made by scripts/interleave_layouts.py from a text written for
// Bireader (tests/data/layouts/text), with their gold pairs:
//   python3 scripts/interleave_layouts.py make tests/data/layouts/text tests/data/layouts --pages 2 --seed 5
#include "glossary/cedictreader.h"
#include "io/interleavedreader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace bireader;

namespace {

const QString kLayouts = QStringLiteral(BIREADER_TEST_DATA "/layouts/");

QString normalized(const QString &s)
{
    return s.simplified();
}

// A pair as an unordered key: which side is the source is a separate question.
QString pairKey(const QString &a, const QString &b)
{
    const QString x = normalized(a), y = normalized(b);
    return x < y ? x + QLatin1Char('\x1f') + y : y + QLatin1Char('\x1f') + x;
}

Document importPage(const QByteArray &text, const Dictionary *dict = nullptr)
{
    QByteArray bytes = text;
    QBuffer buffer(&bytes);
    ImportOptions options;
    options.dictionary = dict;
    const ImportResult r = InterleavedReader().read(buffer, QStringLiteral("page.txt"), options);
    return r.document;
}

// `days` article pairs, zh first, no blank lines: "第1天，他沿着海边…" / "On day 1 he walked…",
// from day `first + 1`.
QByteArray shoreDays(int days, int first = 0)
{
    QByteArray page;
    for (int i = first; i < first + days; ++i)
        page += QStringLiteral("第%1天，他沿着海边走了很久，看着远处的灯塔一明一暗，直到天色完全黑了下来才回家。\n"
                               "On day %1 he walked along the shore for a long time, watching the distant "
                               "lighthouse flash, and went home only when it was completely dark.\n")
                    .arg(i + 1)
                    .toUtf8();
    return page;
}

QStringList linesOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList out = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    out.removeAll(QString());
    return out;
}

QList<QPair<QString, QString>> pairsOf(const Document &d)
{
    QList<QPair<QString, QString>> out;
    for (const Segment &s : d.segments)
        if (s.isPaired())
            out.append({ s.source.text, s.target.text });
    return out;
}

} // namespace

class TestInterleavedPairing : public QObject
{
    Q_OBJECT

private:
    Dictionary dict;

private slots:
    void initTestCase() { QVERIFY(loadCedictFile(kLayouts + QStringLiteral("text-dict.u8"), dict).ok()); }

    void generatedLayouts_everyPairRight_noChromePaired_data()
    {
        QTest::addColumn<bool>("withDictionary");
        QTest::newRow("dictionary") << true;
        QTest::newRow("no dictionary") << false;
    }
    void generatedLayouts_everyPairRight_noChromePaired()
    {
        QFETCH(bool, withDictionary);
        QFile index(kLayouts + QStringLiteral("gold.json"));
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QJsonArray pages = QJsonDocument::fromJson(index.readAll()).array();
        QVERIFY(pages.size() >= 20);
        QSet<QString> families;
        for (const QJsonValue &v : pages) {
            const QJsonObject page = v.toObject();
            const QString file = page.value(QLatin1String("file")).toString();
            families.insert(page.value(QLatin1String("family")).toString());
            QFile f(kLayouts + file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const Document d = importPage(f.readAll(), withDictionary ? &dict : nullptr);
            QSet<QString> gold, chrome;
            for (const QJsonValue &p : page.value(QLatin1String("pairs")).toArray())
                gold.insert(pairKey(p.toArray()[0].toString(), p.toArray()[1].toString()));
            for (const QJsonValue &c : page.value(QLatin1String("chrome")).toArray())
                chrome.insert(normalized(c.toString()));
            QSet<QString> found;
            for (const auto &[s, t] : pairsOf(d)) {
                QVERIFY2(!chrome.contains(normalized(s)) && !chrome.contains(normalized(t)),
                         qPrintable(file + QStringLiteral(": chrome paired: ") + s + QStringLiteral(" | ") + t));
                QVERIFY2(gold.contains(pairKey(s, t)), qPrintable(file + QStringLiteral(": false pair: ") + s));
                found.insert(pairKey(s, t));
            }
            QCOMPARE(found.size(), gold.size());
            // The language that comes first in most pairs is the source.
            const QString first = page.value(QLatin1String("first")).toString();
            QCOMPARE(d.sourceLanguage, first);
        }
        QCOMPARE(families.size(), 11);
    }

    void strictlyAlternating_translationFirst_pairsByContent()
    {
        // No blank lines, the translation before its original, a chrome line of the
        // other script on top: the layout alone cannot tell en1 zh1 | en2 zh2 from
        // en1 | zh1 en2 | zh2; lengths and numbers do, over the whole page.
        const QByteArray page = "Skip to content\n"
                                "In 1998 a storm broke the glass of the lighthouse.\n"
                                "1998年，一场风暴吹坏了灯塔的玻璃。\n"
                                "He repaired it in three days and three nights, and no ship lost its way that winter.\n"
                                "他用三天三夜修好了它，那年冬天没有一艘船迷路。\n"
                                "Next year the lighthouse will be run automatically.\n"
                                "明年，灯塔将改为自动化管理。\n"
                                "Old Zhou will move to the city to live with his daughter Xiaomei, who is twelve.\n"
                                "老周会搬到城里，和十二岁的女儿小梅一起生活。\n";
        const Document d = importPage(page);
        const auto pairs = pairsOf(d);
        QCOMPARE(pairs.size(), 4);
        QCOMPARE(d.sourceLanguage, QStringLiteral("en"));
        QVERIFY(pairs[0].first.startsWith(QLatin1String("In 1998")));
        QVERIFY(pairs[0].second.startsWith(QStringLiteral("1998年")));
        QVERIFY(pairs[3].second.startsWith(QStringLiteral("老周会搬到城里")));
        QVERIFY(!d.segments[0].isPaired()); // Skip to content
    }

    void everyParagraphItsOwnBlock_andOrientationChangingPartway()
    {
        const QByteArray page
            = "首页 | 新闻\n\n"
              "老周在北角灯塔工作了三十二年，每天傍晚都要爬一百一十八级台阶。\n\n"
              "Old Zhou worked at the North Cape lighthouse for thirty-two years and climbed 118 steps every "
              "evening.\n\n"
              "记者问他是否害怕孤独，他笑了笑，没有回答。\n\n"
              "The journalist asked whether he was afraid of loneliness; he smiled and did not answer.\n\n"
              "The storm of 1998 broke the glass, and he repaired it in three days.\n\n"
              "1998年的风暴吹坏了玻璃，他用三天修好了它。\n\n"
              "Next year, the lighthouse will be automated, after 32 years of his work.\n\n"
              "明年，在他工作了32年之后，灯塔将改为自动化管理。\n\n"
              "Comments\n";
        const Document d = importPage(page);
        const auto pairs = pairsOf(d);
        QCOMPARE(pairs.size(), 4);
        QCOMPARE(d.sourceLanguage, QStringLiteral("zh")); // first in two pairs, ties go to the page's main script
        for (const auto &[s, t] : pairs) {
            QVERIFY(!s.contains(QLatin1String("Comments")) && !t.contains(QLatin1String("Comments")));
            QVERIFY(!s.contains(QStringLiteral("首页")) && !t.contains(QStringLiteral("首页")));
        }
        QVERIFY(pairs[2].first.startsWith(QStringLiteral("1998年"))
                || pairs[2].second.startsWith(QStringLiteral("1998年")));
    }
    void shortLastPair_beforeTheFooter_isPaired()
    {
        // A novel's one-line paragraph ends the article: as short as the footer's lines,
        // but it ends as prose does and they do not.
        QByteArray page = "首页 | 新闻 | 关于我们\n";
        page += shoreDays(6);
        page += "灯灭了两次。\nThe lights went out twice.\n相关文章\nPopular posts from this blog\n上一篇 下一篇\n";
        const auto pairs = pairsOf(importPage(page));
        QCOMPARE(pairs.size(), 7);
        QCOMPARE(pairs.last().first, QStringLiteral("灯灭了两次。"));
        QCOMPARE(pairs.last().second, QStringLiteral("The lights went out twice."));
    }

    void freeRendering_aQuarterShorterThanThePagesRatio_isStillAPair()
    {
        // Gale-Church's spread shrinks with length: a long paragraph rendered freely is
        // many of its deviations off, yet on an interleaved page it is the pair.
        const QString zh = QStringLiteral("他沿着海边走了很久，看着远处的灯塔。");
        const QString en
            = QStringLiteral("He walked along the shore for a long time, watching the distant lighthouse. ");
        QByteArray page;
        auto addPair = [&](int zhTimes, int enTimes) {
            page += zh.repeated(zhTimes).toUtf8() + '\n' + en.repeated(enTimes).trimmed().toUtf8() + '\n';
        };
        for (int i = 0; i < 4; ++i)
            addPair(3, 3);
        addPair(40, 24);
        for (int i = 0; i < 4; ++i)
            addPair(2, 2);
        const auto pairs = pairsOf(importPage(page));
        QCOMPARE(pairs.size(), 9);
        QCOMPARE(pairs[4].first.size(), zh.size() * 40);
    }

    void freeRendering_thatDropsMostOfItsWords_isStillAPair()
    {
        // A literary translator may render a paragraph by a line that keeps none of its
        // words: the dictionary finds them all missing, and the length is off by a factor
        // of four. A free rendering is free in both; two neighbours of the two languages
        // left alone inside the article would be rarer still.
        const QStringList zh = linesOf(kLayouts + QStringLiteral("text/zh.txt"));
        const QStringList en = linesOf(kLayouts + QStringLiteral("text/en.txt"));
        const QString freeZh
            = QStringLiteral("扳手、钳子、打气筒和一盒螺丝又摆回了桌上，砂纸也收进了抽屉，那只搪瓷杯里的茶早就凉了。");
        const QString freeEn = QStringLiteral("The notebook and the tourist came later.");
        QByteArray page;
        for (qsizetype i = 1; i < zh.size(); ++i) {
            page += (zh[i] + QLatin1Char('\n') + en[i] + QLatin1Char('\n')).toUtf8();
            if (i == 12)
                page += (freeZh + QLatin1Char('\n') + freeEn + QLatin1Char('\n')).toUtf8();
        }
        const auto pairs = pairsOf(importPage(page, &dict));
        QCOMPARE(pairs.size(), int(zh.size()));
        QCOMPARE(pairs[12].first, freeZh);
        QCOMPARE(pairs[12].second, freeEn);
    }

    void shortFragment_againstALongVerse_whereTheOrderChanges_isPaired()
    {
        // A short verse whose translation says four times as much (the original names the
        // sons, the translation tells their story), just where the page turns from
        // Chinese-first to English-first: its two paragraphs are no untranslated original
        // and no translation without one.
        QByteArray page;
        for (int i = 1; i <= 5; ++i)
            page += QStringLiteral("第%1年，他们在河边种了麦子，秋天收了很多粮食。\n"
                                   "In year %1 they sowed wheat by the river and gathered much grain in autumn.\n\n")
                        .arg(i)
                        .toUtf8();
        page += "他的儿子是甲，乙，丙，丁，都住在河的东边。\n"
                "And these are his sons, Jia and Yi and Bing and Ding, who lived east of the river: this was the "
                "Yi who found the lost sheep in the hills, as he kept the flocks of his father through the long "
                "winter, and Ding was the one who built the stone bridge over the river that still stands in the "
                "village where their father was born.\n\n";
        for (int i = 6; i <= 10; ++i)
            page += QStringLiteral("In year %1 they sowed wheat by the river and gathered much grain in autumn.\n"
                                   "第%1年，他们在河边种了麦子，秋天收了很多粮食。\n\n")
                        .arg(i)
                        .toUtf8();
        const auto pairs = pairsOf(importPage(page));
        QCOMPARE(pairs.size(), 11);
        QCOMPARE(pairs[5].first, QStringLiteral("他的儿子是甲，乙，丙，丁，都住在河的东边。"));
    }

    void untranslatedLastParagraph_nextToAFooterLine_isNotPaired()
    {
        // The article's last paragraph has no translation; the footer's first line is as
        // short. A free rendering would be one, but a question rendered by a line that
        // does not end as prose does is none.
        QByteArray page = shoreDays(3);
        page += "女儿问：“灯塔今晚还亮吗？”\nHis daughter asked: \"Will the lighthouse be lit tonight?\"\n";
        page += shoreDays(3, 3);
        page += "师傅问：“你们明天还来吗？”\nPopular posts from this blog\nShare this post\n";
        const auto pairs = pairsOf(importPage(page));
        QCOMPARE(pairs.size(), 7);
        for (const auto &pair : pairs)
            QVERIFY(pair.second != QStringLiteral("Popular posts from this blog"));
    }

    void chromeLinesInsideTheArticle_areLeftAlone_notPairedAcrossAPair()
    {
        // A "Read more" link above a pair and a caption below it, every paragraph its own
        // block: paired with the pair's halves, the two lines would not be left
        // untranslated; but a line that looks like chrome needs no translation anywhere.
        const QStringList zh = linesOf(kLayouts + QStringLiteral("text/zh.txt"));
        const QStringList en = linesOf(kLayouts + QStringLiteral("text/en.txt"));
        QByteArray page;
        for (qsizetype i = 1; i < zh.size(); ++i) {
            if (i == 22)
                page += "Read more: The Repair Shop at the East End of Town\n\n";
            page += (zh[i] + QLatin1String("\n\n") + en[i] + QLatin1String("\n\n")).toUtf8();
            if (i == 22)
                page += "图片来源：网络\n\n";
        }
        const Document d = importPage(page);
        const auto pairs = pairsOf(d);
        QCOMPARE(pairs.size(), int(zh.size()) - 1);
        QCOMPARE(pairs[21].first, zh[22]);
        QCOMPARE(pairs[21].second, en[22]);
        // Both are set aside as the page's chrome, as its menus and footers are; the
        // article's own lines are not.
        int setAside = 0;
        for (const Segment &s : d.segments) {
            const QString text = s.source.text + s.target.text;
            if (text.startsWith(QLatin1String("Read more")) || text == QStringLiteral("图片来源：网络")) {
                QVERIFY2(s.excluded, qPrintable(text));
                ++setAside;
            } else {
                QVERIFY2(!s.excluded, qPrintable(text));
            }
        }
        QCOMPARE(setAside, 2);
    }

    void sameLinePair_freelyRendered_isPairedNotLeftAlone()
    {
        // Leaving a same-line pair alone leaves two paragraphs untranslated, not one.
        QByteArray page;
        for (int i = 0; i < 5; ++i)
            page += QStringLiteral("第%1年冬天，灯塔的玻璃又被风暴吹坏了。\n"
                                   "In winter %1 the storm broke the glass of the lighthouse again.\n")
                        .arg(i + 1)
                        .toUtf8();
        page += "这里又不是丽春院，难道短了什么，就定是把帐算在我头上？   Nobody would miss it here.\n";
        for (int i = 5; i < 8; ++i)
            page += QStringLiteral("第%1年冬天，灯塔的玻璃又被风暴吹坏了。\n"
                                   "In winter %1 the storm broke the glass of the lighthouse again.\n")
                        .arg(i + 1)
                        .toUtf8();
        const auto pairs = pairsOf(importPage(page, &dict));
        QCOMPARE(pairs.size(), 9);
        QCOMPARE(pairs[5].first, QStringLiteral("这里又不是丽春院，难道短了什么，就定是把帐算在我头上？"));
        QCOMPARE(pairs[5].second, QStringLiteral("Nobody would miss it here."));
    }
    void menuLineNextToAHeadline_isNotPaired_theHeadingPairIs()
    {
        // A menu line and another post's headline of its size on top: pairing them would
        // spare the section heading below its "looks like chrome" cost. Pairs that look like
        // chrome keep paying it until the article's first.
        QByteArray page = "首页 | 新闻 | 科技 | 财经 | 关于我们\n"
                          "Another Sound of the City at Night\n"
                          "7.灯塔\n"
                          "7. The Lighthouse\n";
        page += shoreDays(6);
        const auto pairs = pairsOf(importPage(page, &dict));
        QCOMPARE(pairs.size(), 7);
        QCOMPARE(pairs.front().first, QStringLiteral("7.灯塔"));
    }

    void breadcrumbNextToAHeadlineOfTheOtherLanguage_isNotPaired()
    {
        // Without a dictionary only their lengths and places speak for or against a
        // breadcrumb trail and the English headline under it; on a page whose paragraphs
        // vary in size and often end mid-speech, they looked enough like the article's to
        // pair. A menu or a trail is never the article's.
        const QStringList zh = linesOf(kLayouts + QStringLiteral("text/zh.txt"));
        const QStringList en = linesOf(kLayouts + QStringLiteral("text/en.txt"));
        QByteArray page = "首页 | 新闻 | 科技 | 财经 | 关于我们\n"
                          "当前位置：首页 > 文章\n"
                          "The Repair Shop at the East End of Town\n";
        const int sentences[] = { 1, 1, 3, 3, 1, 1, 3, 1, 2 };
        const bool cut[] = { false, true, false, false, true, false, false, false, false }; // no final stop
        qsizetype at = 1;
        for (int k = 0; k < 9; ++k) {
            QString z = zh.mid(at, sentences[k]).join(QString()), e = en.mid(at, sentences[k]).join(QLatin1Char(' '));
            at += sentences[k];
            if (cut[k]) {
                z.chop(1);
                e.chop(1);
            }
            page += (z + QLatin1Char('\n') + e + QLatin1Char('\n')).toUtf8();
        }
        const auto pairs = pairsOf(importPage(page));
        QCOMPARE(pairs.size(), 9);
        QVERIFY(pairs.front().first.startsWith(zh[1]));
    }
};

QTEST_GUILESS_MAIN(TestInterleavedPairing)
#include "tst_interleavedpairing.moc"
