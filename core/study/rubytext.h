#pragma once

#include "glossary/reading.h"
#include "model/segment.h"

#include <QList>
#include <QStringView>

namespace bireader {

class WordDatabase;

// A Chinese word of a text with its reading, for pinyin above the text (ruby) and tone
// colours: the dictionary's word reading (not character by character), else ICU's
// Han-Latin; one tone (1-5) a character when the reading has a syllable for each.
struct RubyWord {
    TextRange range;
    QString reading; // tone marks, "dēng tǎ"
    QList<int> tones; // per character; empty when the syllables do not match the characters
};

class RubyFinder
{
public:
    explicit RubyFinder(const Dictionary *dictionary);
    // The Chinese words of `text`, cut as studyWords() cuts them (the learner's own terms
    // from `words` too).
    QList<RubyWord> words(QStringView text, const WordDatabase *words = nullptr);

private:
    const Dictionary *m_dictionary;
    ReadingFinder m_readings;
};

int toneOfSyllable(const QString &marked); // "dēng" 1, "tǎ" 3, "de" 5
QString toneNumbers(const QString &marked); // "dēng tǎ" -> "deng1 ta3", "lüè" -> "lüe4"

} // namespace bireader
