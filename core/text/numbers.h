#pragma once

#include <QStringView>

#include <optional>

namespace bireader {

bool isChineseNumeralChar(QChar c);

// Value of a Chinese numeral written in characters: 二十六 = 26, 一百零五 = 105,
// 两万 = 20000, 12万 = 120000, 一九九八 = 1998 (digit by digit, three digits or more);
// 三四 ("three or four") is not a number (std::nullopt).
std::optional<long long> parseChineseNumeral(QStringView s);

// Value of an English number word, lower case: "seven" = 7, "twenty" = 20,
// "hundred" = 100, "twenty-six" = 26.
std::optional<long long> englishNumberWord(QStringView lower);

// A number written in English words from `from` (the start of a word), as the Bible and
// novels write them: "six hundred thousand and a thousand seven hundred and thirty" =
// 601730, "a hundred and twenty" = 120, "three thousand" = 3000. Only a phrase of two
// words or more counts ("one and two" is not a number: "and" follows a hundred, thousand
// or million only); std::nullopt otherwise. `end` is where the phrase ends.
struct NumberPhrase {
    long long value = 0;
    qsizetype end = 0;
};
std::optional<NumberPhrase> englishNumberPhrase(QStringView text, qsizetype from);

} // namespace bireader
