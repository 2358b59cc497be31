#include "numbers.h"

#include <QString>

#include <algorithm>
#include <limits>

namespace bireader {
namespace {

int digitOf(QChar c)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (c == QChar(0x4E24)) // 两
        return 2;
    if (c == QChar(0x3007)) // 〇
        return 0;
    return int(digits.indexOf(c));
}

long long unitOf(QChar c)
{
    switch (c.unicode()) {
    case 0x5341:
        return 10; // 十
    case 0x767E:
        return 100; // 百
    case 0x5343:
        return 1000; // 千
    case 0x4E07:
        return 10000; // 万
    case 0x4EBF:
        return 100000000; // 亿
    default:
        return 0;
    }
}

} // namespace

bool isChineseNumeralChar(QChar c)
{
    return digitOf(c) >= 0 || unitOf(c) > 0;
}

std::optional<long long> parseChineseNumeral(QStringView s)
{
    if (s.isEmpty())
        return std::nullopt;
    // Digit by digit, as years are written (一九九八, 二〇一九): three or more digits, no units.
    if (s.size() >= 3
        && std::all_of(s.begin(), s.end(), [](QChar c) { return digitOf(c) >= 0 && c != QChar(0x4E24); })) {
        long long v = 0;
        for (QChar c : s)
            v = v * 10 + digitOf(c);
        return v;
    }
    long long total = 0, section = 0, digit = -1;
    bool lastWasDigit = false;
    for (QChar c : s) {
        if (c.isDigit()) {
            digit = (digit < 0 ? 0 : digit) * 10 + c.digitValue();
            lastWasDigit = true;
            continue;
        }
        const int d = digitOf(c);
        if (d >= 0) {
            if (lastWasDigit && d != 0)
                return std::nullopt; // 三四 ("three or four") is a range, not a number
            digit = d;
            lastWasDigit = d != 0;
            continue;
        }
        const long long unit = unitOf(c);
        if (unit == 0)
            return std::nullopt;
        lastWasDigit = false;
        if (unit >= 10000) {
            section += digit < 0 ? 0 : digit;
            total += (section == 0 ? 1 : section) * unit;
            section = 0;
        } else {
            section += (digit < 0 ? 1 : digit) * unit;
        }
        digit = -1;
    }
    return total + section + (digit < 0 ? 0 : digit);
}

std::optional<long long> englishNumberWord(QStringView w)
{
    static const char *small[] = { "zero",     "one",     "two",     "three",     "four",     "five",    "six",
                                   "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
                                   "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };
    static const char *tens[] = { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };
    const qsizetype dash = w.indexOf(QLatin1Char('-'));
    if (dash > 0) {
        const auto a = englishNumberWord(w.left(dash)), b = englishNumberWord(w.mid(dash + 1));
        if (a && b && *a >= 20 && *a % 10 == 0 && *b < 10)
            return *a + *b;
        return std::nullopt;
    }
    for (int i = 0; i < 20; ++i)
        if (w == QLatin1String(small[i]))
            return i;
    for (int i = 0; i < 8; ++i)
        if (w == QLatin1String(tens[i]))
            return (i + 2) * 10;
    if (w == QLatin1String("hundred"))
        return 100;
    if (w == QLatin1String("thousand"))
        return 1000;
    if (w == QLatin1String("million"))
        return 1000000;
    return std::nullopt;
}

std::optional<NumberPhrase> englishNumberPhrase(QStringView text, qsizetype from)
{
    const qsizetype n = text.size();
    auto wordAt = [&](qsizetype i, qsizetype *end) { // the word at i (letters and inner hyphens), lower case
        qsizetype j = i;
        while (j < n && (text[j].isLetter() || (text[j] == QLatin1Char('-') && j + 1 < n && text[j + 1].isLetter())))
            ++j;
        *end = j;
        return text.mid(i, j - i).toString().toLower();
    };
    auto skipSpaces = [&](qsizetype i) {
        while (i < n && text[i] == QLatin1Char(' '))
            ++i;
        return i;
    };
    auto isScale = [](long long v) { return v == 100 || v == 1000 || v == 1000000; };
    long long total = 0, current = 0, lastScale = std::numeric_limits<long long>::max();
    bool afterScale = false; // the last word was hundred, thousand or million: "and" may follow
    int words = 0;
    qsizetype i = from, end = from;
    while (i < n) {
        qsizetype next = 0;
        QString w = wordAt(i, &next);
        if (w.isEmpty())
            break;
        qsizetype wordEnd = next;
        const bool joiner = w == QLatin1String("and");
        if (joiner && !afterScale)
            break;
        if (joiner) { // "and" counts only if a number follows
            const qsizetype after = skipSpaces(next);
            w = wordAt(after, &wordEnd);
            next = wordEnd;
        }
        long long v = 0;
        if (w == QLatin1String("a") || w == QLatin1String("an")) { // "a thousand"
            qsizetype scaleEnd = 0;
            const auto scale = englishNumberWord(wordAt(skipSpaces(next), &scaleEnd));
            if (!scale || !isScale(*scale) || current != 0)
                break;
            v = 1;
        } else if (const auto word = englishNumberWord(w)) {
            v = *word;
        } else {
            break;
        }
        if (v == 100) {
            if (current == 0 && words > 0 && !afterScale)
                break;
            if (current >= 100 || lastScale <= 100)
                break;
            current = std::max(1LL, current) * 100;
        } else if (v >= 1000) {
            if (v > lastScale) // "six hundred thousand and a thousand": the same scale may come again
                break;
            total += std::max(1LL, current) * v;
            current = 0;
            lastScale = v;
        } else {
            const long long rest = current % 100;
            const bool fits = v < 10 ? (rest == 0 || (rest >= 20 && rest % 10 == 0)) : rest == 0;
            if (!fits || v == 0)
                break;
            current += v;
        }
        afterScale = isScale(v);
        ++words;
        end = next;
        i = skipSpaces(next);
    }
    if (words < 2)
        return std::nullopt;
    return NumberPhrase { total + current, end };
}

} // namespace bireader
