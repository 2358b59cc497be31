#include "legacycharsets.h"

#include "script.h"

#include <memory>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

namespace bireader {
namespace {

// The charset ICU finds likeliest for `bytes` that also converts them without error,
// among `allowed` when given (in ICU's order, then in the list's), else among all
// (then the common CJK ones). Empty when none fits.
QByteArray detectLegacyIcu(const QByteArray &bytes, QString *out, const QList<QByteArray> &allowed)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&status), ucsdet_close);
    ucsdet_setText(det.get(), bytes.constData(), int32_t(std::min<qsizetype>(bytes.size(), 1 << 20)), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(det.get(), &count, &status);
    for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
        UErrorCode s2 = U_ZERO_ERROR;
        const QByteArray enc(ucsdet_getName(matches[i], &s2));
        if (U_FAILURE(s2) || (!allowed.isEmpty() && !allowed.contains(enc)))
            continue;
        if ((!allowed.isEmpty() || ucsdet_getConfidence(matches[i], &s2) >= 10)
            && convertStrict(bytes, enc.constData(), out))
            return enc;
    }
    static const QList<QByteArray> common = { "GB18030", "Big5", "Shift_JIS", "EUC-KR" };
    for (const QByteArray &enc : allowed.isEmpty() ? common : allowed)
        if (convertStrict(bytes, enc.constData(), out))
            return enc;
    return {};
}

bool isSingleByteCharset(const QByteArray &encoding)
{
    return encoding.startsWith("ISO-8859") || encoding.startsWith("windows-12") || encoding.startsWith("KOI8")
        || encoding.startsWith("IBM");
}

// Korean puts a space between words (a few syllables each); Chinese read as EUC-KR has
// syllables without spaces.
bool readsAsKorean(const QString &text)
{
    qsizetype syllables = 0, spaces = 0;
    for (QChar c : text) {
        syllables += c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
        spaces += c == u' ';
    }
    return syllables > 0 && spaces * 10 >= syllables;
}

} // namespace

// Strict conversion: fails on any byte sequence invalid in `encoding`.
bool convertStrict(const QByteArray &bytes, const char *encoding, QString *out)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(encoding, &status), ucnv_close);
    if (U_FAILURE(status))
        return false;
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString result;
    result.resize(bytes.size() + 1); // UTF-16 never needs more units than input bytes
    int32_t n = ucnv_toUChars(conv.get(), reinterpret_cast<char16_t *>(result.data()), int32_t(result.size()),
                              bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return false;
    result.resize(n);
    *out = std::move(result);
    return true;
}

// Whether the non-ASCII bytes of `line` read as two-byte characters of a CJK legacy
// encoding: every run of them has even length and, for GB18030, most pairs are in GB2312
// (the common characters). A Latin-1 line (lone accented letters) or CESU-8 does not.
bool readsAsCjkPairs(const QByteArray &line, const QByteArray &encoding)
{
    qsizetype pairs = 0, common = 0;
    for (qsizetype i = 0; i < line.size();) {
        if (uchar(line[i]) < 0x80) {
            ++i;
            continue;
        }
        qsizetype run = i;
        while (run < line.size() && uchar(line[run]) >= 0x80)
            ++run;
        if ((run - i) % 2 != 0)
            return false;
        for (qsizetype k = i; k < run; k += 2) {
            const uchar lead = uchar(line[k]), trail = uchar(line[k + 1]);
            ++pairs;
            common += lead >= 0xA1 && lead <= 0xF7 && trail >= 0xA1 && trail <= 0xFE;
        }
        i = run;
    }
    return pairs > 0 && (encoding != "GB18030" || common * 10 >= pairs * 8);
}

// Seven-bit CJK encodings that read as ASCII: ISO-2022-JP/KR/CN by their escape
// sequences, HZ by its ~{ ~} shifts around GB2312 text. Decoded when they convert cleanly
// and what they shift into is CJK.
bool decodeSevenBitCjk(const QByteArray &bytes, DecodedText *d)
{
    const char *encoding = nullptr;
    if (bytes.contains("\x1b$B") || bytes.contains("\x1b$@") || bytes.contains("\x1b$(D"))
        encoding = "ISO-2022-JP";
    else if (bytes.contains("\x1b$)C"))
        encoding = "ISO-2022-KR";
    else if (bytes.contains("\x1b$)A") || bytes.contains("\x1b$)G") || bytes.contains("\x1b$*H"))
        encoding = "ISO-2022-CN";
    else if (bytes.contains("~{") && bytes.contains("~}"))
        encoding = "HZ-GB-2312";
    if (!encoding)
        return false;
    QString text;
    if (!convertStrict(bytes, encoding, &text) || text.contains(QChar(0x1b)))
        return false;
    const ScriptProfile script = ScriptProfile::of(text);
    if (script.units(ScriptFamily::Han) + script.units(ScriptFamily::Hangul) + script.kanaUnits() == 0)
        return false;
    d->text = std::move(text);
    d->encoding = QLatin1String(encoding);
    return true;
}

// ICU's likeliest charset, except where its statistics fail on little text: two-byte
// pairs of GB2312's common characters are Chinese, not a Latin charset (a short glossary
// file) nor Korean without spaces (one short sentence).
QByteArray detectLegacy(const QByteArray &bytes, QString *out, const QList<QByteArray> &allowed)
{
    const QByteArray icu = detectLegacyIcu(bytes, out, allowed);
    if (!allowed.isEmpty() || icu == "GB18030" || icu == "Big5" || icu == "Shift_JIS" || icu == "EUC-JP")
        return icu;
    // UTF-16 without a byte-order mark was tried before as text; ICU's guess of it is not.
    const bool unmarkedUtf16 = icu.startsWith("UTF-16") || icu.startsWith("UTF-32");
    if (!icu.isEmpty() && !isSingleByteCharset(icu) && !unmarkedUtf16 && !(icu == "EUC-KR" && !readsAsKorean(*out)))
        return icu;
    QString chinese;
    if (readsAsCjkPairs(bytes, "GB18030") && convertStrict(bytes, "GB18030", &chinese)) {
        *out = std::move(chinese);
        return "GB18030";
    }
    return icu;
}

} // namespace bireader
