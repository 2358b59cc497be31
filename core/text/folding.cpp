#include "folding.h"

#include "icuconv.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>

namespace bireader {

int FoldedText::originalEnd(int foldedEnd) const
{
    // The end of the original character that produced the last folded unit.
    if (foldedEnd <= 0)
        return origin.front();
    const int last = origin[size_t(foldedEnd - 1)];
    size_t k = size_t(foldedEnd);
    while (k < origin.size() - 1 && origin[k] == last)
        ++k;
    return origin[k];
}

TextFolder::TextFolder()
{
    UErrorCode status = U_ZERO_ERROR;
    m_toSimplified.reset(icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
    if (U_FAILURE(status))
        m_toSimplified.reset();
    status = U_ZERO_ERROR;
    m_nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
        m_nfc = nullptr;
}

TextFolder::~TextFolder() = default;

const QString &TextFolder::foldCodePoint(char32_t c)
{
    auto it = m_cache.find(c);
    if (it != m_cache.end())
        return it.value();
    const QString original = QString::fromUcs4(&c, 1);
    QString folded = nfkc(original).toCaseFolded();
    if (m_toSimplified && c >= 0x3400) {
        icu::UnicodeString u = icuAlias(folded);
        u.getTerminatedBuffer(); // own a copy before transliterating in place
        m_toSimplified->transliterate(u);
        folded = fromIcu(u);
    }
    if (folded.isEmpty())
        folded = original; // never drop a character: offsets must stay mappable
    return m_cache.insert(c, folded).value();
}

FoldedText TextFolder::fold(QStringView text)
{
    FoldedText f;
    f.text.reserve(text.size());
    f.origin.reserve(size_t(text.size()) + 1);
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        const qsizetype start = i;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        const QString &folded = foldCodePoint(c);
        // A combining mark composes with what precedes it (ﾃﾞ -> デ), as whole-text NFKC would.
        if (folded.size() == 1 && !f.text.isEmpty() && folded[0].isMark()) {
            const UChar32 composed
                = m_nfc ? m_nfc->composePair(f.text.back().unicode(), folded[0].unicode()) : U_SENTINEL;
            if (composed >= 0 && composed < 0x10000) {
                f.text.back() = QChar(char16_t(composed));
                continue; // the composed unit keeps the origin of its base character
            }
        }
        f.text += folded;
        f.origin.insert(f.origin.end(), size_t(folded.size()), int(start));
    }
    f.origin.push_back(int(text.size()));
    return f;
}

QString TextFolder::foldKey(QStringView text)
{
    return fold(text).text;
}

} // namespace bireader
