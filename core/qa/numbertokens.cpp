#include "numbertokens.h"

#include "text/numbers.h"

namespace bireader {
namespace {

QString valueKey(double v)
{
    return QLatin1Char('#') + QString::number(v, 'g', 15);
}

int monthNumber(QStringView word)
{
    static const char *months[] = { "january", "february", "march",     "april",   "may",      "june",
                                    "july",    "august",   "september", "october", "november", "december" };
    if (word.isEmpty() || !word.front().isUpper())
        return 0;
    for (int m = 0; m < 12; ++m)
        if (word.compare(QLatin1String(months[m]), Qt::CaseInsensitive) == 0)
            return m + 1;
    return 0;
}

bool isAsciiLetter(QChar c)
{
    return c.unicode() < 128 && c.isLetter();
}

// "three decades", "3 decades": the count of years, as 三十年 says it. Returns where the
// word "decade(s)" ends after `at`, or -1.
int decadesAfter(QStringView text, int at)
{
    int k = at;
    while (k < text.size() && text[k] == QLatin1Char(' '))
        ++k;
    for (const QLatin1String word : { QLatin1String("decades"), QLatin1String("decade") })
        if (k > at && text.mid(k).startsWith(word, Qt::CaseInsensitive)
            && (k + word.size() >= text.size() || !text[k + int(word.size())].isLetter()))
            return k + int(word.size());
    return -1;
}

} // namespace

QList<NumberToken> numberTokens(QStringView text)
{
    QList<NumberToken> out;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c == QChar(0x27E8)) { // an inline-code token (⟨1⟩, ⟨/1⟩): its number is no number of the text
            int j = i + 1;
            while (j < n && j - i < 8 && (text[j].isDigit() || text[j] == QLatin1Char('/')))
                ++j;
            if (j < n && text[j] == QChar(0x27E9)) {
                i = j + 1;
                continue;
            }
        }
        if (c.isDigit() || isChineseNumeralChar(c)) {
            // Digits, Chinese numerals and separators between digits: 10,000 / 3.5 / 12万 / 一九九八.
            int j = i;
            while (j < n
                   && (text[j].isDigit() || isChineseNumeralChar(text[j])
                       || ((text[j] == QLatin1Char(',') || text[j] == QLatin1Char('.')) && j + 1 < n && j > i
                           && text[j - 1].isDigit() && text[j + 1].isDigit())))
                ++j;
            const QStringView run = text.mid(i, j - i);
            const bool asciiDigits = run.front().unicode() < 128 && run.front().isDigit();
            // 80s, 1990s, 1st, 2nd, 3rd, 4th: a number with an English suffix.
            int suffix = 0;
            for (const char *sfx : { "s", "st", "nd", "rd", "th" }) {
                const QLatin1String l(sfx);
                if (asciiDigits && text.mid(j).startsWith(l, Qt::CaseInsensitive)
                    && (j + l.size() >= n || !text[j + int(l.size())].isLetterOrNumber()))
                    suffix = int(l.size());
            }
            const bool alnumCode = asciiDigits && suffix == 0
                && ((i > 0 && isAsciiLetter(text[i - 1])) || (j < n && isAsciiLetter(text[j])));
            if (alnumCode) { // part of A100 / 70B / V2: handled as a code below
                int a = i, b = j;
                while (a > 0 && (text[a - 1].isLetterOrNumber() && text[a - 1].unicode() < 128))
                    --a;
                while (b < n && (text[b].isLetterOrNumber() && text[b].unicode() < 128))
                    ++b;
                if (out.isEmpty() || out.back().range.start != a)
                    out.append({ text.mid(a, b - a).toString().toLower(), { a, b - a }, false });
                i = b;
                continue;
            }
            const bool hasDigit = std::any_of(run.begin(), run.end(), [](QChar x) { return x.isDigit(); });
            if (hasDigit && std::all_of(run.begin(), run.end(), [](QChar x) {
                    return x.isDigit() || x == QLatin1Char(',') || x == QLatin1Char('.');
                })) {
                QString digits = run.toString();
                digits.remove(QLatin1Char(','));
                if (const int end = suffix == 0 ? decadesAfter(text, j) : -1; end > 0) {
                    out.append({ valueKey(digits.toDouble() * 10), { i, end - i }, false });
                    j = end;
                } else {
                    out.append({ valueKey(digits.toDouble()), { i, j - i + suffix }, false });
                    j += suffix;
                }
            } else if (const auto v = parseChineseNumeral(run)) {
                // A lone numeral (一些, 十分) or one led by a unit (千万 "must", 万一 "in case")
                // is as often a word as a number.
                const QChar first = run.front();
                const bool leadingUnit = first == QChar(0x4E07) || first == QChar(0x5343) || first == QChar(0x767E)
                    || first == QChar(0x4EBF);
                // 八十年代 is "the 1980s" (a decade of the last century, as English writes it).
                const bool decade = *v >= 20 && *v <= 90 && *v % 10 == 0 && text.mid(j).startsWith(u"\u5e74\u4ee3");
                out.append({ valueKey(double(decade ? 1900 + *v : *v)), { i, j - i }, run.size() == 1 || leadingUnit });
            }
            i = j;
        } else if (isAsciiLetter(c)) {
            int j = i;
            while (j < n
                   && ((text[j].isLetterOrNumber() && text[j].unicode() < 128)
                       || (text[j] == QLatin1Char('-') && j + 1 < n && text[j + 1].isLetter())))
                ++j;
            const QStringView word = text.mid(i, j - i);
            if (std::any_of(word.begin(), word.end(), [](QChar x) { return x.isDigit(); })) {
                // A code such as A100 or GPT5 (digits inside letters).
                out.append({ word.toString().toLower(), { i, j - i }, false });
            } else if (const auto phrase = englishNumberPhrase(text, i)) { // six hundred and ten
                out.append({ valueKey(double(phrase->value)), { i, int(phrase->end) - i }, false });
                j = int(phrase->end);
            } else if (const auto v = englishNumberWord(word.toString().toLower())) {
                if (const int end = decadesAfter(text, j); end > 0) { // three decades = 30 (years)
                    out.append({ valueKey(double(*v) * 10), { i, end - i }, false });
                    j = end;
                } else {
                    const bool soft = *v <= 2 || *v == 10 || *v == 100 || *v == 1000;
                    out.append({ valueKey(double(*v)), { i, j - i }, soft });
                }
            } else if (const int month = monthNumber(word); month > 0) {
                out.append({ valueKey(month), { i, j - i }, true }); // 5月 = May
            }
            i = j;
        } else {
            ++i;
        }
    }
    return out;
}

} // namespace bireader
