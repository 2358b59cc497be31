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

} // namespace bireader
