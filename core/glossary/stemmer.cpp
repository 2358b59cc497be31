#include "stemmer.h"

#include <libstemmer.h>

namespace bireader {

Stemmer::Stemmer(const char *language)
    : m_stemmer(language ? sb_stemmer_new(language, "UTF_8") : nullptr)
{
}

Stemmer::~Stemmer()
{
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

QString Stemmer::stem(QStringView lowerWord) const
{
    if (!m_stemmer)
        return lowerWord.toString();
    m_buffer = lowerWord.toUtf8();
    const sb_symbol *out
        = sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol *>(m_buffer.constData()), int(m_buffer.size()));
    if (!out)
        return lowerWord.toString();
    return QString::fromUtf8(reinterpret_cast<const char *>(out), sb_stemmer_length(m_stemmer));
}

const char *snowballLanguage(const QString &bcp47)
{
    static const struct {
        const char *code, *name;
    } table[] = { { "en", "english" },   { "fr", "french" },     { "de", "german" },    { "es", "spanish" },
                  { "it", "italian" },   { "pt", "portuguese" }, { "nl", "dutch" },     { "ru", "russian" },
                  { "sv", "swedish" },   { "no", "norwegian" },  { "da", "danish" },    { "fi", "finnish" },
                  { "hu", "hungarian" }, { "ro", "romanian" },   { "tr", "turkish" },   { "ar", "arabic" },
                  { "el", "greek" },     { "hi", "hindi" },      { "id", "indonesian" } };
    const QString base = bcp47.section(QLatin1Char('-'), 0, 0).toLower();
    for (const auto &t : table)
        if (base == QLatin1String(t.code))
            return t.name;
    return nullptr;
}

} // namespace bireader
