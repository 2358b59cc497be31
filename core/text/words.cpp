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

} // namespace bireader
