#include "text/inlinecodes.h"

#include <QTest>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace bireader;

namespace {

// Reads the first <seg>/<source> of `xml`: its text with tokens, and its codes.
QString readFirst(const QString &xml, const QString &element, InlineCodes *codes)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == element)
            return readInlineWithCodes(r, codes);
    return {};
}

QString written(const QString &text, const InlineCodes &codes)
{
    QString out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("seg"));
    writeInlineWithCodes(w, text, codes);
    w.writeEndElement();
    return out;
}

} // namespace

class TestInlineCodes : public QObject
{
    Q_OBJECT

private slots:
    // TMX and XLIFF 1.2 carry the original's markup inside <bpt>/<ept>/<ph>/<it>: it is
    // never text, each code is a token, and it writes back as the element it was.
    void nativeMarkup_isATokenNotText_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("text");
        QTest::newRow("tmx bpt/ept/ph") << "<seg>Click <bpt i=\"1\">&lt;b&gt;</bpt>here<ept i=\"1\">&lt;/b&gt;</ept> "
                                           "now<ph x=\"2\">&lt;br/&gt;</ph></seg>"
                                        << "Click \u27E81\u27E9here\u27E8/1\u27E9 now\u27E82/\u27E9";
        QTest::newRow("tmx it") << "<seg><it pos=\"end\">&lt;/i&gt;</it>rest<it pos=\"begin\">&lt;i&gt;</it></seg>"
                                << "\u27E8/1\u27E9rest\u27E82\u27E9";
        QTest::newRow("xliff 2.0 sc/ec/ph") << "<seg>a<sc id=\"1\"/>b<ec startRef=\"1\"/>c<ph id=\"2\"/></seg>"
                                            << "a\u27E81\u27E9b\u27E8/1\u27E9c\u27E82/\u27E9";
        QTest::newRow("nested pairs")
            << "<seg><bpt i=\"1\">&lt;b&gt;</bpt><bpt i=\"2\">&lt;i&gt;</bpt>x<ept i=\"2\">&lt;/i&gt;</ept><ept "
               "i=\"1\">&lt;/b&gt;</ept></seg>"
            << "\u27E81\u27E9\u27E82\u27E9x\u27E8/2\u27E9\u27E8/1\u27E9";
    }
    void nativeMarkup_isATokenNotText()
    {
        QFETCH(QString, xml);
        QFETCH(QString, text);
        InlineCodes codes;
        QCOMPARE(readFirst(xml, QStringLiteral("seg"), &codes), text);
        QVERIFY(!text.contains(QLatin1Char('<')));
        // Written back: the same elements, the same native markup.
        InlineCodes again;
        QCOMPARE(readFirst(written(text, codes), QStringLiteral("seg"), &again), text);
        QCOMPARE(again.size(), codes.size());
        for (qsizetype i = 0; i < codes.size(); ++i) {
            QCOMPARE(again[i].element, codes[i].element);
            QCOMPARE(again[i].native, codes[i].native);
        }
    }

    void correctedText_movesCodesWithIt()
    {
        InlineCodes codes;
        readFirst(QStringLiteral("<seg>Click <bpt i=\"1\">&lt;b&gt;</bpt>here<ept i=\"1\">&lt;/b&gt;</ept></seg>"),
                  QStringLiteral("seg"), &codes);
        const QString out = written(QStringLiteral("\u27E81\u27E9Hier\u27E8/1\u27E9 klicken ⟨9⟩"), codes);
        QCOMPARE(out,
                 QStringLiteral("<seg><bpt i=\"1\">&lt;b&gt;</bpt>Hier<ept i=\"1\">&lt;/b&gt;</ept> klicken "
                                "\u27E89\u27E9</seg>")); // a token of no code stays text
    }

    void tokens_inOrder()
    {
        QCOMPARE(inlineTokens(QStringLiteral("a\u27E81\u27E9b\u27E8/1\u27E9c\u27E82/\u27E9 {0}")),
                 (QStringList { QStringLiteral("\u27E81\u27E9"), QStringLiteral("\u27E8/1\u27E9"),
                                QStringLiteral("\u27E82/\u27E9") }));
    }
};

QTEST_GUILESS_MAIN(TestInlineCodes)
#include "tst_inlinecodes.moc"
