#include "encoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "filechecks.h"
#include "legacycharsets.h"
#include "script.h"

#include <algorithm>
#include <memory>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

namespace bireader {
namespace {

struct Bom {
    const char *bytes;
    int size;
    const char *encoding;
};

// Longest first, so that UTF-32LE wins over UTF-16LE.
constexpr Bom kBoms[] = {
    { "\x00\x00\xFE\xFF", 4, "UTF-32BE" }, { "\xFF\xFE\x00\x00", 4, "UTF-32LE" }, { "\xEF\xBB\xBF", 3, "UTF-8" },
    { "\xFE\xFF", 2, "UTF-16BE" },         { "\xFF\xFE", 2, "UTF-16LE" },
};

bool looksBinary(const QByteArray &bytes)
{
    const int n = int(std::min<qsizetype>(bytes.size(), 64 * 1024));
    int control = 0;
    for (int i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b)
            ++control;
    }
    return control * 100 > n * 2; // more than 2% control characters
}

// UTF-16 without BOM: text with many NULs in alternate positions.
const char *guessBomlessUtf16(const QByteArray &bytes)
{
    const int n = int(std::min<qsizetype>(bytes.size(), 64 * 1024)) & ~1;
    int evenNul = 0, oddNul = 0;
    for (int i = 0; i < n; i += 2) {
        evenNul += bytes[i] == 0;
        oddNul += bytes[i + 1] == 0;
    }
    if (n >= 4 && oddNul * 10 > n * 3 && evenNul == 0)
        return "UTF-16LE";
    if (n >= 4 && evenNul * 10 > n * 3 && oddNul == 0)
        return "UTF-16BE";
    return nullptr;
}

// UTF-16 without a BOM and without NULs (Chinese or Japanese text has none in UTF-16):
// the byte order whose strict decoding reads as text, almost all of it letters,
// ideographs, punctuation and white space, with line breaks or spaces in it.
const char *guessBomlessUtf16Text(const QByteArray &bytes, QString *out)
{
    if (bytes.size() < 16 || bytes.size() % 2 != 0)
        return nullptr;
    const QByteArray sample = bytes.left(64 * 1024);
    for (const char *encoding : { "UTF-16LE", "UTF-16BE" }) {
        QString text;
        if (!convertStrict(sample, encoding, &text))
            continue;
        qsizetype plausible = 0, breaks = 0;
        for (QChar c : text) {
            const QChar::Category cat = c.category();
            const bool control = cat == QChar::Other_Control && c != u'\n' && c != u'\r' && c != u'\t';
            const bool odd = control || cat == QChar::Other_PrivateUse || cat == QChar::Other_NotAssigned
                || cat == QChar::Other_Surrogate;
            plausible += !odd;
            breaks += c == u'\n' || c == u' ' || c == QChar(0x3000);
        }
        if (plausible * 100 >= text.size() * 98 && breaks * 400 >= text.size() && convertStrict(bytes, encoding, out))
            return encoding;
    }
    return nullptr;
}

DecodedText fail(const QString &name, const QString &problem)
{
    DecodedText d;
    d.error = QCoreApplication::translate("bireader::Encoding", "%1: %2").arg(name, problem);
    return d;
}

// Length of the valid UTF-8 sequence at bytes[i], or 0 when it is not one (overlong
// forms, surrogates and code points past U+10FFFF are invalid).
int validUtf8At(const QByteArray &bytes, qsizetype i)
{
    const auto b = [&](qsizetype k) { return k < bytes.size() ? uchar(bytes[k]) : 0u; };
    const uchar c = b(i);
    if (c < 0x80)
        return 1;
    auto cont = [&](qsizetype k) { return (b(k) & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(i + 1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const uchar c1 = b(i + 1);
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F))
            return 0;
        return cont(i + 1) && cont(i + 2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const uchar c1 = b(i + 1);
        if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F))
            return 0;
        return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    return 0;
}

// Valid multi-byte UTF-8 characters and invalid bytes.
struct Utf8Census {
    qsizetype valid = 0, invalid = 0;
    // Text in a legacy encoding forms valid multi-byte UTF-8 by chance at about a quarter of
    // its invalid bytes (GBK; Big5, Shift_JIS, EUC-KR and Latin-1 less): twice as many
    // valid characters as invalid bytes is eight times chance.
    bool dominates() const { return valid >= 3 && valid >= 2 * invalid; }
};

Utf8Census utf8Census(const QByteArray &bytes)
{
    Utf8Census c;
    for (qsizetype i = 0; i < bytes.size();) {
        const int n = validUtf8At(bytes, i);
        c.invalid += n == 0;
        c.valid += n > 1;
        i += std::max(n, 1);
    }
    return c;
}

// UTF-8 with U+FFFD for each invalid byte.
QString decodeUtf8Lenient(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open("UTF-8", &status), ucnv_close);
    const UChar replacement = 0xFFFD;
    ucnv_setSubstString(conv.get(), &replacement, 1, &status);
    QString text;
    text.resize(bytes.size() + 1);
    const int32_t n = ucnv_toUChars(conv.get(), reinterpret_cast<char16_t *>(text.data()), int32_t(text.size()),
                                    bytes.constData(), int32_t(bytes.size()), &status);
    text.resize(U_SUCCESS(status) ? n : 0);
    return text;
}

QString lineList(const QList<int> &lines)
{
    QStringList where;
    for (qsizetype k = 0; k < std::min<qsizetype>(lines.size(), 10); ++k)
        where << QString::number(lines[k]);
    if (lines.size() > 10)
        where << QStringLiteral("…");
    return where.join(QStringLiteral(", "));
}

// Valid UTF-8 dominates: each line that is not UTF-8 is decoded on its own. A line of
// two-byte characters in the legacy encoding that suits the script of the rest (text pasted
// together from several sources) is decoded in it, with a warning; any other line keeps its
// valid UTF-8 and shows each invalid byte as U+FFFD, with a warning.
bool decodeMostlyUtf8(const QByteArray &bytes, const QString &name, DecodedText *d)
{
    const QList<QByteArray> lines = bytes.split('\n');
    QList<QString> decoded(lines.size());
    QList<qsizetype> odd;
    qsizetype utf8NonAscii = 0; // only lines beyond ASCII tell anything about the encoding
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool ascii = std::all_of(lines[i].begin(), lines[i].end(), [](char c) { return uchar(c) < 0x80; });
        if (!convertStrict(lines[i], "UTF-8", &decoded[i]))
            odd.append(i);
        else if (!ascii)
            ++utf8NonAscii;
    }
    const Utf8Census census = utf8Census(bytes);
    if (odd.isEmpty() || census.valid < 3 || (!census.dominates() && utf8NonAscii < odd.size()))
        return false;
    ScriptProfile script;
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (!odd.contains(i))
            script += ScriptProfile::of(decoded[i]);
    QList<QByteArray> allowed;
    if (script.kanaUnits() > 0)
        allowed = { "Shift_JIS", "EUC-JP" };
    else if (script.units(ScriptFamily::Han) > 0)
        allowed = { "GB18030", "Big5" };
    else if (script.units(ScriptFamily::Hangul) > 0)
        allowed = { "EUC-KR" };
    QList<int> legacyLines, badLines;
    QByteArray legacyName;
    qsizetype badBytes = 0;
    for (const qsizetype i : odd) {
        const Utf8Census line = utf8Census(lines[i]);
        bool legacy = false;
        if (line.valid < line.invalid) // a line with UTF-8 of its own is UTF-8 with bad bytes
            for (const QByteArray &enc : allowed)
                if (readsAsCjkPairs(lines[i], enc) && convertStrict(lines[i], enc.constData(), &decoded[i])) {
                    legacy = true;
                    legacyName = enc;
                    break;
                }
        if (legacy) {
            legacyLines.append(int(i + 1));
        } else {
            decoded[i] = decodeUtf8Lenient(lines[i]);
            badLines.append(int(i + 1));
            badBytes += line.invalid;
        }
    }
    d->text = QStringList(decoded).join(QLatin1Char('\n'));
    d->encoding = legacyLines.isEmpty() ? QStringLiteral("UTF-8")
                                        : QStringLiteral("UTF-8 with %1 lines").arg(QString::fromLatin1(legacyName));
    if (!legacyLines.isEmpty())
        d->warnings << QCoreApplication::translate("bireader::Encoding",
                                                   "%1: %n line(s) not in UTF-8 like the rest, read as %2 (line %3)",
                                                   nullptr, int(legacyLines.size()))
                           .arg(name, QString::fromLatin1(legacyName), lineList(legacyLines));
    if (!badLines.isEmpty())
        d->warnings << QCoreApplication::translate("bireader::Encoding",
                                                   "%1: %n byte(s) that are not valid UTF-8 shown as \uFFFD (line %2)",
                                                   nullptr, int(badBytes))
                           .arg(name, lineList(badLines));
    return true;
}

} // namespace

DecodedText decodeText(const QByteArray &bytes, const QString &name)
{
    if (bytes.isEmpty())
        return fail(name, QCoreApplication::translate("bireader::Encoding", "the file is empty"));

    DecodedText d;
    for (const Bom &bom : kBoms) {
        if (bytes.startsWith(QByteArray::fromRawData(bom.bytes, bom.size))) {
            if (!convertStrict(bytes.mid(bom.size), bom.encoding, &d.text))
                return fail(
                    name,
                    QCoreApplication::translate("bireader::Encoding", "invalid %1 text after its byte-order mark")
                        .arg(QLatin1String(bom.encoding)));
            d.encoding = QLatin1String(bom.encoding);
            d.hadBom = true;
            return d;
        }
    }
    if (const char *utf16 = guessBomlessUtf16(bytes)) {
        if (convertStrict(bytes, utf16, &d.text)) {
            d.encoding = QLatin1String(utf16);
            return d;
        }
    }
    if (!convertStrict(bytes, "UTF-8", &d.text))
        if (const char *utf16 = guessBomlessUtf16Text(bytes, &d.text)) {
            d.encoding = QLatin1String(utf16);
            return d;
        }
    if (looksBinary(bytes))
        return fail(name,
                    QCoreApplication::translate("bireader::Encoding", "not a text file (it contains binary data)"));
    if (convertStrict(bytes, "UTF-8", &d.text)) {
        if (decodeSevenBitCjk(bytes, &d))
            return d;
        d.encoding = QStringLiteral("UTF-8");
        return d;
    }
    if (decodeMostlyUtf8(bytes, name, &d))
        return d;

    if (const QByteArray enc = detectLegacy(bytes, &d.text); !enc.isEmpty()) {
        d.encoding = QString::fromLatin1(enc);
        return d;
    }
    return fail(
        name,
        QCoreApplication::translate(
            "bireader::Encoding",
            "the text encoding could not be recognised (not UTF-8, UTF-16, GB18030, Big5 or another known encoding)"));
}

QString openForReading(QIODevice &device, const QString &name)
{
    if (device.isOpen() || device.open(QIODevice::ReadOnly))
        return {};
    return QCoreApplication::translate("bireader::Encoding", "%1: cannot be read: %2").arg(name, device.errorString());
}

DecodedText decodeTextDeclared(const QByteArray &bytes, const QString &name, const QByteArray &charset)
{
    DecodedText d = decodeText(bytes, name);
    if (!d.ok() || d.hadBom || d.encoding == QLatin1String("UTF-8") || charset.isEmpty())
        return d;
    DecodedText declared;
    if (convertStrict(bytes, charset.constData(), &declared.text)) {
        declared.encoding = QString::fromLatin1(charset);
        return declared;
    }
    return d;
}

QByteArray readAtMost(QIODevice &device, qint64 limit)
{
    if (!device.isSequential()) // the size is known: one allocation of what is there
        return device.read(std::min(limit + 1, std::max<qint64>(0, device.size() - device.pos())));
    QByteArray bytes;
    while (bytes.size() <= limit) {
        const QByteArray chunk = device.read(std::min<qint64>(1 << 20, limit + 1 - bytes.size()));
        if (chunk.isEmpty() && !(device.bytesAvailable() > 0 || device.waitForReadyRead(30000)))
            break;
        bytes += chunk;
    }
    return bytes;
}

DecodedText readTextFile(const QString &path)
{
    const QString &name = path;
    QFile file(path);
    if (const QString problem = inputFileProblem(path); !problem.isEmpty())
        return fail(name, problem);
    if (file.size() > kMaxTextFileBytes)
        return fail(name,
                    QCoreApplication::translate("bireader::Encoding", "the file is larger than the limit of %1 MB")
                        .arg(kMaxTextFileBytes >> 20));
    if (!file.open(QIODevice::ReadOnly))
        return fail(name,
                    QCoreApplication::translate("bireader::Encoding", "cannot be read: %1").arg(file.errorString()));
    return decodeText(file.readAll(), name);
}

} // namespace bireader
