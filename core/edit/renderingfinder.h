#pragma once

#include "glossary/dictionary.h"
#include "store/projectdata.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace bireader {

class Stemmer;

// A span of a translation that may render a glossary term, and how sure the finder is.
struct RenderingCandidate {
    TextRange range; // in the segment's current translation
    double score = 0;
    bool operator==(const RenderingCandidate &) const = default;
};

// Finds how a translation renders a glossary term whatever its approved rendering is: a
// machine translation writes 暗涌 as "Dark Surge", "Dark Yong" or "Undercurrent" where the
// glossary says "LatePost". The words of a span are weighed by what speaks for them:
// - the dictionary's glosses of the term, of the words and of the characters inside it
//   (暗 "dark"), compared by Snowball stem ("Surging" and "surge");
// - the term's pinyin without tones, whole ("Huanfang") or a capitalised syllable ("Yong");
// - the document itself: words found in the translations of the segments that hold the
//   term and (almost) nowhere else ("Undercurrent" in 29 of 41 such segments, 0 others).
// A span is one to four words in the sentences aligned with the term's sentence, content
// words at both ends; words with no evidence inside it cost.
class RenderingFinder
{
public:
    RenderingFinder(const ProjectData &data, int entry, const Dictionary *dictionary);
    ~RenderingFinder();

    // Every candidate span in the segment's translation, best first.
    QList<RenderingCandidate> candidates(int segment) const;
    // The renderings the finder is sure of: for each sentence group holding the term, as
    // many non-overlapping spans as it holds occurrences, each scoring kSure at least.
    QList<RenderingCandidate> renderings(int segment) const;

    // Whether a segment's source holds the term.
    bool holdsTerm(int segment) const;

    static constexpr double kSure = 0.8; // one character's gloss, rare elsewhere in the document
    static constexpr int kMaxWords = 4;

private:
    struct Word {
        TextRange range;
        double evidence = 0;
        bool stop = false;
        bool documentOnly = false; // only the document's statistics speak for it
    };
    struct Evidence {
        double weight = 0;
        bool documentOnly = false;
    };
    // Where a segment's translation renders the term: the sentences aligned with a sentence
    // holding it, how often it is there, and the rest of that source text.
    struct Region {
        TextRange target, source;
        int count = 0;
        QString sourceRest; // the source sentences with the term blanked out
    };
    QList<Word> wordsOf(const QString &text, const Region &region) const;
    QList<RenderingCandidate> spans(const QString &text, const Region &region) const;
    QList<Region> regions(int segment) const;
    void addGlosses(const Dictionary *dictionary);
    void addReadings(const Dictionary *dictionary);
    void learnFromDocument();
    Evidence evidence(const QString &word, const QString &stem, QStringView sourceRest) const;
    QString stemOf(const QString &lower) const;

    const ProjectData &m_data;
    QString m_term;
    std::unique_ptr<Stemmer> m_stemmer;
    QHash<QString, QList<std::pair<QString, double>>> m_glossStems; // gloss word's stem -> (part of the term, weight)
    QSet<QString> m_syllables; // toneless pinyin of the term's characters, and runs of them ("wenfeng")
    QSet<QString> m_wholeReadings; // the term's pinyin run together ("huanfang")
    QHash<QString, double> m_contrast; // stem -> how much the document ties it to the term
};

} // namespace bireader
