#pragma once

#include <QString>

namespace bireader {

// Zhuyin (bopomofo), as Taiwan's textbooks write readings, from pinyin with tone marks:
// "dēng tǎ" -> "ㄉㄥ ㄊㄚˇ", "nǚ de" -> "ㄋㄩˇ ˙ㄉㄜ". The first tone has no mark, the
// neutral tone its dot before the syllable. A syllable that is not pinyin (a Latin word,
// a number) stays as it is.
QString zhuyinFromPinyin(const QString &marked);

// One syllable without its tone ("zhuang", "lüe", "yu"), "" when it is not pinyin.
QString zhuyinSyllable(const QString &plain);

} // namespace bireader
