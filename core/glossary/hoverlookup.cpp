#include "hoverlookup.h"

#include <algorithm>

namespace bireader {

HoverLookup::HoverLookup(const Dictionary *dictionary, const Glossary &glossary,
                         std::shared_ptr<const TermMatcher> dictionaryMatcher)
    : m_dict(dictionary)
    , m_glossary(glossary)
    , m_dictionary(dictionaryMatcher ? std::move(dictionaryMatcher) : HoverLookup::dictionaryMatcher(dictionary))
    , m_glossaryOnly(std::make_unique<TermMatcher>())
    , m_renderings(std::make_unique<TermMatcher>())
    , m_readings(dictionary)
{
    for (qsizetype g = 0; g < glossary.entries.size(); ++g) {
        const TermEntry &e = glossary.entries[g];
        m_glossaryOnly->addTerm(e.source, int(g));
        for (const QString &a : e.approved)
            m_renderings->addTerm(a, int(g) * 2);
        for (const QString &f : e.forbidden)
            m_renderings->addTerm(f, int(g) * 2 + 1);
    }
    m_glossaryOnly->build();
    m_renderings->build();
}

HoverLookup::~HoverLookup() = default;

std::shared_ptr<const TermMatcher> HoverLookup::dictionaryMatcher(const Dictionary *dictionary)
{
    auto matcher = std::make_shared<TermMatcher>();
    if (dictionary) {
        for (int e = 0; e < dictionary->size(); ++e) {
            const DictEntry entry = dictionary->entry(e);
            matcher->addTerm(entry.simplified, e);
            if (entry.traditional != entry.simplified)
                matcher->addTerm(entry.traditional, e);
        }
    }
    matcher->build();
    return matcher;
}

HoverEntry HoverLookup::glossaryEntry(int index, TextRange range) const
{
    const TermEntry &t = m_glossary.entries[index];
    HoverEntry h;
    h.range = range;
    h.headword = t.source;
    h.reading = t.reading.isEmpty() ? m_readings.reading(t.source) : t.reading;
    h.glosses = t.approved;
    h.forbidden = t.forbidden;
    h.note = t.note;
    h.fromGlossary = true;
    h.glossaryIndex = index;
    return h;
}

QList<HoverEntry> HoverLookup::at(QStringView text, int position) const
{
    // The longest word starting at the position, from either source, sets the span; every
    // glossary term and dictionary word inside that span is shown.
    QList<TermMatch> glossaryHits = m_glossaryOnly->lookupAt(text, position);
    QList<TermMatch> dictionaryHits = m_dictionary->lookupAt(text, position);
    const int gLongest = glossaryHits.isEmpty() ? 0 : glossaryHits.front().length;
    const int dLongest = dictionaryHits.isEmpty() ? 0 : dictionaryHits.front().length;
    if (gLongest > dLongest)
        dictionaryHits = m_dictionary->inside(text, position, position + gLongest);
    else if (dLongest > gLongest)
        glossaryHits = m_glossaryOnly->inside(text, position, position + dLongest);

    QList<HoverEntry> out, dictionaryEntries;
    for (const TermMatch &m : glossaryHits)
        out.append(glossaryEntry(m.payload, { m.start, m.length }));
    QList<int> seenEntries;
    for (const TermMatch &m : dictionaryHits) {
        if (seenEntries.contains(m.payload))
            continue; // simplified and traditional forms of one entry
        seenEntries.append(m.payload);
        const DictEntry e = m_dict->entry(m.payload);
        HoverEntry h;
        h.range = { m.start, m.length };
        h.headword = text.mid(m.start, m.length).toString();
        h.reading = numberedPinyinToMarks(e.reading);
        h.glosses = e.glosses;
        dictionaryEntries.append(h);
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

QList<RenderingMatch> HoverLookup::renderings(QStringView translation, int entry) const
{
    QList<RenderingMatch> out;
    for (const TermMatch &m : m_renderings->findAll(translation)) {
        const int e = m.payload / 2;
        if (entry < 0 || e == entry)
            out.append({ { m.start, m.length }, e, m.payload % 2 == 0 });
    }
    return out;
}

QList<HoverEntry> HoverLookup::renderingsAt(QStringView translation, int position) const
{
    QList<HoverEntry> out;
    QList<int> seen;
    for (const RenderingMatch &r : renderings(translation)) {
        if (position < r.range.start || position >= r.range.end() || seen.contains(r.entry))
            continue;
        seen.append(r.entry);
        out.append(glossaryEntry(r.entry, r.range));
    }
    return out;
}

} // namespace bireader
