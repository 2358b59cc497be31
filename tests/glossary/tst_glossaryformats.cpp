#include "glossary/csvreader.h"
#include "glossary/glossaryformats.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bireader;

namespace {

GlossaryReadResult read(const QByteArray &data, GlossaryFormat format)
{
    QByteArray bytes = data;
    QBuffer b(&bytes);
    return readGlossary(b, QStringLiteral("terms.file"), format);
}

Glossary sample()
{
    Glossary g;
    g.sourceLanguage = QStringLiteral("zh");
    g.targetLanguage = QStringLiteral("en");
    g.entries.append({ QStringLiteral("暗涌"),
                       { QStringLiteral("Undercurrent") },
                       { QStringLiteral("Dark Surge"), QStringLiteral("Dark Yong") },
                       QStringLiteral("the magazine's name"),
                       {} });
    g.entries.append({ QStringLiteral("幻方"),
                       { QStringLiteral("High-Flyer"), QStringLiteral("Huanfang") },
                       {},
                       QStringLiteral("a fund, \"not\" a magic square, see notes\nline two"),
                       {} });
    g.entries.append({ QStringLiteral("灯塔"), {}, {}, {}, {} });
    return g;
}

} // namespace

class TestGlossaryFormats : public QObject
{
    Q_OBJECT

private slots:
    void csv_quotedCommasQuotesAndNewlines()
    {
        const QList<QStringList> rows
            = parseCsv(u"a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",x,\n\n", QLatin1Char(','));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0], (QStringList { "a", "b, c", "say \"hi\"" }));
        QCOMPARE(rows[1], (QStringList { "multi\nline", "x", "" }));
    }

    void csv_unterminatedQuote_isAnError()
    {
        const GlossaryReadResult r = read("term,translation\n暗涌,\"Undercurrent\n", GlossaryFormat::Csv);
        QVERIFY(!r.ok());
        QVERIFY(r.error.startsWith(QLatin1String("terms.file: unterminated quoted field starting on line 2")));
    }

    void csv_headerNamesColumnsAndRowsMerge()
    {
        const GlossaryReadResult r = read("note,Term,Translation\n"
                                          "the magazine,暗涌,Undercurrent\n"
                                          ",暗涌,Dark Current\n"
                                          "no term here,,Orphan\n",
                                          GlossaryFormat::Csv);
        QVERIFY(r.ok());
        QCOMPARE(r.skippedRows, 1);
        QCOMPARE(r.glossary.entries.size(), 1);
        QCOMPARE(r.glossary.entries[0].approved, (QStringList { "Undercurrent", "Dark Current" }));
        QCOMPARE(r.glossary.entries[0].note, QStringLiteral("the magazine"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(GlossaryFormat::Csv);
        QTest::newRow("tbx") << int(GlossaryFormat::Tbx);
    }
    void roundTrip()
    {
        QFETCH(int, format);
        const Glossary g = sample();
        const GlossaryReadResult r = read(writeGlossary(g, GlossaryFormat(format)), GlossaryFormat(format));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.glossary.entries, g.entries);
        if (format == int(GlossaryFormat::Tbx)) {
            QCOMPARE(r.glossary.sourceLanguage, QStringLiteral("zh"));
            QCOMPARE(r.glossary.targetLanguage, QStringLiteral("en"));
        }
    }

    void tsv_flattensTabsAndNewlines()
    {
        const GlossaryReadResult r = read(writeGlossary(sample(), GlossaryFormat::Tsv), GlossaryFormat::Tsv);
        QVERIFY(r.ok());
        QCOMPARE(r.glossary.entries.size(), 3);
        QCOMPARE(r.glossary.entries[1].note, QStringLiteral("a fund, \"not\" a magic square, see notes line two"));
        QCOMPARE(r.glossary.entries[0].forbidden, (QStringList { "Dark Surge", "Dark Yong" }));
    }

    void tbx2019_conceptEntriesAndDeprecatedTerms()
    {
        const GlossaryReadResult r = read(
            "<?xml version=\"1.0\"?><tbx type=\"TBX-Basic\" xml:lang=\"zh\" xmlns=\"urn:iso:std:iso:30042:ed-2\">"
            "<text><body><conceptEntry id=\"c1\"><descrip type=\"definition\">a fund</descrip>"
            "<langSec xml:lang=\"zh\"><termSec><term>幻方</term></termSec></langSec>"
            "<langSec xml:lang=\"en\"><termSec><term>High-Flyer</term>"
            "<termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote></termSec>"
            "<termSec><term>magic party</term><termNote "
            "type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"
            "</termSec></langSec></conceptEntry></body></text></tbx>",
            GlossaryFormat::Tbx);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.glossary.entries.size(), 1);
        const TermEntry &e = r.glossary.entries[0];
        QCOMPARE(e.source, QStringLiteral("幻方"));
        QCOMPARE(e.approved, QStringList { "High-Flyer" });
        QCOMPARE(e.forbidden, QStringList { "magic party" });
        QCOMPARE(e.note, QStringLiteral("a fund"));
    }

    void tbx_billionLaughs_isRefusedNotExpanded()
    {
        QByteArray doc = "<?xml version=\"1.0\"?><!DOCTYPE martif [<!ENTITY a \"aaaaaaaaaa\">";
        for (int i = 1; i < 10; ++i)
            doc += QStringLiteral("<!ENTITY %1 \"%2\">")
                       .arg(QChar('a' + i))
                       .arg(QString(QStringLiteral("&%1;").arg(QChar('a' + i - 1))).repeated(10))
                       .toUtf8();
        doc += "]><martif><text><body><termEntry><langSet xml:lang=\"zh\"><tig><term>&j;</term></tig></langSet>"
               "</termEntry></body></text></martif>";
        const GlossaryReadResult r = read(doc, GlossaryFormat::Tbx);
        QVERIFY(!r.ok());
        QVERIFY(r.error.startsWith(QLatin1String("terms.file: not valid TBX")));
    }

    void tbx_externalEntity_isNotFetched()
    {
        const GlossaryReadResult r = read(
            "<?xml version=\"1.0\"?><!DOCTYPE martif [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
            "<martif><text><body><termEntry><langSet xml:lang=\"zh\"><tig><term>灯塔&x;</term></tig></langSet>"
            "<langSet xml:lang=\"en\"><tig><term>lighthouse</term></tig></langSet></termEntry></body></text></martif>",
            GlossaryFormat::Tbx);
        QFile host(QStringLiteral("/etc/hostname"));
        const QByteArray secret = host.open(QIODevice::ReadOnly) ? host.readAll().trimmed() : QByteArray("no-such");
        for (const TermEntry &e : r.glossary.entries)
            QVERIFY(!e.source.toUtf8().contains(secret));
    }

    void notTbx_isAClearError()
    {
        QVERIFY(read("term,translation\n", GlossaryFormat::Tbx)
                    .error.startsWith(QLatin1String("terms.file: not valid TBX")));
        QVERIFY(read("<html><body/></html>", GlossaryFormat::Tbx).error.contains(QLatin1String("no term entries")));
    }

    void saveAndLoadFiles_byExtension()
    {
        QTemporaryDir dir;
        for (const char *name : { "g.csv", "g.tsv", "g.tbx" }) {
            const QString path = dir.filePath(QLatin1String(name));
            QCOMPARE(saveGlossaryFile(sample(), path).error(), QString());
            const GlossaryReadResult r = loadGlossaryFile(path);
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.glossary.entries.size(), 3);
        }
        QVERIFY(saveGlossaryFile(sample(), dir.filePath(QStringLiteral("g.docx")))
                    .error()
                    .contains(QLatin1String("unknown glossary format")));
        QVERIFY(!saveGlossaryFile(sample(), dir.filePath(QStringLiteral("missing/dir/g.csv"))).ok());
        QVERIFY(
            loadGlossaryFile(dir.filePath(QStringLiteral("none.csv"))).error.contains(QLatin1String("no such file")));
    }

    void failedSave_leavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("g.csv"));
        QCOMPARE(saveGlossaryFile(sample(), path).error(), QString());
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        QFile probe(dir.filePath(QStringLiteral("probe")));
        if (probe.open(QIODevice::WriteOnly)) // root ignores directory permissions
            QSKIP("running as root: cannot make the directory read-only");
        Glossary other;
        other.entries.append({ QStringLiteral("新"), { QStringLiteral("new") }, {}, {}, {} });
        QVERIFY(!saveGlossaryFile(other, path).ok());
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(loadGlossaryFile(path).glossary.entries.size(), 3);
    }

    // D11: cells a spreadsheet would run as formulas are written with a ' before them
    // (OWASP), and read back unchanged.
    void csvAndTsv_formulasDefused_andReadBackUnchanged_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(GlossaryFormat::Csv);
        QTest::newRow("tsv") << int(GlossaryFormat::Tsv);
    }
    void csvAndTsv_formulasDefused_andReadBackUnchanged()
    {
        QFETCH(int, format);
        Glossary g;
        const QStringList risky { QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                                  QStringLiteral("@SUM(A1:A2)"),
                                  QStringLiteral("+1+1"),
                                  QStringLiteral("-2+3"),
                                  QStringLiteral("'=quoted"),
                                  QStringLiteral("''"),
                                  QStringLiteral("'twas") };
        for (const QString &r : risky)
            g.entries.append({ QStringLiteral("词") + QString::number(g.entries.size()), { r }, {}, r, {} });
        const QByteArray bytes = writeGlossary(g, GlossaryFormat(format));
        for (const QByteArray &line : bytes.split('\n').mid(1))
            for (const QByteArray &cell : line.split(format == int(GlossaryFormat::Csv) ? ',' : '\t')) {
                const QByteArray c = cell.startsWith('"') ? cell.mid(1) : cell;
                QVERIFY2(c.isEmpty() || !QByteArray("=+-@").contains(c.front()), line.constData());
            }
        const GlossaryReadResult r = read(bytes, GlossaryFormat(format));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.glossary.entries, g.entries);
    }

    // D4: deep nesting inside <term> is an error naming the file, not a stack overflow.
    void tbx_deeplyNestedTerm_isAnError()
    {
        QByteArray deep;
        for (int i = 0; i < 60000; ++i)
            deep += "<hi>";
        for (int i = 0; i < 60000; ++i)
            deep += "</hi>";
        const GlossaryReadResult r = read("<?xml version=\"1.0\"?><martif type=\"TBX\" xml:lang=\"zh\"><text><body>"
                                          "<termEntry><langSet xml:lang=\"zh\"><tig><term>"
                                              + deep + "</term></tig></langSet></termEntry></body></text></martif>",
                                          GlossaryFormat::Tbx);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(QLatin1String("terms.file: ")) && r.error.contains(QLatin1String("nested")),
                 qPrintable(r.error));
    }

    // D9: a merge of many entries is one pass (the import of 300,000 rows took minutes).
    // Round 3: what a spreadsheet or a termbase gives, read as the user meant it.
    void csvNamedFile_separatedByTabsOrSemicolons_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("tabs") << QByteArray("灯塔\tlighthouse\n台阶\tsteps, stairs\n");
        QTest::newRow("semicolons") << QByteArray("灯塔;lighthouse\n台阶;steps, stairs\n");
    }
    void csvNamedFile_separatedByTabsOrSemicolons()
    {
        QFETCH(QByteArray, bytes);
        const GlossaryReadResult r = read(bytes, GlossaryFormat::Csv);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.glossary.entries.size(), 2);
        QCOMPARE(r.glossary.entries[1].source, QStringLiteral("台阶"));
        QCOMPARE(r.glossary.entries[1].approved, QStringList { QStringLiteral("steps, stairs") });
    }
    void languageNamesHeader_isAHeader()
    {
        const GlossaryReadResult r = read("Chinese,English\n灯塔,lighthouse\n", GlossaryFormat::Csv);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.glossary.entries.size(), 1);
        QCOMPARE(r.glossary.entries[0].source, QStringLiteral("灯塔"));
    }
    void prose_isNotAGlossary()
    {
        const GlossaryReadResult r
            = read("The keeper climbed the steps every evening.\nThere was fog.\n老周笑了。\n", GlossaryFormat::Tsv);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(QLatin1String("terms.file: ")) && r.error.contains(QLatin1String("translation")),
                 qPrintable(r.error));
    }
    void tbxTheOtherWayRound_isTurnedForTheProject()
    {
        const GlossaryReadResult r
            = read("<?xml version=\"1.0\"?><martif type=\"TBX\" xml:lang=\"en\"><text><body><termEntry>"
                   "<langSet xml:lang=\"en\"><tig><term>lighthouse</term></tig></langSet>"
                   "<langSet xml:lang=\"zh\"><tig><term>灯塔</term></tig></langSet></termEntry></body></text></martif>",
                   GlossaryFormat::Tbx);
        QVERIFY2(r.ok(), qPrintable(r.error));
        Glossary g = r.glossary;
        QVERIFY(orientGlossary(g, QStringLiteral("zh-CN"), QStringLiteral("en")));
        QCOMPARE(g.sourceLanguage, QStringLiteral("zh"));
        QCOMPARE(g.entries.size(), 1);
        QCOMPARE(g.entries[0].source, QStringLiteral("灯塔"));
        QCOMPARE(g.entries[0].approved, QStringList { QStringLiteral("lighthouse") });
        QVERIFY(!orientGlossary(g, QStringLiteral("zh"), QStringLiteral("en"))); // the right way round stays
    }

    void mergeMany_sameAsOneByOne()
    {
        Glossary one = sample(), many = sample();
        QList<TermEntry> more {
            { QStringLiteral("灯塔"), { QStringLiteral("lighthouse") }, {}, {}, {} },
            { QStringLiteral("暗涌"), { QStringLiteral("LatePost") }, {}, QStringLiteral("renamed"), {} },
            { QStringLiteral("新词"), { QStringLiteral("new") }, {}, {}, {} },
            { QStringLiteral("新词"), { QStringLiteral("newer") }, {}, {}, {} }
        };
        for (const TermEntry &e : more)
            one.merge(e);
        many.merge(more);
        QCOMPARE(many.entries, one.entries);
    }
};

QTEST_GUILESS_MAIN(TestGlossaryFormats)
#include "tst_glossaryformats.moc"
