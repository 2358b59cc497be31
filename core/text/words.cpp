#include "words.h"

#include "icuconv.h"

#include <unicode/brkiter.h>

#include <memory>

namespace bireader {

TextRange wordAt(QStringView text, int position, const QString &language)
{
    if (position < 0 || position >= text.size())
        return { position, 0 };
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createWordInstance(icu::Locale(language.toLatin1().constData()), status));
    if (U_FAILURE(status) || !it)
        return { position, 0 };
    const icu::UnicodeString s = icuAlias(text);
    it->setText(s);
    const int end = it->following(position);
    const int status2 = it->getRuleStatus();
    const int start = it->previous();
    if (status2 == UBRK_WORD_NONE || end == icu::BreakIterator::DONE || start == icu::BreakIterator::DONE)
        return { position, 0 };
    return { start, end - start };
}

QList<TextRange> wordsIn(QStringView text, const QString &language, bool numbers)
{
    QList<TextRange> out;
    if (text.isEmpty())
        return out;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createWordInstance(icu::Locale(language.toLatin1().constData()), status));
    if (U_FAILURE(status) || !it)
        return out;
    const icu::UnicodeString s = icuAlias(text);
    it->setText(s);
    int start = it->first();
    for (int end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        const int rule = it->getRuleStatus();
        if (rule >= UBRK_WORD_LETTER || (numbers && rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT))
            out.append({ start, end - start });
    }
    return out;
}

} // namespace bireader
