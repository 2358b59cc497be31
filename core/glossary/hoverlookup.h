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
    bool fromGlossary = false;
    int glossaryIndex = -1;
};

// What a reader sees when pointing at a word: every glossary term and dictionary word
// starting at the position, the longest first and then the shorter ones inside it
// (like the Zhongwen extension), the user's glossary before the dictionary.
// Built once per glossary change; lookups are fast and const.
class HoverLookup
{
public:
    HoverLookup(const Dictionary *dictionary, const Glossary &glossary);
    QList<HoverEntry> at(QStringView text, int position) const;
    // Glossary terms in a text, for underlining (payload = glossary index).
    QList<TermMatch> glossaryTerms(QStringView text) const;

private:
    const Dictionary *m_dict;
    Glossary m_glossary;
    std::unique_ptr<TermMatcher> m_all; // payload >= 0: dictionary entry; < 0: glossary -1-index
    std::unique_ptr<TermMatcher> m_glossaryOnly;
    mutable ReadingFinder m_readings;
};

} // namespace bireader
