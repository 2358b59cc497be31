#pragma once

#include <QString>
#include <QStringView>
#include <unicode/unistr.h>

namespace bireader {

// Read-only ICU view of a QString's UTF-16 buffer (no copy). The QString must outlive it.
inline icu::UnicodeString icuAlias(QStringView s)
{
    return icu::UnicodeString(false, reinterpret_cast<const char16_t *>(s.utf16()), int32_t(s.size()));
}

inline QString fromIcu(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

// ICU NFKC normalisation (folds full-width forms and compatibility characters).
QString nfkc(const QString &s);

} // namespace bireader
