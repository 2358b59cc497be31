#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void zhCN_isComplete()
    {
        QFile ts(QStringLiteral(BIREADER_SOURCE_DIR "/translations/bireader_zh_CN.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd() && !xml.hasError()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const bool open = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (open || text.trimmed().isEmpty())
                    unfinished << source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 250);
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
    }

    void zhCN_qmTranslatesTheMenus()
    {
        QTranslator t;
        QVERIFY(t.load(QStringLiteral(BIREADER_BINARY_DIR "/app/reader/bireader_zh_CN.qm")));
        QCOMPARE(t.translate("bireader::reader::MainWindow", "&File"), QStringLiteral("文件(&F)"));
        QCOMPARE(t.translate("bireader::Qa", "%1 should be rendered as %2"), QStringLiteral("%1 应译作 %2"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
