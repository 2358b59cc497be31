#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

struct sb_stemmer;

namespace bireader {

// Snowball (libstemmer) stemmer for one language, e.g. "english". Not thread-safe:
// use one per thread. Falls back to the lower-cased word when the language is unknown.
class Stemmer
{
public:
    explicit Stemmer(const char *language = "english");
    ~Stemmer();
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;

    bool isValid() const { return m_stemmer != nullptr; }
    QString stem(QStringView lowerWord) const;

private:
    sb_stemmer *m_stemmer = nullptr;
    mutable QByteArray m_buffer;
};

// Snowball's algorithm name for a BCP 47 code ("en" -> "english"), or nullptr.
const char *snowballLanguage(const QString &bcp47);

} // namespace bireader
