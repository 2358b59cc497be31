#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <memory>
#include <vector>

#include <unicode/uversion.h>
U_NAMESPACE_BEGIN
class Transliterator;
class Normalizer2;
U_NAMESPACE_END

namespace bireader {

// Text folded for matching, with the way back to the original offsets.
struct FoldedText {
    QString text;
    std::vector<int> origin; // origin[k]: original index of folded unit k; origin[size] = original size

    // The original range [start, end) covering folded units [foldedStart, foldedEnd).
    int originalStart(int foldedStart) const { return origin[size_t(foldedStart)]; }
    int originalEnd(int foldedEnd) const;
};

// Folds text the way a reader expects terms to match: ICU NFKC (full-width and
// half-width forms, compatibility characters), case folding, and traditional Chinese
// characters to simplified (ICU Traditional-Simplified). Character by character, so
// every folded unit knows where it came from. Not thread-safe (it caches).
class TextFolder
{
public:
    TextFolder();
    ~TextFolder();
    TextFolder(const TextFolder &) = delete;
    TextFolder &operator=(const TextFolder &) = delete;

    FoldedText fold(QStringView text);
    QString foldKey(QStringView text); // the folded text alone

private:
    const QString &foldCodePoint(char32_t c);

    std::unique_ptr<icu::Transliterator> m_toSimplified;
    const icu::Normalizer2 *m_nfc = nullptr; // owned by ICU
    QHash<char32_t, QString> m_cache;
};

} // namespace bireader
