#include "text/links.h"

#include <QTest>

using namespace bireader;

class TestLinks : public QObject
{
    Q_OBJECT

private slots:
    void webLinkAt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("url");
        QTest::newRow("inside") << "See https://example.org/a?b=1 for more." << 10 << "https://example.org/a?b=1";
        QTest::newRow("full stop after") << "Read http://example.org/page." << 20 << "http://example.org/page";
        QTest::newRow("in brackets") << "(see https://example.org/x)" << 8 << "https://example.org/x";
        QTest::newRow("chinese punctuation") << "网址是https://example.cn/路径。谢谢" << 6 << "https://example.cn/路径";
        QTest::newRow("outside") << "See https://example.org now" << 1 << "";
        QTest::newRow("javascript") << "javascript:alert(1)" << 3 << "";
        QTest::newRow("file") << "file:///etc/passwd" << 3 << "";
        QTest::newRow("no host") << "https:// nothing" << 2 << "";
    }

    void webLinkAt()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        QFETCH(QString, url);
        TextRange r;
        const QUrl found = bireader::webLinkAt(text, position, &r);
        QCOMPARE(found.toString(), url);
        if (!url.isEmpty())
            QCOMPARE(text.mid(r.start, r.length), url);
    }
};

QTEST_GUILESS_MAIN(TestLinks)
#include "tst_links.moc"
