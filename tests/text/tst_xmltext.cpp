#include "text/xmltext.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace bireader;

class TestXmlText : public QObject
{
    Q_OBJECT

private slots:
    void inlineText_childTextWithoutTags()
    {
        QXmlStreamReader xml(QByteArray("<seg>The <bpt i=\"1\">&lt;b&gt;</bpt>light<ept i=\"1\">&lt;/b&gt;</ept> &amp; "
                                        "<ph>{0}</ph> lamp</seg><after/>"));
        xml.readNextStartElement();
        QCOMPARE(readInlineText(xml), QStringLiteral("The <b>light</b> & {0} lamp"));
        QVERIFY(!xml.hasError());
        QVERIFY(xml.isEndElement() && xml.name() == QLatin1String("seg"));
    }

    // 60,000 nested tags overflowed the stack in readElementText(IncludeChildElements).
    void deepNesting_isAnError_notACrash()
    {
        const int n = 60000;
        QByteArray doc = "<seg>";
        for (int i = 0; i < n; ++i)
            doc += "<g>";
        doc += "deep";
        for (int i = 0; i < n; ++i)
            doc += "</g>";
        doc += "</seg>";
        QXmlStreamReader xml(doc);
        xml.readNextStartElement();
        readInlineText(xml);
        QVERIFY(xml.hasError());
        QVERIFY(xml.errorString().contains(QString::number(kMaxXmlNesting)));
    }

    void nesting_inTheMainLoop()
    {
        QByteArray doc;
        for (int i = 0; i <= kMaxXmlNesting; ++i)
            doc += "<x>";
        QXmlStreamReader xml(doc);
        XmlNesting nesting;
        bool ok = true;
        while (ok && !xml.atEnd()) {
            xml.readNext();
            ok = nesting.follow(xml);
        }
        QVERIFY(!ok);
        QVERIFY(xml.hasError());
    }
};

QTEST_GUILESS_MAIN(TestXmlText)
#include "tst_xmltext.moc"
