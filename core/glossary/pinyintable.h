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

// Toneless lower-case pinyin of single Chinese characters ("chen", "lu" for 吕), from the
// dictionary's reading of the character, else ICU's Han-Latin and Latin-ASCII. Cached;
// not thread-safe.
class PinyinTable
{
public:
    explicit PinyinTable(const Dictionary *dictionary = nullptr);
    ~PinyinTable();
    const QString &of(QChar c);

private:
    const Dictionary *m_dict;
    std::unique_ptr<icu::Transliterator> m_toLatin;
    bool m_triedLatin = false;
    QHash<QChar, QString> m_cache;
};

} // namespace bireader
