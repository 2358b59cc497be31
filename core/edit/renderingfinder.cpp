#include "renderingfinder.h"

#include "align/tokenizer.h"
#include "glossary/reading.h"
#include "glossary/stemmer.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace bireader {
namespace {

// Weights of a gloss by what it glosses: the whole term, a word inside it, a character.
constexpr double kWholeGloss = 1.0, kWordGloss = 0.9, kCharGloss = 0.8;
constexpr double kWholeReading = 1.0, kSyllable = 0.8; // "Huanfang"; a capitalised "Yong"
constexpr double kUnsupported = 0.7; // the cost of a word inside a span that nothing speaks for
constexpr double kTopicWord = 0.45; // the cost of widening a span by a word only the document speaks for
constexpr double kSecondOpinion = 0.25; // what a second kind of evidence adds
constexpr double kUntranslated = 2.0; // the term itself, left in the translation
constexpr double kMinPrecision = 0.8; // of the segments whose translation has a word, the share holding the term
constexpr double kCommonShare = 0.02; // of the other segments: a gloss word more common than this is weak
constexpr int kMinSegments = 3;
constexpr double kSignificant
    = 10.83; // G² at p = 0.001, one degree of freedom // a word seen once or twice with the term may be chance

const QRegularExpression &wordPattern()
{
    static const QRegularExpression re(QStringLiteral("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*"));
    return re;
}

// The toneless syllables of numbered or marked pinyin: "àn yǒng" / "an4 yong3" -> an, yong.
QStringList tonelessSyllables(const QString &pinyin)
{
    QString plain;
    for (const QChar c : pinyin.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing && !c.isDigit())
            plain += c == QChar(u'ü') ? QLatin1Char('v') : c.toLower();
    return plain.split(QRegularExpression(QStringLiteral("[^a-z]+")), Qt::SkipEmptyParts);
}

// Dunning's log-likelihood ratio (G²) of a 2x2 table: k11 segments with the word and the
// term, k12 the word alone, k21 the term alone, k22 neither.
double logLikelihoodRatio(double k11, double k12, double k21, double k22)
{
    auto xlogx = [](double x) { return x > 0 ? x * std::log(x) : 0.0; };
    const double n = k11 + k12 + k21 + k22;
    const double rows = xlogx(k11 + k12) + xlogx(k21 + k22), cols = xlogx(k11 + k21) + xlogx(k12 + k22);
    const double cells = xlogx(k11) + xlogx(k12) + xlogx(k21) + xlogx(k22);
    return 2 * (cells - rows - cols + xlogx(n));
}

bool usableGloss(const QString &gloss)
{
    for (const char *skip : { "variant of", "old variant", "see ", "CL:", "surname ", "used in", "abbr. for" })
        if (gloss.startsWith(QLatin1String(skip)))
            return false;
    return true;
}

bool onlySpacesBetween(QStringView text, int from, int to)
{
    for (int k = from; k < to; ++k)
        if (!text[k].isSpace() && text[k] != QLatin1Char('-'))
            return false;
    return true;
}

} // namespace

RenderingFinder::RenderingFinder(const ProjectData &data, int entry, const Dictionary *dictionary)
    : m_data(data)
{
    if (entry < 0 || entry >= data.glossary.entries.size())
        return;
    const TermEntry &e = data.glossary.entries[entry];
    m_term = e.source;
    if (const char *language = snowballLanguage(data.document.targetLanguage))
        m_stemmer = std::make_unique<Stemmer>(language);
    if (dictionary && data.document.targetLanguage.startsWith(QLatin1String("en")))
        addGlosses(dictionary);
    addReadings(dictionary);
    learnFromDocument();
}

RenderingFinder::~RenderingFinder() = default;

QString RenderingFinder::stemOf(const QString &lower) const
{
    return m_stemmer && m_stemmer->isValid() ? m_stemmer->stem(lower) : lower;
}

void RenderingFinder::addGlosses(const Dictionary *dictionary)
{
    const int n = int(m_term.size());
    std::vector<int> entries;
    for (int start = 0; start < n; ++start) {
        for (int length = 1; start + length <= n && length <= dictionary->maxHeadwordLength(); ++length) {
            dictionary->lookup(QStringView(m_term).mid(start, length), entries);
            const double weight = length == n ? kWholeGloss : length > 1 ? kWordGloss : kCharGloss;
            for (int index : entries) {
                for (QString gloss : dictionary->entry(index).glosses) {
                    if (!usableGloss(gloss))
                        continue;
                    gloss.remove(QRegularExpression(QStringLiteral("\\([^)]*\\)|\\[[^\\]]*\\]")));
                    for (auto it = wordPattern().globalMatch(gloss); it.hasNext();) {
                        const QString lower = it.next().captured().toLower();
                        if (lower.size() < 2 || isStopWord(lower))
                            continue;
                        m_glossStems[stemOf(lower)].append({ m_term.mid(start, length), weight });
                    }
                }
            }
        }
    }
}

void RenderingFinder::addReadings(const Dictionary *dictionary)
{
    ReadingFinder readings(dictionary);
    const QStringList whole = tonelessSyllables(readings.reading(m_term));
    if (whole.size() > 1)
        m_wholeReadings.insert(whole.join(QString()));
    for (qsizetype from = 0; from < whole.size(); ++from) // "Liang", "Wenfeng" of Liang Wenfeng
        for (qsizetype n = 1; from + n <= whole.size() && n < whole.size(); ++n)
            m_syllables.insert(whole.mid(from, n).join(QString()));
    if (!dictionary)
        return;
    std::vector<int> entries;
    for (const QChar c : m_term) { // every reading of each character (涌 yǒng and chōng)
        dictionary->lookup(QStringView(&c, 1), entries);
        for (int index : entries)
            for (const QString &s : tonelessSyllables(dictionary->entry(index).reading))
                m_syllables.insert(s);
    }
    dictionary->lookup(m_term, entries);
    for (int index : entries)
        if (const QStringList s = tonelessSyllables(dictionary->entry(index).reading); s.size() > 1)
            m_wholeReadings.insert(s.join(QString()));
}

bool RenderingFinder::holdsTerm(int segment) const
{
    return !m_term.isEmpty() && m_data.document.segments[segment].source.text.contains(m_term, Qt::CaseInsensitive);
}

void RenderingFinder::learnFromDocument()
{
    // How many segments' translations hold each stem, among those holding the term and the rest.
    QHash<QString, std::pair<int, int>> counts; // stem -> (with the term, without)
    const QList<Segment> &segments = m_data.document.segments;
    int holding = 0, translated = 0;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        if (s.excluded || s.currentTarget().isEmpty())
            continue;
        ++translated;
        const bool in = holdsTerm(int(i));
        holding += in ? 1 : 0;
        QSet<QString> seen;
        for (auto it = wordPattern().globalMatch(s.currentTarget().text); it.hasNext();) {
            const QString lower = it.next().captured().toLower();
            if (!isStopWord(lower))
                seen.insert(stemOf(lower));
        }
        for (const QString &stem : std::as_const(seen))
            (in ? counts[stem].first : counts[stem].second) += 1;
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const auto [in, out] = it.value();
        const double precision = double(in) / (in + out);
        // Mostly with the term, and more often than chance puts it there: a frequent term
        // (创新 in 48 of 112 segments) shares many words with its segments by chance.
        if (in < kMinSegments || precision < kMinPrecision
            || logLikelihoodRatio(in, out, holding - in, translated - holding - out) < kSignificant)
            continue;
        // Seen in enough of the term's segments, in absolute number and in share.
        const double support = std::min(1.0, in / 3.0) * std::min(1.0, 3.0 * in / std::max(1, holding));
        m_contrast.insert(it.key(), precision * support);
    }
    // A gloss of a part of the term (方 "side", "place", "method") that the translations
    // use often where the term is not counts half: it is likely there for another reason.
    const int without = std::max(1, translated - holding);
    for (auto it = m_glossStems.begin(); it != m_glossStems.end(); ++it) {
        const int out = counts.value(it.key()).second;
        for (auto &[part, weight] : it.value())
            if (weight < kWholeGloss && out > std::max(1.0, kCommonShare * without))
                weight *= 0.5;
    }
}

RenderingFinder::Evidence RenderingFinder::evidence(const QString &word, const QString &stem,
                                                    QStringView sourceRest) const
{
    // A character's gloss when the sentence holds the character elsewhere too (灯 "lamp" in
    // 灯塔的灯亮了) may be that other occurrence's: it counts half.
    double glossed = 0;
    for (const auto &[part, weight] : m_glossStems.value(stem))
        glossed = std::max(glossed, part.size() == 1 && sourceRest.contains(part) ? weight / 2 : weight);
    const QString lower = word.toLower();
    double reading = 0;
    if (m_wholeReadings.contains(lower))
        reading = kWholeReading;
    else if (lower.size() >= 3 && word.front().isUpper() && m_syllables.contains(lower))
        reading = kSyllable;
    const double gloss = std::max(glossed, reading), document = m_contrast.value(stem);
    // The strongest kind of evidence, and a quarter of the other when both speak.
    const double best = std::max(gloss, document), other = std::min(gloss, document);
    return { best + kSecondOpinion * other, gloss == 0 && document > 0 };
}

QList<RenderingFinder::Word> RenderingFinder::wordsOf(const QString &text, const Region &r) const
{
    QList<Word> words;
    const TextRange region = r.target;
    const QString part = text.mid(region.start, region.length);
    for (auto it = wordPattern().globalMatch(part); it.hasNext();) {
        const auto m = it.next();
        const QString lower = m.captured().toLower();
        Word w;
        w.range = { region.start + int(m.capturedStart()), int(m.capturedLength()) };
        w.stop = isStopWord(lower);
        if (!w.stop) {
            const Evidence e = evidence(m.captured(), stemOf(lower), r.sourceRest);
            w.evidence = e.weight;
            w.documentOnly = e.documentOnly;
        }
        words.append(w);
    }
    return words;
}

QList<RenderingCandidate> RenderingFinder::spans(const QString &text, const Region &r) const
{
    QList<RenderingCandidate> out;
    const TextRange region = r.target;
    const QStringView part = QStringView(text).mid(region.start, region.length);
    for (qsizetype at = part.indexOf(m_term); at >= 0 && !m_term.isEmpty(); at = part.indexOf(m_term, at + 1))
        out.append({ { region.start + int(at), int(m_term.size()) }, kUntranslated }); // 梁文锋 kept as it is
    const QList<Word> words = wordsOf(text, r);
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words[i].evidence <= 0)
            continue; // a span starts and ends with a word something speaks for
        double sum = 0;
        for (qsizetype j = i; j < words.size() && j < i + kMaxWords; ++j) {
            if (j > i && !onlySpacesBetween(text, words[j - 1].range.end(), words[j].range.start))
                break; // not across punctuation: "Dark Surge": After
            sum += words[j].evidence > 0 ? words[j].evidence : -kUnsupported;
            if (j > i && words[j].documentOnly) // a word the document ties to the term, no more:
                sum -= kTopicWord; // it may be the topic's ("innovative organization")
            if (words[j].evidence > 0)
                out.append({ { words[i].range.start, words[j].range.end() - words[i].range.start }, sum });
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.score > b.score; });
    return out;
}

QList<RenderingFinder::Region> RenderingFinder::regions(int segment) const
{
    QList<Region> out;
    const Segment &s = m_data.document.segments[segment];
    const SideText &target = s.currentTarget();
    const QString &source = s.source.text;
    for (qsizetype at = source.indexOf(m_term, 0, Qt::CaseInsensitive); at >= 0 && !m_term.isEmpty();
         at = source.indexOf(m_term, at + m_term.size(), Qt::CaseInsensitive)) {
        // The translation's sentences aligned with the sentence holding the term, else all of it.
        Region region { { 0, int(target.text.size()) }, { 0, int(source.size()) }, 0, {} };
        for (qsizetype k = 0; k < s.source.sentences.size(); ++k) {
            if (at < s.source.sentences[k].start || at >= s.source.sentences[k].end())
                continue;
            if (const Bead *b = s.beadOf(Side::Source, int(k)); b && b->targetCount > 0 && b->sourceCount > 0) {
                const int first = target.sentences[b->targetBegin].start;
                region.target = { first, target.sentences[b->targetEnd() - 1].end() - first };
                const int from = s.source.sentences[b->sourceBegin].start;
                region.source = { from, s.source.sentences[b->sourceEnd() - 1].end() - from };
            }
            break;
        }
        auto same = std::find_if(out.begin(), out.end(), [&](const Region &r) { return r.target == region.target; });
        if (same == out.end()) {
            region.sourceRest = source.mid(region.source.start, region.source.length);
            region.sourceRest.replace(m_term, QStringLiteral("\u3000"), Qt::CaseInsensitive);
            same = out.insert(out.end(), region);
        }
        ++same->count;
    }
    return out;
}

QList<RenderingCandidate> RenderingFinder::candidates(int segment) const
{
    QList<RenderingCandidate> out;
    const QString &text = m_data.document.segments[segment].currentTarget().text;
    for (const Region &region : regions(segment))
        for (const RenderingCandidate &c : spans(text, region))
            if (std::none_of(out.begin(), out.end(), [&](const auto &o) { return o.range == c.range; }))
                out.append(c);
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.score > b.score; });
    return out;
}

QList<RenderingCandidate> RenderingFinder::renderings(int segment) const
{
    QList<RenderingCandidate> out;
    const QString &text = m_data.document.segments[segment].currentTarget().text;
    for (const Region &region : regions(segment)) {
        int taken = 0;
        for (const RenderingCandidate &c : spans(text, region)) {
            if (taken == region.count || c.score < kSure)
                break;
            const bool overlaps = std::any_of(out.begin(), out.end(), [&](const auto &o) {
                return c.range.start < o.range.end() && o.range.start < c.range.end();
            });
            if (!overlaps) {
                out.append(c);
                ++taken;
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.range.start < b.range.start; });
    return out;
}

} // namespace bireader
