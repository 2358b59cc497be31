#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <unicode/uscript.h>

namespace bireader {

// Writing-system families used to tell a paragraph's language. Hiragana and
// Katakana count with Han (Japanese mixes them); everything else is its own family.
enum class ScriptFamily : unsigned char {
    None,
    Han,
    Hangul,
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Thai,
    Devanagari,
    Other,
    Count
};

// Counts of "units" per family: one per character in scripts written without
// spaces between words (Han, Kana, Hangul syllables, Thai), one per word elsewhere.
// Units make "DeepSeek V2模型发布后" count as mostly Chinese, as a reader sees it.
class ScriptProfile
{
public:
    static ScriptProfile of(QStringView text);

    int units(ScriptFamily f) const { return m_units[size_t(f)]; }
    int totalUnits() const;
    int kanaUnits() const { return m_kana; }
    ScriptFamily dominant() const; // None when there is no letter at all
    double share(ScriptFamily f) const; // units(f) / totalUnits()
    ScriptProfile &operator+=(const ScriptProfile &o);
    // The language guess for the dominant script (kana makes Han "ja").
    QString language() const;

private:
    std::array<int, size_t(ScriptFamily::Count)> m_units {};
    int m_kana = 0;
};

ScriptFamily scriptFamilyOf(char32_t c);

// Calls f(char32_t) for each code point of text (lone surrogates as they are).
template <typename F> void forEachCodePoint(QStringView text, F &&f)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            f(char32_t(QChar::surrogateToUcs4(c, text[i + 1])));
            ++i;
        } else {
            f(char32_t(c.unicode()));
        }
    }
}
bool isCjkFamily(ScriptFamily f); // written without spaces between words
// A Chinese character of the BMP (CJK unified ideographs, extension A, compatibility).
inline bool isHanCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF);
}

// A BCP 47 language guess for a family (kana present makes Han "ja").
QString languageForFamily(ScriptFamily f, bool hasKana = false);
// The primary subtag of a language tag, lower case: "zh" for zh-CN, zh_Hans_CN, ZH; a
// three-letter ISO 639-2 or 639-3 code as its two-letter one ("zho", "chi", "cmn-Hans-CN" ->
// "zh", "eng" -> "en").
QString primaryLanguage(const QString &tag);
// The tag with that primary subtag and '-' between subtags: "cmn_Hans_CN" -> "zh-Hans-CN",
// "eng" -> "en" (what a file declares, as the rest of Bireader compares it).
QString canonicalLanguage(const QString &tag);
QString familyName(ScriptFamily f);

} // namespace bireader
