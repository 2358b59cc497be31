#include "reading.h"

#include "text/icuconv.h"
#include "text/script.h"

#include <unicode/translit.h>

namespace bireader {
namespace {

// Marked vowels for tones 1-4.
const QString kMarks[6] = { QStringLiteral("āáǎà"), QStringLiteral("ēéěè"), QStringLiteral("īíǐì"),
                            QStringLiteral("ōóǒò"), QStringLiteral("ūúǔù"), QStringLiteral("ǖǘǚǜ") };
const QString kVowels = QStringLiteral("aeiouü");

QString markSyllable(QString syllable)
{
    syllable.replace(QLatin1String("u:"), QStringLiteral("ü")).replace(QLatin1Char('v'), QStringLiteral("ü"));
    if (syllable.isEmpty() || !syllable.back().isDigit())
        return syllable;
    const int tone = syllable.back().digitValue();
    syllable.chop(1);
    if (tone < 1 || tone > 4)
        return syllable;
    // Rules: a or e takes the mark; in "ou" the o does; otherwise the last vowel.
    const QString lower = syllable.toLower();
    qsizetype at = lower.indexOf(QLatin1Char('a'));
    if (at < 0)
        at = lower.indexOf(QLatin1Char('e'));
    if (at < 0)
        at = lower.indexOf(QLatin1String("ou"));
    if (at < 0)
        for (qsizetype i = lower.size() - 1; i >= 0 && at < 0; --i)
            if (kVowels.contains(lower[i]))
                at = i;
    if (at < 0)
        return syllable; // "r5", "m2": no vowel to mark
    const qsizetype v = kVowels.indexOf(lower[at]);
    QChar marked = kMarks[v][tone - 1];
    if (syllable[at].isUpper())
        marked = marked.toUpper();
    syllable[at] = marked;
    return syllable;
}

} // namespace

QString numberedPinyinToMarks(const QString &numbered)
{
    QStringList out;
    for (const QString &s : numbered.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out.append(markSyllable(s));
    return out.join(QLatin1Char(' '));
}

ReadingFinder::ReadingFinder(const Dictionary *dictionary)
    : m_dict(dictionary)
{
    UErrorCode status = U_ZERO_ERROR;
    m_hanLatin.reset(icu::Transliterator::createInstance("Han-Latin", UTRANS_FORWARD, status));
    if (U_FAILURE(status))
        m_hanLatin.reset();
}

ReadingFinder::~ReadingFinder() = default;

QString ReadingFinder::reading(const QString &term)
{
    if (m_dict) {
        const QList<int> entries = m_dict->lookup(term);
        if (!entries.isEmpty())
            return numberedPinyinToMarks(m_dict->entry(entries.front()).reading);
    }
    if (!m_hanLatin)
        return {};
    // Han-Latin reads character by character: each character transliterated once and
    // kept (ICU's rules take tens of microseconds a call; a glossary has 300,000 terms).
    QStringList parts;
    QString other; // a run of characters that are not Han, kept as written
    bool anyHan = false;
    forEachCodePoint(term, [&](char32_t c) {
        if (scriptFamilyOf(c) != ScriptFamily::Han) {
            other += QString::fromUcs4(&c, 1);
            return;
        }
        anyHan = true;
        if (!other.trimmed().isEmpty())
            parts << other.trimmed();
        other.clear();
        auto it = m_syllables.constFind(c);
        if (it == m_syllables.constEnd()) {
            icu::UnicodeString u = icu::UnicodeString(UChar32(c));
            m_hanLatin->transliterate(u);
            QString syllable = fromIcu(u).trimmed();
            it = m_syllables.insert(c, syllable == QString::fromUcs4(&c, 1) ? QString() : syllable);
        }
        if (!it->isEmpty())
            parts << *it;
    });
    if (!other.trimmed().isEmpty())
        parts << other.trimmed();
    return anyHan ? parts.join(QLatin1Char(' ')) : QString();
}

} // namespace bireader
