#include "io/htmlreader.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace bireader;

namespace {

const QString kData = QStringLiteral(BIREADER_TEST_DATA "/html/");

QStringList texts(const QList<Paragraph> &ps)
{
    QStringList out;
    for (const Paragraph &p : ps)
        out << p.text;
    return out;
}

} // namespace

class TestHtmlReader : public QObject
{
    Q_OBJECT

private slots:
    void immersiveTranslate_markersPairExactly()
    {
        QFile f(kData + QStringLiteral("immersive.html"));
        const ImportResult r = HtmlReader().read(f, QStringLiteral("immersive.html"), {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Document &d = r.document;
        QCOMPARE(d.sourceLanguage, QStringLiteral("zh"));
        QCOMPARE(d.targetLanguage, QStringLiteral("en"));
        QCOMPARE(d.title, QStringLiteral("灯塔守护人"));
        QCOMPARE(d.segments.size(), 4);
        QCOMPARE(d.segments[0].source.text, QStringLiteral("灯塔守护人"));
        QCOMPARE(d.segments[0].target.text, QStringLiteral("The Lighthouse Keeper"));
        QCOMPARE(d.segments[2].source.text, QStringLiteral("code <kept> untranslated")); // unmarked: unpaired
        QVERIFY(d.segments[2].target.isEmpty());
        QCOMPARE(d.segments[3].source.text, QStringLiteral("今晚有雾，船会比平时更需要光。"));
        QCOMPARE(d.segments[3].target.text, QStringLiteral("There is fog tonight & the ships will need the light."));
        for (const Segment &s : d.segments)
            for (const char *furniture : { "首页", "不要读我", "color", "沙发", "版权" })
                QVERIFY2(!s.source.text.contains(QString::fromUtf8(furniture)), furniture);
    }

    void plainArticle_blocksInOrderFurnitureOut_metaCharsetHonoured()
    {
        QFile f(kData + QStringLiteral("article.zh.html")); // GB2312, declared in <meta>
        const HtmlArticle a = readHtmlArticle(f, QStringLiteral("article.zh.html"));
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QCOMPARE(a.encoding, QStringLiteral("gb2312"));
        QCOMPARE(
            texts(a.paragraphs),
            (QStringList { QStringLiteral("灯塔守护人"), QStringLiteral("老周在北角灯塔工作了三十二年。"),
                           QStringLiteral("今晚有雾，船会比平时更需要光。"), QStringLiteral("第一条：点灯。"),
                           QStringLiteral("第二条：记录。"), QStringLiteral("年份"), QStringLiteral("一九九八") }));
    }

    void pageWithoutMarkers_pairsBlocksByScript()
    {
        QByteArray html = QStringLiteral("<html><body><p>今晚有雾。</p><p>There is fog tonight.</p>"
                                         "<p>船需要光。</p><p>Ships need light.</p></body></html>")
                              .toUtf8();
        QBuffer b(&html);
        const ImportResult r = HtmlReader().read(b, QStringLiteral("page.html"), {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.document.pairedCount(), 2);
    }

    void notAPage_isAClearError()
    {
        QByteArray empty("<html><body><nav>menu</nav></body></html>");
        QBuffer b(&empty);
        QVERIFY(HtmlReader()
                    .read(b, QStringLiteral("nav.html"), {})
                    .error.contains(QLatin1String("nav.html: the page holds no article text")));
        QByteArray binary("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QBuffer c(&binary);
        QVERIFY(HtmlReader().read(c, QStringLiteral("x.html"), {}).error.contains(QLatin1String("not a text file")));
    }

    // D7: a text node over 10 MB (a large inline script) no longer drops the rest of the page.
    void hugeInlineScript_restOfThePageKept()
    {
        QByteArray page
            = QStringLiteral(
                  "<html><body><p>第一段中文内容在这里。</p><p>The first paragraph is here.</p><script>var a=\"")
                  .toUtf8();
        page += QByteArray(11 * 1024 * 1024, 'x');
        page += QStringLiteral(
                    "\";</script><p>第二段中文内容在这里。</p><p>The second paragraph is here.</p></body></html>")
                    .toUtf8();
        QBuffer b(&page);
        const HtmlArticle a = readHtmlArticle(b, QStringLiteral("big.html"));
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QCOMPARE(texts(a.paragraphs).size(), 4);
        QCOMPARE(a.paragraphs.back().text, QStringLiteral("The second paragraph is here."));
    }

    // D4: the walk over the page recurses; a page nested deeper than the bound is refused
    // with an error naming it, never a stack overflow.
    void deeplyNestedPage_isAnError_notACrash()
    {
        QByteArray page = "<html><body><p>x</p>";
        for (int i = 0; i < 60000; ++i)
            page += "<div>";
        page += "deep";
        for (int i = 0; i < 60000; ++i)
            page += "</div>";
        page += "</body></html>";
        QBuffer b(&page);
        const HtmlArticle a = readHtmlArticle(b, QStringLiteral("deep.html"));
        QVERIFY2(a.error.startsWith(QLatin1String("deep.html: ")) && a.error.contains(QLatin1String("nested")),
                 qPrintable(a.error));
    }
};

QTEST_GUILESS_MAIN(TestHtmlReader)
#include "tst_htmlreader.moc"
