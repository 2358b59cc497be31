// The third hostile-input round (issue 24), what bireader-cli reads and writes back: inline
// codes of TMX and XLIFF, a glossary that cannot be read, corrections on standard input in
// another encoding. Each test failed before its fix.
#include "cliproject.h"

#include <QProcess>

using namespace clitest;

class TestCliFormats : public QObject
{
    Q_OBJECT

private slots:
    void inlineCodes_tokensInTheReader_tagsInTheExport_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("tmx") << "codes.tmx"
                             << QByteArray("<?xml version=\"1.0\"?><tmx version=\"1.4\"><header srclang=\"zh\"/><body>"
                                           "<tu><tuv xml:lang=\"zh\"><seg>点击<bpt i=\"1\">&lt;b&gt;</bpt>这里<ept "
                                           "i=\"1\">&lt;/b&gt;</ept>。</seg></tuv><tuv xml:lang=\"en\"><seg>Click <bpt "
                                           "i=\"1\">&lt;b&gt;</bpt>hear<ept i=\"1\">&lt;/b&gt;</ept>.</seg></tuv></tu>"
                                           "</body></tmx>")
                             << "tmx";
        QTest::newRow("xliff 1.2")
            << "codes.xlf"
            << QByteArray("<?xml version=\"1.0\"?><xliff version=\"1.2\" "
                          "xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file source-language=\"zh\" "
                          "target-language=\"en\" datatype=\"html\" original=\"a.html\"><body><trans-unit id=\"t1\">"
                          "<source>点击<bpt id=\"1\">&lt;b&gt;</bpt>这里<ept id=\"1\">&lt;/b&gt;</ept>。</source>"
                          "<target>Click <bpt id=\"1\">&lt;b&gt;</bpt>hear<ept id=\"1\">&lt;/b&gt;</ept>.</target>"
                          "</trans-unit></body></file></xliff>")
            << "xliff";
    }
    void inlineCodes_tokensInTheReader_tagsInTheExport()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, file);
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString input = writeFile(dir, name, file), project = dir.filePath(QStringLiteral("c.bireader"));
        QCOMPARE(cli({ QStringLiteral("project"), QStringLiteral("create"), project, QStringLiteral("--from"), input })
                     .exitCode,
                 0);
        const Run pairs = cli({ QStringLiteral("import"), input, QStringLiteral("--format"), QStringLiteral("tsv") });
        QVERIFY2(pairs.out.contains(QStringLiteral("Click \u27E81\u27E9hear\u27E8/1\u27E9.").toUtf8())
                     && !pairs.out.contains("<b>"),
                 pairs.out.constData());
        QCOMPARE(cli({ QStringLiteral("edit"), project, QStringLiteral("1"),
                       QStringLiteral("Click \u27E81\u27E9here\u27E8/1\u27E9.") })
                     .exitCode,
                 0);
        const QString out = dir.filePath(QStringLiteral("out.") + format);
        QCOMPARE(
            cli({ QStringLiteral("export"), project, QStringLiteral("--format"), format, QStringLiteral("-o"), out })
                .exitCode,
            0);
        const QByteArray back = readFile(out);
        QVERIFY2(back.contains("here<ept ") && back.contains("&lt;b&gt;</bpt>here"), back.constData());
        QVERIFY2(!back.contains("\xE2\x9F\xA8"), back.constData()); // no ⟨ left in the file
    }

    void brokenGlossary_namedEveryTime()
    {
        QTemporaryDir dir;
        const QString project = makeProject(dir);
        const QString team = writeFile(dir, QStringLiteral("team.csv"), "term,translation\n灯塔,beacon\n");
        QCOMPARE(cli({ QStringLiteral("glossary"), QStringLiteral("attach"), project, team }).exitCode, 0);
        writeFile(dir, QStringLiteral("team.csv"), "term,translation\n\"灯塔,beacon\n");
        for (int run = 0; run < 2; ++run) {
            const Run r = cli({ QStringLiteral("qa"), project });
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.err.contains("team.csv") && r.err.contains("not read"), r.err.constData());
        }
        QFile::remove(team);
        QVERIFY(cli({ QStringLiteral("qa"), project }).err.contains("team.csv"));
    }

    void editFromStandardInput_keepsSpacesAndReadsLegacyText()
    {
        QTemporaryDir dir;
        const QString project = makeProject(dir);
        QProcess p;
        p.start(kCli, { QStringLiteral("edit"), project });
        QVERIFY(p.waitForStarted());
        const QByteArray gbk = QByteArray::fromHex("b5c6cbfebadcb8dfa1a3"); // 灯塔很高。 in GBK
        p.write("1\t  spaced  \n2\t" + gbk + "\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(p.readAllStandardError().contains("GB18030"), "the legacy line is said");
        QCOMPARE(corrected(project, 0), QStringLiteral("  spaced  "));
        QCOMPARE(corrected(project, 1), QStringLiteral("灯塔很高。"));
    }
};

QTEST_GUILESS_MAIN(TestCliFormats)
#include "tst_cliformats.moc"
