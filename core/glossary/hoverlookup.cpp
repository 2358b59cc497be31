#include "hoverlookup.h"

#include <algorithm>

namespace bireader {

HoverLookup::HoverLookup(const Dictionary *dictionary, const Glossary &glossary)
    : m_dict(dictionary)
    , m_glossary(glossary)
    , m_all(std::make_unique<TermMatcher>())
    , m_glossaryOnly(std::make_unique<TermMatcher>())
    , m_readings(dictionary)
{
    for (qsizetype g = 0; g < glossary.entries.size(); ++g) {
        m_all->addTerm(glossary.entries[g].source, -1 - int(g));
        m_glossaryOnly->addTerm(glossary.entries[g].source, int(g));
    }
    if (m_dict) {
        for (int e = 0; e < m_dict->size(); ++e) {
            const DictEntry entry = m_dict->entry(e);
            m_all->addTerm(entry.simplified, e);
            if (entry.traditional != entry.simplified)
                m_all->addTerm(entry.traditional, e);
        }
    }
    m_all->build();
    m_glossaryOnly->build();
}

QList<HoverEntry> HoverLookup::at(QStringView text, int position) const
{
    QList<HoverEntry> out, dictionaryEntries;
    QList<int> seenEntries;
    for (const TermMatch &m : m_all->lookupAt(text, position)) {
        HoverEntry h;
        h.range = { m.start, m.length };
        if (m.payload < 0) {
            const int g = -1 - m.payload;
            const TermEntry &t = m_glossary.entries[g];
            h.headword = t.source;
            h.reading = t.reading.isEmpty() ? m_readings.reading(t.source) : t.reading;
            h.glosses = t.approved;
            h.forbidden = t.forbidden;
            h.note = t.note;
            h.fromGlossary = true;
            h.glossaryIndex = g;
            out.append(h);
        } else if (!seenEntries.contains(m.payload)) {
            seenEntries.append(m.payload); // simplified and traditional forms of one entry
            const DictEntry e = m_dict->entry(m.payload);
            h.headword = text.mid(m.start, m.length).toString();
            h.reading = numberedPinyinToMarks(e.reading);
            h.glosses = e.glosses;
            dictionaryEntries.append(h);
        }
    }
    // The user's glossary first, then the dictionary; in each, the words starting at the
    // position (longest first), then the words inside them in reading order.
    auto order = [position](const HoverEntry &a, const HoverEntry &b) {
        const bool aHere = a.range.start == position, bHere = b.range.start == position;
        if (aHere != bHere)
            return aHere;
        if (a.range.start != b.range.start)
            return a.range.start < b.range.start;
        return a.range.length > b.range.length;
    };
    std::stable_sort(out.begin(), out.end(), order);
    std::stable_sort(dictionaryEntries.begin(), dictionaryEntries.end(), order);
    return out + dictionaryEntries;
}

QList<TermMatch> HoverLookup::glossaryTerms(QStringView text) const
{
    return m_glossaryOnly->findAll(text);
}

} // namespace bireader
