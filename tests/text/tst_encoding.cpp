#include "text/encoding.h"

#include <QTemporaryDir>
#include <QTest>

#include <unicode/ucnv.h>

using namespace bireader;

namespace {

const QString kChinese = QStringLiteral("灯塔守护人在北角工作了三十二年。每天傍晚，他爬到塔顶，点亮那盏旧灯。"
                                        "今晚有雾，船会比平时更需要光。记者问他是否害怕孤独，他笑了笑，没有回答。");

// Encodes with ICU, as another program would have saved the file.
QByteArray encode(const QString &text, const char *encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    QByteArray out(text.size() * 4 + 16, '\0');
    const int32_t n = ucnv_convert(encoding, "UTF-16LE", out.data(), int32_t(out.size()),
                                   reinterpret_cast<const char *>(text.utf16()), int32_t(text.size() * 2), &status);
    if (U_FAILURE(status))
        qFatal("cannot encode as %s", encoding);
    out.resize(n);
    return out;
}

// Bytes of a literal that holds NULs, its length taken from the array.
template <size_t N> QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, qsizetype(N - 1));
}

int ScriptProfileHanCount(const QString &text)
{
    return int(
        std::count_if(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x3400 && c.unicode() < 0xA000; }));
}

} // namespace

class TestEncoding : public QObject
{
    Q_OBJECT

private slots:
    void decode_detectsEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::newRow("utf8") << kChinese.toUtf8() << "UTF-8" << false;
        QTest::newRow("utf8-bom") << QByteArray("\xEF\xBB\xBF") + kChinese.toUtf8() << "UTF-8" << true;
        QTest::newRow("utf16le-bom") << QByteArray("\xFF\xFE") + encode(kChinese, "UTF-16LE") << "UTF-16LE" << true;
        QTest::newRow("utf16be-bom") << QByteArray("\xFE\xFF") + encode(kChinese, "UTF-16BE") << "UTF-16BE" << true;
        QTest::newRow("gbk") << encode(kChinese, "GBK") << "GB18030" << false;
        QTest::newRow("gb18030") << encode(kChinese, "GB18030") << "GB18030" << false;
        QTest::newRow("big5") << encode(kChinese, "Big5") << "Big5" << false;
    }
    void decode_detectsEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(bool, bom);
        const DecodedText d = decodeText(bytes, QStringLiteral("sample.txt"));
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(d.encoding, encoding);
        QCOMPARE(d.hadBom, bom);
        if (encoding == QLatin1String("Big5")) // Big5 has traditional characters only
            QCOMPARE(d.text.size(), kChinese.size());
        else
            QCOMPARE(d.text, kChinese);
    }

    void decode_mixedUtf8AndGbkLines_eachLineRight()
    {
        const QByteArray bytes = QStringLiteral("今晚有雾。\nThere is fog.\n").toUtf8()
            + encode(QStringLiteral("船需要光。\n"), "GBK")
            + QStringLiteral("Ships need light.\n老周笑了。\n").toUtf8();
        const DecodedText d = decodeText(bytes, QStringLiteral("mixed.txt"));
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(d.text, QStringLiteral("今晚有雾。\nThere is fog.\n船需要光。\nShips need light.\n老周笑了。\n"));
        QVERIFY(d.encoding.startsWith(QLatin1String("UTF-8 with ")));
    }

    // A stray Latin-1 byte in a UTF-8 file: UTF-8 with U+FFFD there and a warning naming
    // the line, not the whole file as windows-1252 mojibake.
    void decode_strayByteInUtf8_isUtf8WithAWarning()
    {
        const QByteArray bytes = kChinese.toUtf8() + "\n" + QStringLiteral("第二行").toUtf8() + "caf\xE9 "
            + QStringLiteral("和咖啡。").toUtf8() + "\n";
        const DecodedText d = decodeText(bytes, QStringLiteral("notes.txt"));
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
        QVERIFY(d.text.startsWith(kChinese));
        QVERIFY(d.text.contains(QStringLiteral("第二行caf\uFFFD 和咖啡。")));
        QCOMPARE(d.warnings.size(), 1);
        QVERIFY2(d.warnings[0].startsWith(QLatin1String("notes.txt: "))
                     && d.warnings[0].contains(QLatin1String("line 2")),
                 qPrintable(d.warnings[0]));
    }

    void decode_fileCutInsideACharacter_isUtf8WithAWarning()
    {
        QByteArray bytes = kChinese.toUtf8();
        bytes.chop(2); // the last character's first byte stays
        const DecodedText d = decodeText(bytes, QStringLiteral("cut.txt"));
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
        QVERIFY(d.text.startsWith(kChinese.chopped(1)));
        QCOMPARE(d.warnings.size(), 1);
    }

    // Round 3 (issue 24): valid UTF-8 dominates however short the text; a line falls back
    // to a legacy encoding only when it reads as one, and says so.
    void decode_shortUtf8WithAStrayByte_staysUtf8()
    {
        const QByteArray bytes = QStringLiteral("今天天气很好。\n我们去公园吧。 ").toUtf8() + "caf\xe9.";
        const DecodedText d = decodeText(bytes, QStringLiteral("short.txt"));
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(d.text, QStringLiteral("今天天气很好。\n我们去公园吧。 caf\uFFFD."));
        QCOMPARE(d.warnings.size(), 1);
        QVERIFY2(d.warnings[0].contains(QLatin1String("line 2")), qPrintable(d.warnings[0]));
    }
    void decode_shortFileCutInsideLastCharacter_noLegacyLine()
    {
        QByteArray bytes = QStringLiteral("今天天气很好。\n我们去公园吧").toUtf8();
        bytes.chop(1);
        const DecodedText d = decodeText(bytes, QStringLiteral("cut.txt"));
        QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(d.text, QStringLiteral("今天天气很好。\n我们去公园\uFFFD"));
    }
    void decode_oddLineThatIsNotCjk_isNeverInventedChinese_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("latin-1 line") << QByteArray("D\xe9ja vu et caf\xe9s");
        QTest::newRow("cesu-8 emoji") << QByteArray("\xed\xa0\xbd\xed\xb8\x80 smile");
    }
    void decode_oddLineThatIsNotCjk_isNeverInventedChinese()
    {
        QFETCH(QByteArray, line);
        const QByteArray bytes = kChinese.toUtf8() + "\n" + line + "\n" + kChinese.toUtf8() + "\n";
        const DecodedText d = decodeText(bytes, QStringLiteral("mixed.txt"));
        QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
        const QString middle = d.text.split(QLatin1Char('\n')).value(1);
        QVERIFY2(ScriptProfileHanCount(middle) == 0, qPrintable(middle));
        QVERIFY(middle.contains(QChar(0xFFFD)));
        QCOMPARE(d.warnings.size(), 1);
    }
    void decode_legacyLine_isAWarning()
    {
        const QByteArray bytes = kChinese.toUtf8() + "\n" + encode(QStringLiteral("船需要光。"), "GBK") + "\n";
        const DecodedText d = decodeText(bytes, QStringLiteral("mixed.txt"));
        QCOMPARE(d.text, kChinese + QStringLiteral("\n船需要光。\n"));
        QCOMPARE(d.warnings.size(), 1);
        QVERIFY2(d.warnings[0].contains(QLatin1String("GB18030")) && d.warnings[0].contains(QLatin1String("line 2")),
                 qPrintable(d.warnings[0]));
    }
    void decode_shortLegacyText_isChinese_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("one sentence") << QStringLiteral("今天天气很好。");
        QTest::newRow("another") << QStringLiteral("我们去公园吧。");
        QTest::newRow("three glossary rows") << QStringLiteral("灯塔,lighthouse\n台阶,steps\n孤独,loneliness\n");
        QTest::newRow("two rows") << QStringLiteral("北角,North Cape\n老周,Old Zhou\n");
    }
    void decode_shortLegacyText_isChinese()
    {
        QFETCH(QString, text);
        const DecodedText d = decodeText(encode(text, "GBK"), QStringLiteral("short.txt"));
        QCOMPARE(d.encoding, QStringLiteral("GB18030"));
        QCOMPARE(d.text, text);
    }
    void decode_sevenBitCjk_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("encoding");
        QTest::newRow("iso-2022-jp") << QStringLiteral("今日は良い天気です。\n明日も晴れ。")
                                     << QByteArray("ISO-2022-JP");
        QTest::newRow("hz") << QStringLiteral("今天天气很好。\n我们去公园吧。") << QByteArray("HZ-GB-2312");
    }
    void decode_sevenBitCjk()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, encoding);
        const DecodedText d = decodeText(encode(text, encoding.constData()), QStringLiteral("mail.txt"));
        QCOMPARE(d.text, text);
        QCOMPARE(d.encoding, QString::fromLatin1(encoding));
    }
    void decode_asciiWithATilde_staysAscii()
    {
        const QByteArray bytes("if (x) ~{ y(); ~} // not HZ\n");
        const DecodedText d = decodeText(bytes, QStringLiteral("code.txt"));
        QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(d.text, QString::fromLatin1(bytes));
    }

    void decode_utf16WithoutBom_chineseText()
    {
        const QString text = kChinese + QStringLiteral("\n") + kChinese + QStringLiteral("\n");
        for (const char *encoding : { "UTF-16LE", "UTF-16BE" }) {
            const DecodedText d = decodeText(encode(text, encoding), QStringLiteral("u16.txt"));
            QVERIFY2(d.ok(), qPrintable(d.error));
            QCOMPARE(d.encoding, QLatin1String(encoding));
            QCOMPARE(d.text, text);
        }
    }

    void decode_plainAscii_isUtf8()
    {
        const DecodedText d = decodeText("Plain English text.\n", QStringLiteral("a.txt"));
        QVERIFY(d.ok());
        QCOMPARE(d.text, QStringLiteral("Plain English text.\n"));
    }

    void decode_emptyFile_errorNamesFile()
    {
        const DecodedText d = decodeText(QByteArray(), QStringLiteral("/tmp/empty.txt"));
        QVERIFY(!d.ok());
        QVERIFY(d.error.contains(QLatin1String("/tmp/empty.txt")));
        QVERIFY(d.error.contains(QLatin1String("empty")));
    }

    void decode_binaryFile_isRejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("png") << bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0");
        QTest::newRow("zip") << bytes("PK\x03\x04\x14\0\0\0\x08\0\x21\x8b\x4f\x55\0\0\0\0");
        QTest::newRow("nul-bytes") << bytes("text\0with\0nul\0bytes and more text here");
    }
    void decode_binaryFile_isRejected()
    {
        QFETCH(QByteArray, bytes);
        const DecodedText d = decodeText(bytes, QStringLiteral("photo.txt"));
        QVERIFY(!d.ok());
        QVERIFY(d.error.startsWith(QLatin1String("photo.txt: ")));
    }

    void decode_invalidUtf8AfterBom_isRejected()
    {
        const DecodedText d = decodeText(QByteArray("\xEF\xBB\xBFok \xC3\x28 broken"), QStringLiteral("b.txt"));
        QVERIFY(!d.ok());
        QVERIFY(d.error.contains(QLatin1String("UTF-8")));
    }

    void readTextFile_missingFile_errorNamesFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.txt"));
        const DecodedText d = readTextFile(path);
        QVERIFY(!d.ok());
        QVERIFY(d.error.contains(path));
    }

    void readTextFile_gbkFile_roundTrips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gbk.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(encode(kChinese, "GBK"));
        f.close();
        const DecodedText d = readTextFile(path);
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(d.text, kChinese);
    }
};

QTEST_GUILESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
