#include "io/subtitlereader.h"
#include "io/subtitles.h"

#include <QBuffer>
#include <QTest>

using namespace bireader;

namespace {

ImportResult readBilingual(const QByteArray &text)
{
    QByteArray bytes = text;
    QBuffer b(&bytes);
    return SubtitleReader().read(b, QStringLiteral("film.srt"), {});
}

} // namespace

class TestSubtitles : public QObject
{
    Q_OBJECT

private slots:
    void cueTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qlonglong>("ms");
        QTest::newRow("srt") << "00:01:02,500" << 62500LL;
        QTest::newRow("vtt") << "01:02.250" << 62250LL;
        QTest::newRow("hours") << "01:00:00.000" << 3600000LL;
        QTest::newRow("bad") << "1:2:3:4" << -1LL;
        QTest::newRow("seconds>59") << "00:00:75,000" << -1LL;
    }
    void cueTimes()
    {
        QFETCH(QString, text);
        QFETCH(qlonglong, ms);
        QCOMPARE(parseCueTime(text), ms);
    }

    void parse_srtAndWebVtt()
    {
        const QList<Cue> srt = parseSubtitles(
            QStringLiteral("1\r\n00:00:01,000 --> 00:00:03,500\r\n<i>今晚有雾。</i>\r\n\r\n2\r\n00:00:04,000 --> "
                           "00:00:06,000\r\n船需要光。\r\n"));
        QCOMPARE(srt.size(), 2);
        QCOMPARE(srt[0].lines, QStringList { QStringLiteral("今晚有雾。") });
        QCOMPARE(srt[1].startMs, 4000);
        const QList<Cue> vtt = parseSubtitles(QStringLiteral(
            "WEBVTT\n\nNOTE a comment\n\nintro\n00:01.000 --> 00:03.500 align:start\nThere is fog tonight.\n"));
        QCOMPARE(vtt.size(), 1);
        QCOMPARE(vtt[0].endMs, 3500);
        QString error;
        QVERIFY(parseSubtitles(QStringLiteral("just text\n"), &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("no subtitle cues")));
    }

    void bilingualFile_cuePerSegmentWithTimes()
    {
        const ImportResult r
            = readBilingual(QStringLiteral("1\n00:00:01,000 --> 00:00:03,500\n今晚有雾。\nThere is fog tonight.\n\n"
                                           "2\n00:00:04,000 --> 00:00:06,000\n船会比平时更需要光。\nThe ships will "
                                           "need the light more than usual.\n\n"
                                           "3\n00:00:07,000 --> 00:00:08,000\n（音乐）\n")
                                .toUtf8());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.document.sourceLanguage, QStringLiteral("zh"));
        QCOMPARE(r.document.targetLanguage, QStringLiteral("en"));
        QCOMPARE(r.document.segments.size(), 3);
        QCOMPARE(r.document.segments[1].target.text, QStringLiteral("The ships will need the light more than usual."));
        QCOMPARE(r.document.segments[1].startMs, 4000);
        QCOMPARE(r.document.segments[1].endMs, 6000);
        QVERIFY(!r.document.segments[2].isPaired());
    }

    void twoFiles_pairedByTimeOverlap()
    {
        QByteArray zh = QStringLiteral("1\n00:00:01,000 --> 00:00:04,000\n今晚有雾，船会比平时更需要光。\n\n"
                                       "2\n00:00:05,000 --> 00:00:06,000\n老周笑了。\n\n"
                                       "3\n00:00:20,000 --> 00:00:21,000\n（鸟叫）\n")
                            .toUtf8();
        QByteArray en = QByteArray("1\n00:00:01,100 --> 00:00:02,400\nThere is fog tonight,\n\n"
                                   "2\n00:00:02,500 --> 00:00:04,000\nand the ships will need the light.\n\n"
                                   "3\n00:00:05,100 --> 00:00:06,100\nOld Zhou smiled.\n");
        QBuffer a(&zh), b(&en);
        const ImportResult r = importSubtitlePair(a, QStringLiteral("zh.srt"), b, QStringLiteral("en.srt"), {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QList<Segment> &s = r.document.segments;
        QCOMPARE(s.size(), 3);
        QCOMPARE(s[0].target.text, QStringLiteral("There is fog tonight, and the ships will need the light.")); // 1-2
        QCOMPARE(s[0].startMs, 1000);
        QCOMPARE(s[0].endMs, 4000);
        QCOMPARE(s[1].target.text, QStringLiteral("Old Zhou smiled."));
        QVERIFY(s[2].target.isEmpty()); // overlaps nothing
    }

    void twoFiles_constantDelay_isTakenOut()
    {
        QByteArray zh
            = QStringLiteral(
                  "1\n00:00:01,000 --> 00:00:03,000\n今晚有雾。\n\n2\n00:00:04,000 --> 00:00:06,000\n船需要光。\n\n"
                  "3\n00:00:07,000 --> 00:00:09,000\n老周笑了。\n")
                  .toUtf8();
        QByteArray en("1\n00:00:03,500 --> 00:00:05,500\nThere is fog tonight.\n\n2\n00:00:06,500 --> "
                      "00:00:08,500\nShips need light.\n\n"
                      "3\n00:00:09,500 --> 00:00:11,500\nOld Zhou smiled.\n"); // 2.5 s late
        QBuffer a(&zh), b(&en);
        const ImportResult r = importSubtitlePair(a, QStringLiteral("zh.srt"), b, QStringLiteral("en.srt"), {});
        QVERIFY(r.ok());
        QCOMPARE(r.document.segments.size(), 3);
        QCOMPARE(r.document.pairedCount(), 3);
        QCOMPARE(r.document.segments[1].target.text, QStringLiteral("Ships need light."));
        QCOMPARE(r.document.segments[1].startMs, 4000);
    }

    void oneLanguageOnly_isAClearError()
    {
        const ImportResult r = readBilingual("1\n00:00:01,000 --> 00:00:02,000\nOnly English here.\n");
        QVERIFY(r.error.startsWith(QLatin1String("film.srt: only one language")));
    }

    // D10: cues not separated by blank lines; the cue number and timing line never text.
    void srtWithoutBlankLines_cueByTimingLine()
    {
        const QList<Cue> cues = parseSubtitles(QStringLiteral("1\n00:00:01,000 --> 00:00:02,000\n你好。\nHello.\n"
                                                              "2\n00:00:03,000 --> 00:00:04,500\n世界。\nWorld.\n"));
        QCOMPARE(cues.size(), 2);
        QCOMPARE(cues[0].lines, (QStringList { QStringLiteral("你好。"), QStringLiteral("Hello.") }));
        QCOMPARE(cues[1].lines, (QStringList { QStringLiteral("世界。"), QStringLiteral("World.") }));
        QCOMPARE(cues[1].endMs, 4500);
    }

    // D10: WebVTT character references decoded, inline timestamps and voice tags taken out.
    void webVtt_referencesAndInlineTimestamps()
    {
        const QList<Cue> cues = parseSubtitles(
            QStringLiteral("WEBVTT\n\nNOTE a comment\n\nc1\n00:01.000 --> 00:02.000 align:start\n"
                           "<v Bob>汤姆 &amp; 杰瑞</v>\nTom &amp; Jerry &lt;3 &#x4E2D;&nbsp;x\n\n"
                           "00:03.000 --> 00:04.000\n<00:00:03.500>快跑！\n<c.yellow>Run<00:00:03.600>!</c> AT&T\n"));
        QCOMPARE(cues.size(), 2);
        QCOMPARE(cues[0].lines,
                 (QStringList { QStringLiteral("汤姆 & 杰瑞"), QStringLiteral("Tom & Jerry <3 中\u00A0x") }));
        QCOMPARE(cues[1].lines, (QStringList { QStringLiteral("快跑！"), QStringLiteral("Run! AT&T") }));
    }

    // Round 3: a cue whose times are wrong keeps its text, and the file says which line.
    void badTimes_cueKeptAndSaid_data()
    {
        QTest::addColumn<QString>("timing");
        QTest::newRow("ends before it starts") << "00:00:05,000 --> 00:00:04,000";
        QTest::newRow("unreadable second") << "00:00:0x,000 --> 00:00:06,000";
        QTest::newRow("overflowing hour") << "99999999999999999999:00:00,000 --> 00:00:06,000";
    }
    void badTimes_cueKeptAndSaid()
    {
        QFETCH(QString, timing);
        QStringList warnings;
        const QList<Cue> cues
            = parseSubtitles(QStringLiteral("1\n00:00:01,000 --> 00:00:03,000\n今晚有雾。\n\n2\n") + timing
                                 + QStringLiteral("\n船需要光。\n\n3\n00:00:07,000 --> "
                                                  "00:00:09,000\n老周笑了。\n"),
                             nullptr, &warnings);
        QCOMPARE(cues.size(), 3);
        QCOMPARE(cues[1].lines, QStringList { QStringLiteral("船需要光。") });
        QVERIFY(cues[1].startMs <= cues[1].endMs);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings[0].startsWith(QLatin1String("line 6: ")), qPrintable(warnings[0]));
    }
    void allCuesBackwards_areStillCues()
    {
        QString error;
        QStringList warnings;
        const QList<Cue> cues = parseSubtitles(QStringLiteral("1\n00:00:03,000 --> 00:00:01,000\n你好。\n\n"
                                                              "2\n00:00:06,000 --> 00:00:04,000\n世界。\n"),
                                               &error, &warnings);
        QCOMPARE(cues.size(), 2);
        QVERIFY(error.isEmpty());
        QCOMPARE(warnings.size(), 2);
    }
    void webVttRuby_readingIsNotText()
    {
        const QList<Cue> cues = parseSubtitles(QStringLiteral(
            "WEBVTT\n\n00:01.000 --> 00:02.000\n<ruby>再<rt>zài</rt>见<rp>(</rp><rt>jiàn</rt><rp>)</rp></ruby>！\n"));
        QCOMPARE(cues.size(), 1);
        QCOMPARE(cues[0].lines, QStringList { QStringLiteral("再见！") });
    }
    // Two files of one film at 25 and 23.976 frames a second drift apart by 4%: the pairing
    // scales the times, and says so.
    void twoFiles_frameRateDrift_scaledAndSaid()
    {
        QByteArray zh, en;
        for (int i = 0; i < 120; ++i) {
            const qint64 start = 5000 + i * 8000, end = start + 3000; // the 23.976 fps release
            auto time = [](qint64 ms) { return formatCueTime(ms).replace(QLatin1Char('.'), QLatin1Char(',')); };
            zh += QStringLiteral("%1\n%2 --> %3\n第%1句。\n\n").arg(i + 1).arg(time(start), time(end)).toUtf8();
            const qint64 s25 = qint64(start * 23.976 / 25), e25 = qint64(end * 23.976 / 25);
            en += QStringLiteral("%1\n%2 --> %3\nLine %1.\n\n").arg(i + 1).arg(time(s25), time(e25)).toUtf8();
        }
        QBuffer a(&zh), b(&en);
        const ImportResult r = importSubtitlePair(a, QStringLiteral("zh.srt"), b, QStringLiteral("en.srt"), {});
        QVERIFY(r.ok());
        QCOMPARE(r.document.pairedCount(), 120);
        QCOMPARE(r.document.segments[100].target.text, QStringLiteral("Line 101."));
        QVERIFY2(r.warnings.join(QLatin1Char('\n')).contains(QLatin1String("en.srt: its times run")),
                 qPrintable(r.warnings.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSubtitles)
#include "tst_subtitles.moc"
