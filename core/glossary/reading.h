#pragma once

#include "dictionary.h"

#include <QHash>
#include <QString>

#include <memory>

#include <unicode/uversion.h>
U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace bireader {

// "zhong1 guo2" -> "zhōng guó"; "lu:e4" -> "lüè"; tone 5 (neutral) has no mark.
QString numberedPinyinToMarks(const QString &numbered);

// The reading of a Chinese term as a hover shows it: the dictionary's word reading
// when the dictionary has the word, else ICU's Han-Latin transliteration. Tone marks.
class ReadingFinder
{
public:
    explicit ReadingFinder(const Dictionary *dictionary = nullptr);
    ~ReadingFinder();
    QString reading(const QString &term);

private:
    const Dictionary *m_dict;
    std::unique_ptr<icu::Transliterator> m_hanLatin;
    QHash<char32_t, QString> m_syllables; // Han character -> its Han-Latin syllable
};

} // namespace bireader
