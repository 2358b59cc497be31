#include "text/xmltext.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace bireader;

class TestXmlText : public QObject
{
    Q_OBJECT

private slots:
    void xmlSafe_replacesWhatXmlCannotCarry_keepsTheRest()
    {
        const QString clean = QStringLiteral("灯塔 <b>&\t\n\r") + QString::fromUcs4(U"\U0001F600");
        QCOMPARE(xmlSafe(clean), clean);
        const QChar fffd(QChar::ReplacementCharacter);
        QCOMPARE(xmlSafe(QStringLiteral("a") + QChar(0x0c) + QStringLiteral("b")),
                 QStringLiteral("a") + fffd + QStringLiteral("b"));
        QCOMPARE(xmlSafe(QString(QChar(0x01))), QString(fffd));
        QCOMPARE(xmlSafe(QString(QChar(0xd800)) + QStringLiteral("x")),
                 QString(fffd) + QStringLiteral("x")); // lone high
        QCOMPARE(xmlSafe(QStringLiteral("x") + QChar(0xdc00)), QStringLiteral("x") + fffd); // lone low
        QCOMPARE(xmlSafe(QString(QChar(0xfffe))), QString(fffd));
        // What comes out parses again.
        QXmlStreamReader r(QStringLiteral("<a>") + xmlSafe(QString(QChar(0x0b))) + QStringLiteral("</a>"));
        while (!r.atEnd())
            r.readNext();
        QVERIFY(!r.hasError());
    }

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
