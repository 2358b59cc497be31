#pragma once

#include "dictionary.h"
#include "model/segment.h"
#include "reading.h"
#include "termentry.h"
#include "termmatcher.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace bireader {

// One entry a hover shows.
struct HoverEntry {
    TextRange range; // where it is in the text
    QString headword;
    QString reading; // pinyin with tone marks
    QStringList glosses; // dictionary glosses, or the approved translations
    QStringList forbidden; // glossary only
    QString note; // glossary only
    QString status; // the learner's status of the word pointed at (word status view), shown under it
    bool fromGlossary = false;
    int glossaryIndex = -1;
    bool operator==(const HoverEntry &) const = default;
};

// A glossary rendering found in a translation: an approved one or a forbidden one.
struct RenderingMatch {
    TextRange range;
    int entry = -1;
    bool approved = true;
    bool operator==(const RenderingMatch &) const = default;
};

// What a reader sees when pointing at a word: every glossary term and dictionary word
// starting at the position, the longest first and then the shorter ones inside it
// (like the Zhongwen extension), the user's glossary before the dictionary.
// The dictionary's matcher is built once and shared (dictionaryMatcher()); the
// glossary's part is rebuilt on each glossary change, which is cheap.
class HoverLookup
{
public:
    HoverLookup(const Dictionary *dictionary, const Glossary &glossary,
                std::shared_ptr<const TermMatcher> dictionaryMatcher = {});
    ~HoverLookup();

    // The matcher over a dictionary's headwords (simplified and traditional; payload = entry).
    static std::shared_ptr<const TermMatcher> dictionaryMatcher(const Dictionary *dictionary);

    QList<HoverEntry> at(QStringView text, int position) const;
    // Glossary terms that start before `position` and cover it, the longest first: the
    // source pane underlines a term whole, so pointing anywhere on it shows it (as a CAT
    // tool's glossary does), before what at() finds there.
    QList<HoverEntry> coveringGlossaryTerms(QStringView text, int position) const;
    // Glossary terms in a (source) text, for underlining (payload = glossary index).
    QList<TermMatch> glossaryTerms(QStringView text) const;
    // Approved and forbidden renderings of glossary entries in a translation; `entry` -1: all entries.
    QList<RenderingMatch> renderings(QStringView translation, int entry = -1) const;
    // Glossary entries whose rendering covers `position` of a translation (hover on the target side).
    QList<HoverEntry> renderingsAt(QStringView translation, int position) const;
    const Glossary &glossary() const { return m_glossary; }
    // A term's pinyin with tone marks: the dictionary's words, else ICU's Han-Latin.
    QString reading(const QString &term) const { return m_readings.reading(term); }

private:
    HoverEntry glossaryEntry(int index, TextRange range) const;

    const Dictionary *m_dict;
    Glossary m_glossary;
    std::shared_ptr<const TermMatcher> m_dictionary; // payload: dictionary entry
    std::unique_ptr<TermMatcher> m_glossaryOnly; // payload: glossary index
    int m_glossaryReach = 0; // how far before a position a term covering it may start
    std::unique_ptr<TermMatcher> m_renderings; // payload: 2 * index (+1 when forbidden)
    mutable ReadingFinder m_readings;
};

} // namespace bireader
