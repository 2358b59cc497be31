#pragma once

#include <QString>

namespace bireader {

// A CC-CEDICT gloss as a reader reads it: cross-references "TRAD|SIMP[pin1 yin1]" and
// "WORD[pin1]" become "SIMP pīnyīn", and classifiers "CL:個|个[ge4],隻|只[zhi1]" become
// "CL: 个 gè, 只 zhī".
QString readableGloss(const QString &gloss);

// Whether a reading names a proper noun (CC-CEDICT capitalises their pinyin: Fang1).
bool isProperNounReading(const QString &numberedReading);

} // namespace bireader
