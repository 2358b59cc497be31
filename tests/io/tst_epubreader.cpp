#include "glossary/cedictreader.h"
#include "io/epubreader.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include <unicode/ucnv.h>
#include <zip.h>

using namespace bireader;

namespace {

using Entries = QList<std::pair<QString, QByteArray>>;

// Writes a zip with libzip and returns its bytes.
QByteArray makeZip(const Entries &entries)
{
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("book.epub")).toUtf8();
    int err = 0;
    zip_t *z = zip_open(path.constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    QList<QByteArray> keep = {};
    for (const auto &[name, data] : entries) {
        keep.append(data);
        zip_source_t *s = zip_source_buffer(z, keep.back().constData(), zip_uint64_t(keep.back().size()), 0);
        zip_file_add(z, name.toUtf8().constData(), s, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
    }
    zip_close(z);
    QFile f(QString::fromUtf8(path));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

QByteArray chapter(const QStringList &paragraphs)
{
    QString body;
    for (const QString &p : paragraphs)
        body += QStringLiteral("<p>%1</p>").arg(p);
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                          "<head><title>c</title></head><body>%1</body></html>")
        .arg(body)
        .toUtf8();
}

// Encoded with ICU, as another program would have saved the chapter.
QByteArray encode(const QString &text, const char *encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    QByteArray out(text.size() * 4 + 16, '\0');
    const int32_t n = ucnv_convert(encoding, "UTF-16LE", out.data(), int32_t(out.size()),
                                   reinterpret_cast<const char *>(text.utf16()), int32_t(text.size() * 2), &status);
    out.resize(U_SUCCESS(status) ? n : 0);
    return out;
}

// A book of one chapter given as bytes.
QByteArray bookWithChapterBytes(const QByteArray &chapterBytes, const QByteArray &itemref = "<itemref idref=\"c\"/>")
{
    const Entries entries = {
        { QStringLiteral("mimetype"), "application/epub+zip" },
        { QStringLiteral("META-INF/container.xml"),
          "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
          "<rootfiles><rootfile full-path=\"c.opf\" "
          "media-type=\"application/oebps-package+xml\"/></rootfiles></container>" },
        { QStringLiteral("c.opf"),
          "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\"><metadata/>"
          "<manifest><item id=\"c\" href=\"c.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
          "<spine>"
              + itemref + "</spine></package>" },
        { QStringLiteral("c.xhtml"), chapterBytes },
    };
    return makeZip(entries);
}

QByteArray book(const QString &lang, const QList<QStringList> &chapters, const QString &extraSpine = {})
{
    QString manifest, spine;
    Entries entries = {
        { QStringLiteral("mimetype"), "application/epub+zip" },
        { QStringLiteral("META-INF/container.xml"),
          "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
          "<rootfiles><rootfile full-path=\"OEBPS/content.opf\" "
          "media-type=\"application/oebps-package+xml\"/></rootfiles></container>" }
    };
    for (qsizetype i = 0; i < chapters.size(); ++i) {
        manifest += QStringLiteral("<item id=\"c%1\" href=\"text/ch%1.xhtml\" media-type=\"application/xhtml+xml\"/>")
                        .arg(i);
        spine += QStringLiteral("<itemref idref=\"c%1\"/>").arg(i);
        entries.append({ QStringLiteral("OEBPS/text/ch%1.xhtml").arg(i), chapter(chapters[i]) });
    }
    spine += extraSpine;
    entries.append(
        { QStringLiteral("OEBPS/content.opf"),
          QStringLiteral("<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
                         "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>灯塔</dc:title>"
                         "<dc:language>%1</dc:language></metadata><manifest>%2</manifest><spine>%3</spine></package>")
              .arg(lang, manifest, spine)
              .toUtf8() });
    return makeZip(entries);
}

ImportResult readBook(QByteArray bytes)
{
    QBuffer b(&bytes);
    return EpubReader().read(b, QStringLiteral("book.epub"), {});
}

QString epubError(QByteArray bytes)
{
    QBuffer b(&bytes);
    return readEpub(b, QStringLiteral("book.epub")).error;
}

} // namespace

class TestEpubReader : public QObject
{
    Q_OBJECT

private slots:
    void bilingualBook_pairsParagraphsInSpineOrder()
    {
        const ImportResult r = readBook(book(
            QStringLiteral("zh"),
            { { QStringLiteral("今晚有雾。"), QStringLiteral("There is fog tonight."), QStringLiteral("船需要光。"),
                QStringLiteral("Ships need light.") },
              { QStringLiteral("老周笑了，没有回答。"), QStringLiteral("Old Zhou smiled and did not answer.") } }));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.document.title, QStringLiteral("灯塔"));
        QCOMPARE(r.document.pairedCount(), 3);
        QCOMPARE(r.document.segments[2].target.text, QStringLiteral("Old Zhou smiled and did not answer."));
    }

    void twoBooks_chaptersThenParagraphs()
    {
        QByteArray zh = book(QStringLiteral("zh"),
                             { { QStringLiteral("第一章"), QStringLiteral("老周在北角灯塔工作了三十二年。"),
                                 QStringLiteral("每天傍晚，他都要爬一百一十八级台阶。") },
                               { QStringLiteral("第二章"), QStringLiteral("今晚有雾，船会比平时更需要光。") } });
        QByteArray en
            = book(QStringLiteral("en"),
                   { { QStringLiteral("Preface"),
                       QStringLiteral("A note on this edition: names are given in pinyin, as the author wished.") },
                     { QStringLiteral("Chapter 1"),
                       QStringLiteral("Old Zhou worked at the North Cape lighthouse for thirty-two years."),
                       QStringLiteral("Every evening he climbed the 118 steps.") },
                     { QStringLiteral("Chapter 2"),
                       QStringLiteral("There is fog tonight, and the ships will need the light more than usual.") } });
        // The reader works with a dictionary (CC-CEDICT in the app); a few entries do here.
        Dictionary dict;
        QByteArray entries(
            QStringLiteral(
                "第一章 第一章 [di4 yi1 zhang1] /chapter one/\n第二章 第二章 [di4 er4 zhang1] /chapter two/\n"
                "燈塔 灯塔 [deng1 ta3] /lighthouse/\n工作 工作 [gong1 zuo4] /to work/\n"
                "傍晚 傍晚 [bang4 wan3] /evening/\n台階 台阶 [tai2 jie1] /steps/\n霧 雾 [wu4] /fog/\n"
                "船 船 [chuan2] /ship/\n光 光 [guang1] /light/\n")
                .toUtf8());
        QBuffer d(&entries);
        QVERIFY(readCedict(d, QStringLiteral("t"), dict).ok());
        ImportOptions options;
        options.dictionary = &dict;
        QBuffer a(&zh), b(&en);
        const ImportResult r = importEpubPair(a, QStringLiteral("zh.epub"), b, QStringLiteral("en.epub"), options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        // Every content paragraph pairs with its translation; the translator's preface never
        // pairs with content. (Known limit: with this little text the preface joins the
        // chapter-title bead instead of standing alone; deletions are dear on small inputs.)
        const QList<Segment> &s = r.document.segments;
        auto targetOf = [&](const QString &zh) {
            for (const Segment &seg : s)
                if (seg.source.text == zh)
                    return seg.target.text;
            return QString();
        };
        QCOMPARE(targetOf(QStringLiteral("老周在北角灯塔工作了三十二年。")),
                 QStringLiteral("Old Zhou worked at the North Cape lighthouse for thirty-two years."));
        QCOMPARE(targetOf(QStringLiteral("每天傍晚，他都要爬一百一十八级台阶。")),
                 QStringLiteral("Every evening he climbed the 118 steps."));
        QCOMPARE(targetOf(QStringLiteral("第二章")), QStringLiteral("Chapter 2"));
        QCOMPARE(targetOf(QStringLiteral("今晚有雾，船会比平时更需要光。")),
                 QStringLiteral("There is fog tonight, and the ships will need the light more than usual."));
    }

    void unsafePath_isRefused()
    {
        const QString e = epubError(makeZip({ { QStringLiteral("META-INF/container.xml"), "<container/>" },
                                              { QStringLiteral("../evil.xhtml"), "<p>x</p>" } }));
        QVERIFY2(e.contains(QLatin1String("unsafe path in the archive: ../evil.xhtml")), qPrintable(e));
    }

    void missingSpineItem_isAClearError()
    {
        const QString e = epubError(book(QStringLiteral("zh"), { { QStringLiteral("今晚有雾。") } },
                                         QStringLiteral("<itemref idref=\"lost\"/>")));
        QVERIFY2(e.contains(QLatin1String("the spine names lost")), qPrintable(e));
    }

    // Round 3: a book whose every spine item is marked auxiliary still has its text.
    void everySpineItemNonLinear_isReadAnyway()
    {
        QByteArray bytes
            = bookWithChapterBytes(chapter({ QStringLiteral("今晚有雾。"), QStringLiteral("Fog tonight.") }),
                                   "<itemref idref=\"c\" linear=\"no\"/>");
        QBuffer b(&bytes);
        const EpubBook book = readEpub(b, QStringLiteral("book.epub"));
        QVERIFY2(book.error.isEmpty(), qPrintable(book.error));
        QVERIFY(!book.chapters.isEmpty());
    }

    void zipBomb_isRefusedByTheLimit()
    {
        const QByteArray zeros(70 * 1024 * 1024, '\0');
        const QString e
            = epubError(makeZip({ { QStringLiteral("META-INF/container.xml"),
                                    "<container><rootfiles><rootfile full-path=\"big.opf\"/></rootfiles></container>" },
                                  { QStringLiteral("big.opf"), zeros } }));
        QVERIFY2(e.contains(QLatin1String("larger than the limit")), qPrintable(e));
    }

    void notAZip_isAClearError()
    {
        QVERIFY(epubError("just text, not a zip").startsWith(QLatin1String("book.epub: not an EPUB book")));
        QVERIFY(epubError(makeZip({ { QStringLiteral("hello.txt"), "hi" } }))
                    .contains(QLatin1String("does not contain META-INF/container.xml")));
    }

    // D6: chapters are decoded as pages are: a GBK chapter declared in its XML declaration,
    // in a <meta>, or not at all, and a UTF-16 chapter with its byte-order mark.
    void chaptersInOtherEncodings_readRight_data()
    {
        const QString page
            = QStringLiteral("<html><head>%1<title>c</title></head><body><p>老周在北角灯塔工作了三十二年。</p>"
                             "<p>Old Zhou worked at the North Cape lighthouse.</p></body></html>");
        auto gbk = [](const QString &s) { return encode(s, "GBK"); };
        QTest::addColumn<QByteArray>("chapter");
        QTest::newRow("gbk, xml declaration")
            << gbk(QStringLiteral("<?xml version=\"1.0\" encoding=\"GBK\"?>") + page.arg(QString()));
        QTest::newRow("gbk, meta") << gbk(page.arg(QStringLiteral("<meta charset=\"gbk\"/>")));
        QTest::newRow("gbk, undeclared") << gbk(page.arg(QString()));
        QTest::newRow("utf-16 with bom") << QByteArray("\xFF\xFE") + encode(page.arg(QString()), "UTF-16LE");
    }
    void chaptersInOtherEncodings_readRight()
    {
        QFETCH(QByteArray, chapter);
        const ImportResult r = readBook(bookWithChapterBytes(chapter));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.document.pairedCount(), 1);
        QCOMPARE(r.document.segments[0].source.text, QStringLiteral("老周在北角灯塔工作了三十二年。"));
    }
};

QTEST_GUILESS_MAIN(TestEpubReader)
#include "tst_epubreader.moc"
