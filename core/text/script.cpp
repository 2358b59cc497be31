#include "script.h"

#include <QHash>
#include <unicode/uloc.h>

#include <unicode/uchar.h>

#include <algorithm>
#include <numeric>

namespace bireader {

ScriptFamily scriptFamilyOf(char32_t c)
{
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(UChar32(c), &status)) {
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_BOPOMOFO:
        return ScriptFamily::Han;
    case USCRIPT_HANGUL:
        return ScriptFamily::Hangul;
    case USCRIPT_LATIN:
        return ScriptFamily::Latin;
    case USCRIPT_CYRILLIC:
        return ScriptFamily::Cyrillic;
    case USCRIPT_GREEK:
        return ScriptFamily::Greek;
    case USCRIPT_ARABIC:
        return ScriptFamily::Arabic;
    case USCRIPT_HEBREW:
        return ScriptFamily::Hebrew;
    case USCRIPT_THAI:
        return ScriptFamily::Thai;
    case USCRIPT_DEVANAGARI:
        return ScriptFamily::Devanagari;
    case USCRIPT_COMMON:
    case USCRIPT_INHERITED:
    case USCRIPT_UNKNOWN:
        return ScriptFamily::None;
    default:
        return u_isalpha(UChar32(c)) ? ScriptFamily::Other : ScriptFamily::None;
    }
}

bool isCjkFamily(ScriptFamily f)
{
    return f == ScriptFamily::Han || f == ScriptFamily::Hangul || f == ScriptFamily::Thai;
}

ScriptProfile ScriptProfile::of(QStringView text)
{
    ScriptProfile p;
    ScriptFamily inWord = ScriptFamily::None;
    forEachCodePoint(text, [&](char32_t c) {
        const ScriptFamily f = scriptFamilyOf(c);
        if (f == ScriptFamily::None) {
            // Apostrophes and hyphens inside a word do not end it.
            if (!(inWord != ScriptFamily::None && (c == '\'' || c == 0x2019 || c == '-')))
                inWord = ScriptFamily::None;
            return;
        }
        if (isCjkFamily(f)) {
            ++p.m_units[size_t(f)];
            UErrorCode status = U_ZERO_ERROR;
            const UScriptCode sc = uscript_getScript(UChar32(c), &status);
            p.m_kana += (sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA);
            inWord = ScriptFamily::None;
        } else if (f != inWord) {
            ++p.m_units[size_t(f)];
            inWord = f;
        }
    });
    return p;
}

int ScriptProfile::totalUnits() const
{
    return std::accumulate(m_units.begin() + 1, m_units.end(), 0);
}

ScriptFamily ScriptProfile::dominant() const
{
    const auto it = std::max_element(m_units.begin() + 1, m_units.end());
    return *it == 0 ? ScriptFamily::None : ScriptFamily(it - m_units.begin());
}

double ScriptProfile::share(ScriptFamily f) const
{
    const int total = totalUnits();
    return total ? double(units(f)) / total : 0.0;
}

ScriptProfile &ScriptProfile::operator+=(const ScriptProfile &o)
{
    for (size_t i = 0; i < m_units.size(); ++i)
        m_units[i] += o.m_units[i];
    m_kana += o.m_kana;
    return *this;
}

QString ScriptProfile::language() const
{
    return languageForFamily(dominant(), m_kana > 0 && dominant() == ScriptFamily::Han);
}

QString languageForFamily(ScriptFamily f, bool hasKana)
{
    switch (f) {
    case ScriptFamily::Han:
        return hasKana ? QStringLiteral("ja") : QStringLiteral("zh");
    case ScriptFamily::Hangul:
        return QStringLiteral("ko");
    case ScriptFamily::Latin:
        return QStringLiteral("en");
    case ScriptFamily::Cyrillic:
        return QStringLiteral("ru");
    case ScriptFamily::Greek:
        return QStringLiteral("el");
    case ScriptFamily::Arabic:
        return QStringLiteral("ar");
    case ScriptFamily::Hebrew:
        return QStringLiteral("he");
    case ScriptFamily::Thai:
        return QStringLiteral("th");
    case ScriptFamily::Devanagari:
        return QStringLiteral("hi");
    default:
        return QStringLiteral("und");
    }
}

QString familyName(ScriptFamily f)
{
    static const char *names[]
        = { "none", "Han", "Hangul", "Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Thai", "Devanagari", "other" };
    return QString::fromLatin1(names[size_t(f)]);
}

namespace {

// ISO 639-2/T and 639-3 codes to ISO 639-1 ("zho" -> "zh"), from ICU's own table, plus the
// bibliographic 639-2/B codes and the Chinese individual languages a file may name.
QString twoLetterCode(const QString &code)
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        for (const char *const *two = uloc_getISOLanguages(); *two; ++two) {
            const QString three = QString::fromLatin1(uloc_getISO3Language(*two));
            if (!three.isEmpty())
                t.insert(three, QString::fromLatin1(*two));
        }
        const char *const extra[][2] = {
            { "chi", "zh" }, { "cmn", "zh" }, { "ger", "de" }, { "fre", "fr" }, { "dut", "nl" }, { "cze", "cs" },
            { "gre", "el" }, { "per", "fa" }, { "rum", "ro" }, { "slo", "sk" }, { "alb", "sq" }, { "arm", "hy" },
            { "baq", "eu" }, { "bur", "my" }, { "geo", "ka" }, { "ice", "is" }, { "mac", "mk" }, { "mao", "mi" },
            { "may", "ms" }, { "tib", "bo" }, { "wel", "cy" },
        };
        for (const auto &pair : extra)
            t.insert(QString::fromLatin1(pair[0]), QString::fromLatin1(pair[1]));
        return t;
    }();
    return table.value(code, code);
}

} // namespace

QString primaryLanguage(const QString &tag)
{
    const QString t = tag.trimmed().toLower();
    if (t == QLatin1String("*all*"))
        return t;
    qsizetype end = 0;
    while (end < t.size() && t[end] != QLatin1Char('-') && t[end] != QLatin1Char('_'))
        ++end;
    return end == 3 ? twoLetterCode(t.left(end)) : t.left(end);
}

QString canonicalLanguage(const QString &tag)
{
    QString t = tag.trimmed();
    t.replace(QLatin1Char('_'), QLatin1Char('-'));
    const qsizetype dash = t.indexOf(QLatin1Char('-'));
    const QString primary = primaryLanguage(t);
    return dash < 0 ? primary : primary + t.mid(dash);
}

} // namespace bireader
