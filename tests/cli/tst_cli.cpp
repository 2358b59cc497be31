#include "clirun.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void help_and_version_exitZero()
    {
        const Run help = cli({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("align SRC TGT"));
        const Run version = cli({ QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("bireader-cli "));
    }

    void usageErrors_exitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no command") << QStringList {} << QByteArray("no command");
        QTest::newRow("unknown command") << QStringList { "frobnicate" } << QByteArray("unknown command 'frobnicate'");
        QTest::newRow("unknown option") << QStringList { "align", "--nope" } << QByteArray("nope");
        QTest::newRow("align one file") << QStringList { "align", "a.txt" }
                                        << QByteArray("needs a source and a target");
        QTest::newRow("bad format") << QStringList { "align", kSamples + "lighthouse.zh.txt",
                                                     kSamples + "lighthouse.en.txt", "--format", "xml" }
                                    << QByteArray("unknown format 'xml'");
        QTest::newRow("missing file") << QStringList { "import", "/no/such/file.txt" }
                                      << QByteArray("/no/such/file.txt: no such file");
        QTest::newRow("bad dictionary") << QStringList { "import", kSamples + "lighthouse.zh.txt", "--dict",
                                                         kSamples + "lighthouse.en.txt" }
                                        << QByteArray("no dictionary entries");
    }
    void usageErrors_exitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void badInputFile_exitTwoNamingIt()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty.txt"));
        QFile(empty).open(QIODevice::WriteOnly);
        const Run r = cli({ QStringLiteral("align"), empty, kSamples + QStringLiteral("lighthouse.en.txt") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(empty.toUtf8() + ": the file is empty"));
    }

    void align_formats()
    {
        const QStringList files { QStringLiteral("align"), kSamples + QStringLiteral("lighthouse.zh.txt"),
                                  kSamples + QStringLiteral("lighthouse.en.txt"), QStringLiteral("--dict"),
                                  kSamples + QStringLiteral("sample-dict.u8") };
        const Run beads = cli(files);
        QCOMPARE(beads.exitCode, 0);
        QVERIFY(beads.out.startsWith("[0]:[0]\n[1]:[1]\n[2]:[2,3]\n"));
        const Run tsv = cli(files + QStringList { QStringLiteral("--format"), QStringLiteral("tsv") });
        QCOMPARE(tsv.exitCode, 0);
        QVERIFY(tsv.out.contains(QStringLiteral("灯塔守护人\tThe Lighthouse Keeper\n").toUtf8()));
        const Run json = cli(files + QStringList { QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray a = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(a.size(), 21);
        QVERIFY(a[0].toObject().contains(QLatin1String("score")));
        // “今晚有雾。”他对女儿小梅说，“船会比平时更需要光。”: one 2-2 bead, its two
        // sentences rendered across two English ones.
        QCOMPARE(a[3].toObject().value(QLatin1String("source")).toString(),
                 QStringLiteral("“今晚有雾。”他对女儿小梅说，“船会比平时更需要光。”"));
    }

    void align_presplit_usesLineNumbers()
    {
        QTemporaryDir dir;
        const QString zh = writeFile(dir, QStringLiteral("zh.txt"),
                                     QStringLiteral("今晚有雾。\n船会更需要光。\n老周笑了。\n").toUtf8());
        const QString en = writeFile(dir, QStringLiteral("en.txt"),
                                     "There is fog tonight.\nThe ships will need the light more.\nOld Zhou smiled.\n");
        const Run r = cli({ QStringLiteral("align"), zh, en, QStringLiteral("--presplit") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("[0]:[0]\n[1]:[1]\n[2]:[2]\n"));
    }

    void import_jsonHasNullForUnpairedSides()
    {
        const Run r = cli({ QStringLiteral("import"), QStringLiteral(BIREADER_TEST_DATA "/interleaved/zh_en_page.txt"),
                            QStringLiteral("--dict"), QStringLiteral(BIREADER_TEST_DATA "/interleaved/test-dict.u8") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray a = QJsonDocument::fromJson(r.out).array();
        QVERIFY(a.size() > 5);
        QVERIFY(a[1].toObject().value(QLatin1String("source")).isNull());
        QCOMPARE(a[1].toObject().value(QLatin1String("target")).toString(),
                 QStringLiteral("The Last Keeper of the North Cape"));
    }

    void project_glossary_qa_endToEnd()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("page.bireader"));
        const Run create
            = cli({ QStringLiteral("project"), QStringLiteral("create"), project, QStringLiteral("--from"),
                    QStringLiteral(BIREADER_TEST_DATA "/interleaved/zh_en_page.txt"), QStringLiteral("--dict"),
                    QStringLiteral(BIREADER_TEST_DATA "/interleaved/test-dict.u8") });
        QCOMPARE(create.exitCode, 0);
        QVERIFY2(create.out.contains("14 segments, 6 paired (zh to en)"), create.out.constData());

        const QString csv = dir.filePath(QStringLiteral("terms.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("term,translation,forbidden\n灯塔,lighthouse,beacon\n记者,reporter,\n").toUtf8());
        f.close();
        const Run import = cli({ QStringLiteral("glossary"), QStringLiteral("import"), project, csv });
        QCOMPARE(import.exitCode, 0);
        QVERIFY(import.out.contains("2 terms read, 2 new"));

        const QString tbx = dir.filePath(QStringLiteral("out.tbx"));
        QCOMPARE(cli({ QStringLiteral("glossary"), QStringLiteral("export"), project, tbx }).exitCode, 0);
        QFile t(tbx);
        QVERIFY(t.open(QIODevice::ReadOnly));
        QVERIFY(t.readAll().contains("<term>lighthouse</term>"));

        const Run qa = cli({ QStringLiteral("qa"), project, QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(qa.exitCode, 0);
        QStringList kinds;
        for (const QJsonValue &v : QJsonDocument::fromJson(qa.out).array())
            kinds << v.toObject().value(QLatin1String("kind")).toString();
        QVERIFY(kinds.contains(QLatin1String("missing"))); // 一九九八年… has no translation
        QVERIFY(kinds.contains(QLatin1String("untranslated"))); // 记者问他是否害怕孤独。 kept
        QVERIFY(kinds.contains(QLatin1String("term"))); // 记者 is "journalist", not "reporter"
        const Run text = cli({ QStringLiteral("qa"), project });
        QVERIFY(text.out.contains("\tuntranslated\t"));
        // --kind: only findings of the kinds named.
        const Run terms = cli({ QStringLiteral("qa"), project, QStringLiteral("--kind"), QStringLiteral("term") });
        QCOMPARE(terms.exitCode, 0);
        for (const QByteArray &line : terms.out.split('\n'))
            QVERIFY2(line.isEmpty() || line.contains("\tterm\t"), line.constData());
        QVERIFY(!terms.out.isEmpty());
        // Segments are numbered from 1 in every output: JSON as the text lines.
        const QJsonObject first = QJsonDocument::fromJson(qa.out).array().first().toObject();
        QVERIFY(text.out.startsWith(QByteArray::number(first.value(QLatin1String("segment")).toInt()) + '\t'));
        // Accepting a finding by its key: it stops showing, now and later.
        QString untranslatedKey;
        for (const QJsonValue &v : QJsonDocument::fromJson(qa.out).array())
            if (v.toObject().value(QLatin1String("kind")).toString() == QLatin1String("untranslated"))
                untranslatedKey = v.toObject().value(QLatin1String("key")).toString();
        QCOMPARE(cli({ QStringLiteral("qa"), project, QStringLiteral("--accept"), untranslatedKey }).exitCode, 0);
        QVERIFY(!cli({ QStringLiteral("qa"), project }).out.contains("\tuntranslated\t"));
        // Reports to send or file.
        const Run report = cli({ QStringLiteral("qa"), project, QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(report.exitCode, 0);
        QVERIFY(report.out.startsWith("segment,check,message,source,translation\n"));
        QCOMPARE(report.out.count('\n'), text.out.count('\n')); // a row a finding (one accepted since)
        const Run html = cli({ QStringLiteral("qa"), project, QStringLiteral("--format"), QStringLiteral("html") });
        QCOMPARE(html.exitCode, 0);
        QVERIFY(html.out.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.out.contains("<title>QA report: page</title>"));
        QCOMPARE(cli({ QStringLiteral("qa"), project, QStringLiteral("--format"), QStringLiteral("pdf") }).exitCode, 2);

        for (const char *format : { "md", "html", "tmx", "anki", "txt", "target" }) {
            const QString out = dir.filePath(QStringLiteral("export.") + QLatin1String(format));
            const Run ex = cli({ QStringLiteral("export"), project, QStringLiteral("--format"), QLatin1String(format),
                                 QStringLiteral("-o"), out });
            QCOMPARE(ex.exitCode, 0);
            QVERIFY2(QFileInfo(out).size() > 0, format);
        }
        QCOMPARE(cli({ QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("docx"),
                       QStringLiteral("-o"), dir.filePath(QStringLiteral("x")) })
                     .exitCode,
                 2);
    }

    void xliff_roundTrip_correctionWrittenBackUnderItsId()
    {
        QTemporaryDir dir;
        const QString xlf
            = writeFile(dir, QStringLiteral("fog.xlf"),
                        QStringLiteral("<?xml version=\"1.0\"?>\n"
                                       "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
                                       "<file original=\"a\" source-language=\"zh\" target-language=\"en\""
                                       " datatype=\"plaintext\"><body>"
                                       "<trans-unit id=\"fog-1\"><source>今晚有雾。</source>"
                                       "<target>Tonight have fog.</target></trans-unit>"
                                       "</body></file></xliff>\n")
                            .toUtf8());
        const QString project = dir.filePath(QStringLiteral("fog.bireader"));
        QCOMPARE(cli({ QStringLiteral("project"), QStringLiteral("create"), project, QStringLiteral("--from"), xlf })
                     .exitCode,
                 0);
        QCOMPARE(cli({ QStringLiteral("edit"), project, QStringLiteral("1"), QStringLiteral("There is fog tonight.") })
                     .exitCode,
                 0);
        const QString out = dir.filePath(QStringLiteral("back.xlf"));
        QCOMPARE(cli({ QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("xliff"),
                       QStringLiteral("-o"), out })
                     .exitCode,
                 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray back = f.readAll();
        QVERIFY2(back.contains("<trans-unit id=\"fog-1\">"), back.constData());
        QVERIFY(back.contains("<target state=\"translated\">There is fog tonight.</target>"));
        const Run again = cli({ QStringLiteral("import"), out, QStringLiteral("--format"), QStringLiteral("tsv") });
        QVERIFY(again.out.contains("今晚有雾。\tThere is fog tonight."));
    }

    void glossary_attachedFile_checkedByQa_detachStops()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("page.bireader"));
        QCOMPARE(cli({ QStringLiteral("project"), QStringLiteral("create"), project, QStringLiteral("--from"),
                       QStringLiteral(BIREADER_TEST_DATA "/interleaved/zh_en_page.txt") })
                     .exitCode,
                 0);
        // A team's glossary kept as a file: its term is checked, without copying it in.
        const QString team
            = writeFile(dir, QStringLiteral("team.csv"), QStringLiteral("term,translation\n灯塔,beacon\n").toUtf8());
        const Run attach = cli({ QStringLiteral("glossary"), QStringLiteral("attach"), project, team });
        QCOMPARE(attach.exitCode, 0);
        QVERIFY(attach.out.contains("1 terms, attached"));
        QVERIFY(cli({ QStringLiteral("qa"), project }).out.contains("\tterm\t"));
        QCOMPARE(cli({ QStringLiteral("glossary"), QStringLiteral("export"), project,
                       dir.filePath(QStringLiteral("own.csv")) })
                     .out,
                 QByteArray(dir.filePath(QStringLiteral("own.csv")).toUtf8() + ": 0 terms\n"));
        QCOMPARE(cli({ QStringLiteral("glossary"), QStringLiteral("detach"), project, team }).exitCode, 0);
        QVERIFY(!cli({ QStringLiteral("qa"), project }).out.contains("\tterm\t"));
        QCOMPARE(cli({ QStringLiteral("glossary"), QStringLiteral("detach"), project, team }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("glossary"), QStringLiteral("attach"), project,
                       dir.filePath(QStringLiteral("none.csv")) })
                     .exitCode,
                 2);
    }

    void applyTerm_dryRunJson_thenApplied()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("page.bireader"));
        const QString dict = QStringLiteral(BIREADER_TEST_DATA "/interleaved/test-dict.u8");
        QCOMPARE(
            cli({ QStringLiteral("project"), QStringLiteral("create"), project, QStringLiteral("--from"),
                  QStringLiteral(BIREADER_TEST_DATA "/interleaved/zh_en_page.txt"), QStringLiteral("--dict"), dict })
                .exitCode,
            0);
        const QString csv
            = writeFile(dir, QStringLiteral("terms.csv"), QStringLiteral("term,translation\n灯塔,Beacon\n").toUtf8());
        QCOMPARE(cli({ QStringLiteral("glossary"), QStringLiteral("import"), project, csv }).exitCode, 0);
        const QByteArray before = readFile(project);

        // The MT says "lighthouse" (the dictionary's gloss of 灯塔): that is what is replaced.
        const Run dry
            = cli({ QStringLiteral("apply-term"), project, QStringLiteral("灯塔"), QStringLiteral("--dry-run"),
                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--dict"), dict });
        QCOMPARE(dry.exitCode, 0);
        const QJsonArray proposals = QJsonDocument::fromJson(dry.out).array();
        QVERIFY(!proposals.isEmpty());
        for (const QJsonValue &v : proposals) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.value(QLatin1String("segment")).toInt() >= 1);
            QCOMPARE(o.value(QLatin1String("found")).toString().toLower(), QStringLiteral("lighthouse"));
            QCOMPARE(o.value(QLatin1String("length")).toInt(), 10);
            QVERIFY(o.contains(QLatin1String("start")));
            QCOMPARE(o.value(QLatin1String("replacement")).toString(), QStringLiteral("Beacon"));
        }
        QCOMPARE(readFile(project), before); // a dry run changes nothing

        const Run text
            = cli({ QStringLiteral("apply-term"), project, QStringLiteral("灯塔"), QStringLiteral("--dict"), dict });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("\tBeacon\n"));
        const Run after = cli({ QStringLiteral("apply-term"), project, QStringLiteral("灯塔"),
                                QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(QJsonDocument::fromJson(after.out).array().size(), 0); // Beacon is everywhere now

        const Run unknown = cli({ QStringLiteral("apply-term"), project, QStringLiteral("海鸟") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("no entry for"));
    }

    void links_link_realign_keepTheConfirmedLink()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("sample.bireader"));
        QCOMPARE(cli({ QStringLiteral("project"), QStringLiteral("create"), project, QStringLiteral("--from"),
                       kSamples + QStringLiteral("lighthouse.zh.txt"), QStringLiteral("--from"),
                       kSamples + QStringLiteral("lighthouse.en.txt") })
                     .exitCode,
                 0);
        // Segment 3: the fog line and what the keeper told his daughter, two sentences a side.
        const Run set
            = cli({ QStringLiteral("link"), project, QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("1,2") });
        QCOMPARE(set.exitCode, 0);
        QVERIFY(set.out.contains("linked 1 1,2 in segment 3 (confirmed)"));
        auto linksOf = [&] {
            const Run r = cli({ QStringLiteral("links"), project, QStringLiteral("3"), QStringLiteral("--format"),
                                QStringLiteral("json") });
            return QJsonDocument::fromJson(r.out).array();
        };
        QJsonArray links = linksOf();
        QCOMPARE(links.size(), 2);
        QCOMPARE(links[0].toObject().value(QLatin1String("target")).toArray().size(), 2);
        QVERIFY(links[0].toObject().value(QLatin1String("confirmed")).toBool());
        QCOMPARE(links[1].toObject().value(QLatin1String("target")).toArray().size(), 0); // 他对女儿… alone now

        const Run again = cli({ QStringLiteral("realign"), project });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("confirmed links kept"), again.out.constData());
        links = linksOf();
        QVERIFY(links[0].toObject().value(QLatin1String("confirmed")).toBool()); // still the user's link
        QCOMPARE(links[0].toObject().value(QLatin1String("target")).toArray().size(), 2);

        QCOMPARE(
            cli({ QStringLiteral("link"), project, QStringLiteral("3"), QStringLiteral("1,3"), QStringLiteral("1") })
                .exitCode,
            2);
        QCOMPARE(
            cli({ QStringLiteral("link"), project, QStringLiteral("99"), QStringLiteral("1"), QStringLiteral("1") })
                .exitCode,
            2);
        QCOMPARE(cli({ QStringLiteral("link"), project, QStringLiteral("3"), QStringLiteral("-"), QStringLiteral("-") })
                     .exitCode,
                 2);
    }

    void import_subtitlesKeepCueTimes()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("film.srt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("1\n00:00:01,000 --> 00:00:03,500\n今晚有雾。\nThere is fog tonight.\n").toUtf8());
        f.close();
        const Run r = cli({ QStringLiteral("import"), f.fileName() });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject cue = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(cue.value(QLatin1String("target")).toString(), QStringLiteral("There is fog tonight."));
        QCOMPARE(cue.value(QLatin1String("start_ms")).toInt(), 1000);
        QCOMPARE(cue.value(QLatin1String("end_ms")).toInt(), 3500);
    }

    void align_twoSubtitleFiles_byTime_and_twoPages_byBlocks()
    {
        QTemporaryDir dir;
        const QString zh
            = writeFile(dir, QStringLiteral("zh.srt"),
                        QStringLiteral("1\n00:00:01,000 --> 00:00:04,000\n今晚有雾，船需要光。\n").toUtf8());
        const QString en = writeFile(dir, QStringLiteral("en.srt"),
                                     "1\n00:00:01,000 --> 00:00:02,000\nThere is fog tonight,\n\n"
                                     "2\n00:00:02,100 --> 00:00:04,000\nand ships need light.\n");
        const Run subs = cli({ QStringLiteral("align"), zh, en, QStringLiteral("--format"), QStringLiteral("tsv") });
        QCOMPARE(subs.exitCode, 0);
        QCOMPARE(subs.out,
                 QStringLiteral("今晚有雾，船需要光。\tThere is fog tonight, and ships need light.\n").toUtf8());
        const QString a = writeFile(dir, QStringLiteral("a.html"),
                                    QStringLiteral("<p>今晚有雾。</p><nav>菜单</nav><p>船需要光。</p>").toUtf8());
        const QString b = writeFile(dir, QStringLiteral("b.html"),
                                    "<footer>Menu</footer><p>There is fog tonight.</p><p>Ships need light.</p>");
        const Run pages = cli({ QStringLiteral("align"), a, b, QStringLiteral("--format"), QStringLiteral("tsv") });
        QCOMPARE(pages.exitCode, 0);
        QCOMPARE(pages.out,
                 QStringLiteral("今晚有雾。\tThere is fog tonight.\n船需要光。\tShips need light.\n").toUtf8());
    }

    void edit_oneSegment_andFromStandardInput()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("e.bireader"));
        QCOMPARE(cli({ QStringLiteral("project"), QStringLiteral("create"), project, QStringLiteral("--from"),
                       kSamples + QStringLiteral("lighthouse.zh.txt"), QStringLiteral("--from"),
                       kSamples + QStringLiteral("lighthouse.en.txt") })
                     .exitCode,
                 0);
        const Run one = cli({ QStringLiteral("edit"), project, QStringLiteral("2"), QStringLiteral("Corrected.") });
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(one.out, QByteArray("committed 2\n"));

        QProcess p;
        p.start(kCli, { QStringLiteral("edit"), project });
        QVERIFY(p.waitForStarted());
        p.write("3\tThird.\n\n4\tFourth.\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardOutput(), QByteArray("committed 3\ncommitted 4\n"));

        const Run bad = cli({ QStringLiteral("edit"), project, QStringLiteral("999"), QStringLiteral("x") });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("no segment 999"));

        const QString txt = dir.filePath(QStringLiteral("t.txt"));
        QCOMPARE(cli({ QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("target"),
                       QStringLiteral("-o"), txt })
                     .exitCode,
                 0);
        QFile f(txt);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray exported = f.readAll();
        QVERIFY(exported.contains("Corrected."));
        QVERIFY(exported.contains("Third."));
        QVERIFY(exported.contains("Fourth."));
    }

    void project_errors_exitTwo()
    {
        QTemporaryDir dir;
        const QString notProject = QStringLiteral(BIREADER_TEST_DATA "/interleaved/zh_en_page.txt");
        const Run qa = cli({ QStringLiteral("qa"), notProject });
        QCOMPARE(qa.exitCode, 2);
        QVERIFY(qa.err.contains("not an SQLite database"));
        QCOMPARE(
            cli({ QStringLiteral("project"), QStringLiteral("create"), dir.filePath(QStringLiteral("x.bireader")) })
                .exitCode,
            2);
        QCOMPARE(cli({ QStringLiteral("glossary"), QStringLiteral("import"),
                       dir.filePath(QStringLiteral("none.bireader")), notProject })
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
