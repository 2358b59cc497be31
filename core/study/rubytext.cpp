#include "rubytext.h"

#include "studywords.h"
#include "text/script.h"

namespace bireader {
namespace {

// The combining marks of the four tones, as NFD writes them.
int toneOfMark(QChar c)
{
    switch (c.unicode()) {
    case 0x0304:
        return 1;
    case 0x0301:
        return 2;
    case 0x030C:
        return 3;
    case 0x0300:
        return 4;
    default:
        return 0;
    }
}

} // namespace

int toneOfSyllable(const QString &marked)
{
    for (QChar c : marked.normalized(QString::NormalizationForm_D))
        if (const int tone = toneOfMark(c))
            return tone;
    return 5;
}

QString toneNumbers(const QString &marked)
{
    QStringList out;
    for (const QString &syllable : marked.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString plain;
        for (QChar c : syllable.normalized(QString::NormalizationForm_D))
            if (!toneOfMark(c))
                plain += c;
        out << plain.normalized(QString::NormalizationForm_C) + QString::number(toneOfSyllable(syllable));
    }
    return out.join(QLatin1Char(' '));
}

RubyFinder::RubyFinder(const Dictionary *dictionary)
    : m_dictionary(dictionary)
    , m_readings(dictionary)
{
}

QList<RubyWord> RubyFinder::words(QStringView text, const WordDatabase *words)
{
    QList<RubyWord> out;
    for (const TextRange &r : studyWords(text, QStringLiteral("zh"), m_dictionary, words)) {
        const QStringView word = text.sliced(r.start, r.length);
        if (!std::all_of(word.begin(), word.end(), isHanCharacter))
            continue;
        RubyWord w { r, m_readings.reading(word.toString()), {} };
        const QStringList syllables = w.reading.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (syllables.size() == r.length)
            for (const QString &s : syllables)
                w.tones << toneOfSyllable(s);
        out.append(std::move(w));
    }
    return out;
}

} // namespace bireader
