#include "glossary/cedictreader.h"
#include "io/importer.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unicode/ucnv.h>

using namespace bireader;

namespace {

const QString kSamples = QStringLiteral(BIREADER_SAMPLES "/");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray reencode(const QByteArray &utf8, const char *encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    QByteArray out(utf8.size() * 2 + 16, '\0');
    const int32_t n = ucnv_convert(encoding, "UTF-8", out.data(), int32_t(out.size()), utf8.constData(),
                                   int32_t(utf8.size()), &status);
    out.resize(U_SUCCESS(status) ? n : 0);
    return out;
}

ImportResult importBytes(QByteArray source, QByteArray target, const ImportOptions &options = {})
{
    QBuffer s(&source), t(&target);
    return importPair(s, QStringLiteral("source.txt"), t, QStringLiteral("target.txt"), options);
}

QString globalBeads(const Document &d)
{
    QStringList parts;
    for (const Bead &b : documentBeads(d))
        parts << QStringLiteral("%1+%2:%3+%4")
                     .arg(b.sourceBegin)
                     .arg(b.sourceCount)
                     .arg(b.targetBegin)
                     .arg(b.targetCount);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestPairImporter : public QObject
{
    Q_OBJECT

private:
    QByteArray zh, en;

private slots:
    void initTestCase()
    {
        zh = readAll(kSamples + QStringLiteral("lighthouse.zh.txt"));
        en = readAll(kSamples + QStringLiteral("lighthouse.en.txt"));
        QVERIFY(!zh.isEmpty() && !en.isEmpty());
    }

    void paragraphsThenSentences()
    {
        const ImportResult r = importBytes(zh, en);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Document &d = r.document;
        QCOMPARE(d.sourceLanguage, QStringLiteral("zh"));
        QCOMPARE(d.targetLanguage, QStringLiteral("en"));
        QCOMPARE(d.segments.size(), 11); // one segment per aligned paragraph
        QCOMPARE(d.pairedCount(), 11);
        QCOMPARE(d.segments[1].beads.size(), 2); // 老周…年。 | 每天傍晚… (one Chinese sentence, two English)
        QCOMPARE(d.segments[1].beads[1], (Bead { 1, 1, 1, 2 }));
        QCOMPARE(documentSentences(d, Side::Source).size(), 23);
        QCOMPARE(documentSentences(d, Side::Target).size(), 23);
    }

    void sentencesOfAParagraph_alignedWithTheWholeDocumentsModel()
    {
        // “今晚有雾。”他对女儿小梅说，“船会比平时更需要光。”: a 2-2 bead. Aligned on its
        // own, a two-sentence paragraph teaches the aligner nothing (every word is in half
        // the units); with the document's statistics the crossing rendering is found.
        Dictionary dict;
        QVERIFY(loadCedictFile(kSamples + QStringLiteral("sample-dict.u8"), dict).ok());
        ImportOptions options;
        options.dictionary = &dict;
        const ImportResult r = importBytes(zh, en, options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Segment &s = r.document.segments[2];
        QVERIFY(s.source.text.startsWith(QStringLiteral("“今晚有雾。”")));
        QCOMPARE(s.beads.size(), 1);
        QCOMPARE(s.beads[0], (Bead { 0, 2, 0, 2 }));
    }

    void encodings_areDetectedOnBothSides_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QString>("sourceEncoding");
        QTest::addColumn<QString>("targetEncoding");
        QTest::newRow("gbk+utf16") << reencode(zh, "GBK") << QByteArray("\xFF\xFE") + reencode(en, "UTF-16LE")
                                   << "GB18030"
                                   << "UTF-16LE";
        QTest::newRow("big5+utf8bom") << reencode(zh, "Big5") << QByteArray("\xEF\xBB\xBF") + en << "Big5"
                                      << "UTF-8";
    }
    void encodings_areDetectedOnBothSides()
    {
        QFETCH(QByteArray, source);
        QFETCH(QByteArray, target);
        QFETCH(QString, sourceEncoding);
        QFETCH(QString, targetEncoding);
        QVERIFY(!source.isEmpty());
        const ImportResult r = importBytes(source, target);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.sourceEncoding, sourceEncoding);
        QCOMPARE(r.targetEncoding, targetEncoding);
        QCOMPARE(r.document.pairedCount(), 11);
    }

    void hardWrappedTranslation_isUnwrapped()
    {
        const ImportResult wrapped
            = importBytes(zh, readAll(QStringLiteral(BIREADER_TEST_DATA "/pair/lighthouse.en.wrapped.txt")));
        const ImportResult plain = importBytes(zh, en);
        QVERIFY(wrapped.ok());
        QCOMPARE(documentSentences(wrapped.document, Side::Target), documentSentences(plain.document, Side::Target));
        QCOMPARE(globalBeads(wrapped.document), globalBeads(plain.document));
    }

    void presplit_indicesAreLineNumbers()
    {
        ImportOptions options;
        options.presplit = true;
        const ImportResult r = importBytes("一\n\n二三\n", "one\ntwo three\n", options);
        QVERIFY(r.ok());
        const QStringList src = documentSentences(r.document, Side::Source);
        QCOMPARE(src.size(), 3); // the blank line is a unit too: indices stay line numbers
        int lines = 0;
        for (const Bead &b : documentBeads(r.document))
            lines += b.sourceCount;
        QCOMPARE(lines, 3);
    }

    void languagesCanBeOverridden()
    {
        ImportOptions options;
        options.sourceLanguage = QStringLiteral("zh-TW");
        const ImportResult r = importBytes(zh, en, options);
        QCOMPARE(r.document.sourceLanguage, QStringLiteral("zh-TW"));
    }

    void badInput_errorNamesTheFile()
    {
        QCOMPARE(importBytes(QByteArray(), en).error, QStringLiteral("source.txt: the file is empty"));
        QVERIFY(importBytes(zh, QByteArray("PK\x03\x04\0\0\0\0", 8))
                    .error.startsWith(QLatin1String("target.txt: not a text file")));
        QVERIFY(importBytes(zh, "\n \n").error.startsWith(QLatin1String("target.txt: the file holds no text")));
    }

    void cancel_stopsTheImport()
    {
        ImportOptions options;
        options.isCanceled = [] { return true; };
        const ImportResult r = importBytes(zh, en, options);
        QVERIFY(r.canceled);
        QVERIFY(!r.ok());
    }
};

QTEST_GUILESS_MAIN(TestPairImporter)
#include "tst_pairimporter.moc"
