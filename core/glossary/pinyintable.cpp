#include "pinyintable.h"

#include "text/icuconv.h"

#include <unicode/translit.h>

namespace bireader {

PinyinTable::PinyinTable(const Dictionary *dictionary)
    : m_dict(dictionary)
{
}

PinyinTable::~PinyinTable() = default;

const QString &PinyinTable::of(QChar c)
{
    auto it = m_cache.find(c);
    if (it != m_cache.end())
        return it.value();
    QString py;
    if (m_dict) {
        const QList<int> entries = m_dict->lookup(QStringView(&c, 1));
        if (!entries.isEmpty()) {
            py = m_dict->entry(entries.front()).reading.toLower();
            py.replace(QLatin1String("u:"), QLatin1String("u"), Qt::CaseInsensitive); // 吕 lu:3 -> lu
            py = py.section(QLatin1Char(' '), 0, 0);
            while (!py.isEmpty() && py.back().isDigit())
                py.chop(1);
        }
    }
    if (py.isEmpty() && !m_triedLatin) {
        // ICU compiles Han-Latin's large rule set when it is created (about 0.1 s): only
        // when the dictionary lacks a character.
        m_triedLatin = true;
        UErrorCode status = U_ZERO_ERROR;
        m_toLatin.reset(icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            m_toLatin.reset();
    }
    if (py.isEmpty() && m_toLatin) {
        icu::UnicodeString u(char16_t(c.unicode()));
        m_toLatin->transliterate(u);
        py = fromIcu(u).trimmed();
    }
    for (QChar ch : py)
        if (!(ch >= QLatin1Char('a') && ch <= QLatin1Char('z')))
            py.clear(); // not a Latin reading: no pinyin
    return m_cache.insert(c, py).value();
}

} // namespace bireader
