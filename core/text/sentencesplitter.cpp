#include "sentencesplitter.h"

#include "icuconv.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>

namespace bireader {

bool isSpaceChar(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x3000) || c == QChar(0xFEFF);
}

bool isOpeningPunctuation(QChar c)
{
    const QChar::Category cat = c.category();
    return cat == QChar::Punctuation_Open || cat == QChar::Punctuation_InitialQuote;
}

TextRange trimmedRange(QStringView text, TextRange r)
{
    int b = r.start, e = r.end();
    while (b < e && isSpaceChar(text[b]))
        ++b;
    while (e > b && isSpaceChar(text[e - 1]))
        --e;
    return { b, e - b };
}

SentenceSplitter::SentenceSplitter(const QString &language)
{
    UErrorCode status = U_ZERO_ERROR;
    // "ss=standard" turns on CLDR's sentence-break suppressions (abbreviations).
    const QByteArray id = (language.isEmpty() ? QStringLiteral("und") : language).toLatin1() + "@ss=standard";
    m_iter.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(id.constData()), status));
    if (U_FAILURE(status) || !m_iter) {
        status = U_ZERO_ERROR;
        m_iter.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
    }
}

SentenceSplitter::~SentenceSplitter() = default;

QList<TextRange> SentenceSplitter::split(QStringView text) const
{
    QList<TextRange> out;
    if (!m_iter)
        return out;
    const icu::UnicodeString s = icuAlias(text);
    m_iter->setText(s);
    int start = m_iter->first();
    for (int end = m_iter->next(); end != icu::BreakIterator::DONE; end = m_iter->next()) {
        // UAX #29 counts opening quotes as "Close": in 他说。“但是……” the “ would end
        // the first sentence. Opening punctuation at a sentence's end starts the next one.
        int cut = end;
        while (cut > start && isOpeningPunctuation(text[cut - 1]))
            --cut;
        const bool carry = cut > start && cut < end && end < text.size();
        const TextRange r = trimmedRange(text, { start, (carry ? cut : end) - start });
        if (r.length > 0)
            out.append(r);
        start = carry ? cut : end;
    }
    return out;
}

} // namespace bireader
