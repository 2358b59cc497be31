#include "hoverlookup.h"

#include "glossformat.h"

#include <algorithm>

namespace bireader {
namespace {

bool isVariantGloss(const QString &gloss)
{
    return gloss.contains(QLatin1String("variant of "));
}

// Of one word's dictionary entries, the common readings come first, then entries that only
// name a variant, then proper nouns (CC-CEDICT capitalises their pinyin: 方 fāng before Fāng).
int rank(const HoverEntry &e)
{
    if (e.fromGlossary)
        return 0;
    if (isProperNounReading(e.reading))
        return 2;
    return !e.glosses.isEmpty() && std::all_of(e.glosses.begin(), e.glosses.end(), isVariantGloss) ? 1 : 0;
}

} // namespace

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
        m_glossaryReach = std::max(m_glossaryReach, 2 * int(e.source.size())); // room for case folding
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
        const QString headword = text.mid(m.start, m.length).toString();
        const QString reading = numberedPinyinToMarks(e.reading);
        // One entry per word and reading: the glosses of entries that only differ in their
        // traditional form (创 of 創, 剏 and 剙) are merged.
        auto same = std::find_if(dictionaryEntries.begin(), dictionaryEntries.end(), [&](const HoverEntry &h) {
            return h.range.start == m.start && h.range.length == m.length && h.reading == reading;
        });
        if (same != dictionaryEntries.end()) {
            for (const QString &g : e.glosses)
                if (!same->glosses.contains(g))
                    same->glosses.append(g);
            continue;
        }
        HoverEntry h;
        h.range = { m.start, m.length };
        h.headword = headword;
        h.reading = reading;
        h.glosses = e.glosses;
        dictionaryEntries.append(h);
    }
    for (HoverEntry &h : dictionaryEntries) // a word's own meanings before "variant of"
        std::stable_partition(h.glosses.begin(), h.glosses.end(), [](const QString &g) { return !isVariantGloss(g); });
    // The user's glossary first, then the dictionary; in each, the words starting at the
    // position (longest first), then the words inside them in reading order.
    auto order = [position](const HoverEntry &a, const HoverEntry &b) {
        const bool aHere = a.range.start == position, bHere = b.range.start == position;
        if (aHere != bHere)
            return aHere;
        if (a.range.start != b.range.start)
            return a.range.start < b.range.start;
        if (a.range.length != b.range.length)
            return a.range.length > b.range.length;
        return rank(a) < rank(b);
    };
    std::stable_sort(out.begin(), out.end(), order);
    std::stable_sort(dictionaryEntries.begin(), dictionaryEntries.end(), order);
    return out + dictionaryEntries;
}

QList<HoverEntry> HoverLookup::coveringGlossaryTerms(QStringView text, int position) const
{
    QList<HoverEntry> out;
    if (m_glossaryReach == 0 || position <= 0)
        return out;
    const int from = std::max(0, position - m_glossaryReach);
    const int to = int(std::min<qsizetype>(text.size(), qsizetype(position) + m_glossaryReach));
    for (const TermMatch &m : m_glossaryOnly->inside(text, from, to))
        if (m.start < position && position < m.start + m.length)
            out.append(glossaryEntry(m.payload, { m.start, m.length }));
    std::stable_sort(out.begin(), out.end(), [](const HoverEntry &a, const HoverEntry &b) {
        return a.range.length > b.range.length; // the longest term first
    });
    return out;
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
