#pragma once

#include "model/segment.h"

#include <QString>
#include <QStringView>

#include <memory>

#include <unicode/uversion.h>
U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace bireader {

// Splits text into sentences with ICU's sentence break iterator for a language.
// Abbreviations known to CLDR (Mr., U.S., e.g.) do not end a sentence; closing
// quotes and brackets stay with their sentence. Ranges exclude surrounding spaces.
class SentenceSplitter
{
public:
    explicit SentenceSplitter(const QString &language);
    ~SentenceSplitter();
    SentenceSplitter(const SentenceSplitter &) = delete;
    SentenceSplitter &operator=(const SentenceSplitter &) = delete;

    QList<TextRange> split(QStringView text) const;

private:
    std::unique_ptr<icu::BreakIterator> m_iter;
};

// Trims Unicode white space (including NBSP and U+3000) from both ends of a range.
TextRange trimmedRange(QStringView text, TextRange r);
bool isSpaceChar(QChar c);
bool isOpeningPunctuation(QChar c); // Unicode Ps and Pi: ( [ 「 “ ‘ «

} // namespace bireader
