#include "export/exporter.h"
#include "glossary/cedictreader.h"
#include "glossary/csvreader.h"
#include "text/safewrite.h"

#include <sys/stat.h>

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include "../support/segments.h"
#include <QXmlStreamReader>

using namespace bireader;
using bireader::testing::pairSegment;

namespace {

ProjectData sample()
{
    ProjectData p;
    p.document.sourceLanguage = QStringLiteral("zh");
    p.document.targetLanguage = QStringLiteral("en");
    p.document.title = QStringLiteral("The Lighthouse Keeper");
    p.document.segments
        = { pairSegment(QStringLiteral("今晚有雾。"), QStringLiteral("There is fog tonight.")),
            pairSegment(QStringLiteral("船需要光。"), QStringLiteral("Ship need light.")),
            pairSegment(QStringLiteral("评论"), QString()), pairSegment(QStringLiteral("跳转到导航"), QString()) };
    p.document.segments[1].corrected = SideText { QStringLiteral("The ships need the light."), {}, {} };
    p.document.segments[3].excluded = true;
    p.highlights
        = { { 0, Side::Source, { 2, 2 }, QStringLiteral("#ffd54f"), QStringLiteral("wù: fog | mist *not* smoke") },
            { 1, Side::Target, { 4, 5 }, QStringLiteral("#90caf9"), QStringLiteral("plural, fixed") } };
    p.vocabulary = { { QStringLiteral("雾"), QStringLiteral("wù"), QStringLiteral("fog, mist"),
                       QStringLiteral("今晚有雾。\n\"quoted\""), 0 } };
    return p;
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

private slots:
    void markdown_notesAndVocabulary()
    {
        const QString md = QString::fromUtf8(exportProject(sample(), ExportFormat::Markdown));
        QVERIFY(md.startsWith(QLatin1String("# The Lighthouse Keeper\n")));
        QVERIFY(md.contains(QStringLiteral("## Segment 1\n\n> 今晚有雾。\n>\n> There is fog tonight.")));
        QVERIFY(md.contains(QStringLiteral("- **有雾**: wù: fog \\| mist \\*not\\* smoke")));
        QVERIFY(md.contains(QStringLiteral("> The ships need the light."))); // the correction, not the MT
        QVERIFY(md.contains(QStringLiteral("| 雾 | wù | fog, mist |")));
        QVERIFY(!md.contains(QLatin1String("Segment 3")));
    }

    void html_twoColumnsHighlightsAndNoExcluded()
    {
        const QString html = QString::fromUtf8(exportProject(sample(), ExportFormat::Html));
        QVERIFY(html.contains(QStringLiteral(
            "今晚<mark style=\"background:#ffd54f\" title=\"wù: fog | mist *not* smoke\">有雾</mark>。")));
        QVERIFY(html.contains(QLatin1String("class=\"corrected\">The <mark")));
        QVERIFY(!html.contains(QStringLiteral("跳转到导航")));
        QVERIFY(html.contains(QLatin1String("Content-Security-Policy")));
    }

    void html_escapesAllUserText()
    {
        ProjectData p = sample();
        p.document.title = QStringLiteral("<script>alert(1)</script>");
        p.document.segments[0].source.text = QStringLiteral("<script>alert('x')</script>今晚有雾。");
        p.document.segments[0].target.text = QStringLiteral("<a href=\"javascript:alert(1)\">fog</a>");
        p.highlights[0].note = QStringLiteral("\"><img src=x onerror=alert(1)>");
        p.highlights[0].color = QStringLiteral("red;background:url(javascript:alert(1))");
        p.vocabulary[0].gloss = QStringLiteral("<iframe src=//evil>");
        const QString html = QString::fromUtf8(exportProject(p, ExportFormat::Html));
        for (const char *live : { "<script", "<img", "<a ", "<iframe", "onerror=alert(1)>", "url(javascript" })
            QVERIFY2(!html.contains(QLatin1String(live)), live);
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
    }

    void tmx_pairsWithCorrectionsAndNotes()
    {
        QXmlStreamReader xml(exportProject(sample(), ExportFormat::Tmx));
        int units = 0;
        QStringList segs, notes;
        QString srclang;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("tmx"))
                QCOMPARE(xml.attributes().value(QLatin1String("version")).toString(), QStringLiteral("1.4"));
            else if (xml.name() == QLatin1String("header"))
                srclang = xml.attributes().value(QLatin1String("srclang")).toString();
            else if (xml.name() == QLatin1String("tu"))
                ++units;
            else if (xml.name() == QLatin1String("seg"))
                segs << xml.readElementText();
            else if (xml.name() == QLatin1String("note"))
                notes << xml.readElementText();
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(srclang, QStringLiteral("zh"));
        QCOMPARE(units, 2); // unpaired and excluded segments are not translation units
        QCOMPARE(segs,
                 (QStringList { "今晚有雾。", "There is fog tonight.", "船需要光。", "The ships need the light." }));
        QCOMPARE(notes.size(), 2);
    }

    void anki_csvWithHeaderLinesAndQuoting()
    {
        const QString csv = QString::fromUtf8(exportProject(sample(), ExportFormat::Anki));
        QVERIFY(csv.startsWith(QLatin1String("#separator:Comma\n#html:false\n#columns:Front,Back,Reading,Context,"
                                             "Source,GUID\n#guid column:6\n")));
        const QList<QStringList> rows = parseCsv(csv.section(QLatin1Char('\n'), 4), QLatin1Char(','));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].mid(0, 5),
                 (QStringList { "雾", "fog, mist", "wù", "今晚有雾。\n\"quoted\"", "The Lighthouse Keeper, 1" }));
        QCOMPARE(rows[0][5].size(), 16);
    }

    void anki_noteIdsStayTheSameAcrossExports()
    {
        ProjectData p = sample();
        const QByteArray first = exportProject(p, ExportFormat::Anki);
        p.vocabulary[0].gloss = QStringLiteral("fog"); // edited since: the same card, updated
        p.vocabulary.append({ QStringLiteral("船"), QStringLiteral("chuán"), QStringLiteral("ship"), {}, 1 });
        const QList<QStringList> a = parseCsv(QString::fromUtf8(first).section(QLatin1Char('\n'), 4), QLatin1Char(','));
        const QList<QStringList> b = parseCsv(
            QString::fromUtf8(exportProject(p, ExportFormat::Anki)).section(QLatin1Char('\n'), 4), QLatin1Char(','));
        QCOMPARE(b.size(), 2);
        QCOMPARE(b[0][5], a[0][5]);
        QVERIFY(b[1][5] != a[0][5]);
    }

    void html_ruby_pinyinOverTheChineseWords()
    {
        QByteArray bytes("霧 雾 [wu4] /fog/\n今晚 今晚 [jin1 wan3] /tonight/\n");
        QBuffer b(&bytes);
        b.open(QIODevice::ReadOnly);
        Dictionary dict;
        QVERIFY(readCedict(b, QStringLiteral("d"), dict).ok());
        ExportOptions options;
        options.ruby = true;
        options.dictionary = &dict;
        const QString html = QString::fromUtf8(exportProject(sample(), ExportFormat::Html, options));
        QVERIFY2(html.contains(QStringLiteral("<ruby>今晚<rt>jīn wǎn</rt></ruby>")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<ruby>雾<rt>wù</rt></ruby>")));
        QVERIFY(!html.contains(QStringLiteral("<ruby>There"))); // the English side has none
        QVERIFY(!QString::fromUtf8(exportProject(sample(), ExportFormat::Html)).contains(QLatin1String("<ruby>")));
    }

    void ankiCloze_wordBlankedInItsSentence_translationOnTheBack()
    {
        ProjectData p = sample();
        p.vocabulary = { { QStringLiteral("雾"), QStringLiteral("wù"), QStringLiteral("fog, mist"),
                           QStringLiteral("今晚有雾。"), 0 },
                         { QStringLiteral("光"), QStringLiteral("guāng"), QStringLiteral("light"),
                           QStringLiteral("船需要光。"), 1 } };
        const QString csv = QString::fromUtf8(exportProject(p, ExportFormat::AnkiCloze));
        QVERIFY(csv.startsWith(QLatin1String("#separator:Comma\n#html:false\n#notetype:Cloze\n"
                                             "#columns:Text,Back Extra,GUID\n#guid column:3\n")));
        const QList<QStringList> rows = parseCsv(csv.section(QLatin1Char('\n'), 5), QLatin1Char(','));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0][0], QStringLiteral("今晚有{{c1::雾}}。"));
        QCOMPARE(rows[0][1], QStringLiteral("wù · fog, mist · There is fog tonight. · The Lighthouse Keeper, 1"));
        QCOMPARE(rows[1][1], QStringLiteral("guāng · light · The ships need the light. · The Lighthouse Keeper, 2"));
        QCOMPARE(exportFormatFromName(QStringLiteral("anki-cloze")), std::optional(ExportFormat::AnkiCloze));
    }

    void text_interleavedOrTargetOnly()
    {
        QCOMPARE(
            QString::fromUtf8(exportProject(sample(), ExportFormat::Text)),
            QStringLiteral("今晚有雾。\nThere is fog tonight.\n\n船需要光。\nThe ships need the light.\n\n评论\n\n"));
        QCOMPARE(QString::fromUtf8(exportProject(sample(), ExportFormat::TargetText)),
                 QStringLiteral("There is fog tonight.\nThe ships need the light.\n"));
    }

    void exportToFullDisk_isAnErrorAndTheDeviceStays()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full here");
        const QString e = exportToFile(sample(), ExportFormat::Html, QStringLiteral("/dev/full")).error();
        QVERIFY2(e.startsWith(QLatin1String("/dev/full: cannot be written")), qPrintable(e));
        QVERIFY(isSpecialFile(QStringLiteral("/dev/full"))); // not renamed over
        QCOMPARE(exportToFile(sample(), ExportFormat::Html, QStringLiteral("/dev/null")).error(), QString());
    }

    void exportOverAFifo_isRefusedAndTheFifoStays()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.md"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(
            exportToFile(sample(), ExportFormat::Markdown, fifo).error().contains(QLatin1String("not a regular file")));
        QVERIFY(isSpecialFile(fifo));
    }

    void exportToFile_atomicAndErrorsNameTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.md"));
        QCOMPARE(exportToFile(sample(), ExportFormat::Markdown, path).error(), QString());
        QVERIFY(QFile(path).size() > 0);
        const QString bad = dir.filePath(QStringLiteral("no/such/dir/notes.md"));
        QVERIFY(exportToFile(sample(), ExportFormat::Markdown, bad)
                    .error()
                    .startsWith(bad + QLatin1String(": cannot be written")));
        QCOMPARE(exportFormatFromName(QStringLiteral("anki")), std::optional<ExportFormat>(ExportFormat::Anki));
        QVERIFY(!exportFormatFromName(QStringLiteral("docx")));
    }

    // D11: an Anki CSV cell that starts like a formula gets a ' before it.
    void anki_formulaCellsDefused()
    {
        ProjectData p = sample();
        p.vocabulary.append({ QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("@x"), QStringLiteral("+1+1"),
                              QStringLiteral("-1"), 0 });
        const QByteArray csv = exportProject(p, ExportFormat::Anki);
        QVERIFY2(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\",'+1+1,'@x,'-1"), csv.constData());
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
