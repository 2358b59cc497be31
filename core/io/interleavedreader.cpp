#include "interleavedreader.h"

#include "align/tokenizer.h"
#include "pairplausibility.h"
#include "segmentbuilder.h"
#include "text/script.h"
#include "textsource.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace bireader {
namespace {

// A paragraph, or the two halves of a line that holds a pair.
struct Piece {
    QString first, second; // second is set for a same-line pair
    ScriptFamily firstFamily = ScriptFamily::None, secondFamily = ScriptFamily::None;
    int paragraph = 0;
    bool isSameLinePair() const { return !second.isEmpty(); }
};

// Dominant family among the document's two, or None.
ScriptFamily familyOf(const ScriptProfile &p, ScriptFamily a, ScriptFamily b)
{
    if (p.units(a) == 0 && p.units(b) == 0)
        return ScriptFamily::None;
    return p.units(a) >= p.units(b) ? a : b;
}

// Splits "中文  English" at gaps of two or more spaces (or a tab) where the script changes.
Piece splitLine(const QString &line, int paragraph, ScriptFamily a, ScriptFamily b)
{
    static const QRegularExpression gap(QStringLiteral("[ \\x{00A0}\\x{3000}]{2,}|\\t"));
    Piece piece { line, {}, familyOf(ScriptProfile::of(line), a, b), ScriptFamily::None, paragraph };
    struct Run {
        int start, end;
        ScriptFamily family;
    };
    QList<Run> runs;
    int start = 0;
    auto addRun = [&](int end) {
        const ScriptFamily f = familyOf(ScriptProfile::of(QStringView(line).mid(start, end - start)), a, b);
        if (!runs.isEmpty() && (f == ScriptFamily::None || f == runs.back().family))
            runs.back().end = end;
        else
            runs.append({ start, end, f });
    };
    for (auto it = gap.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        addRun(int(m.capturedStart()));
        start = int(m.capturedEnd());
    }
    addRun(int(line.size()));
    if (runs.size() == 2 && runs[0].family != ScriptFamily::None && runs[1].family != ScriptFamily::None) {
        piece.first = line.mid(runs[0].start, runs[0].end - runs[0].start).trimmed();
        piece.second = line.mid(runs[1].start, runs[1].end - runs[1].start).trimmed();
        piece.firstFamily = runs[0].family;
        piece.secondFamily = runs[1].family;
    }
    return piece;
}

int lengthWithout(const QString &text, ScriptFamily excluded)
{
    int n = 0;
    forEachCodePoint(text, [&](char32_t c) {
        if (!QChar::isSpace(c) && c != 0x3000 && c != 0xA0
            && (excluded == ScriptFamily::None || scriptFamilyOf(c) != excluded))
            ++n;
    });
    return n;
}

struct Candidate {
    int piece;
    bool adjacent; // source and target on consecutive lines, else on one line
};

QString sourceText(const Candidate &c, const QList<Piece> &pieces, ScriptFamily src)
{
    const Piece &p = pieces[c.piece];
    return c.adjacent || p.firstFamily == src ? p.first : p.second;
}

QString targetText(const Candidate &c, const QList<Piece> &pieces, ScriptFamily src)
{
    const Piece &p = pieces[c.piece];
    return c.adjacent ? pieces[c.piece + 1].first : (p.firstFamily == src ? p.second : p.first);
}

// Counts, for each candidate, the source words with a gloss and those whose gloss the
// target holds, so that the judge can tell a pair from two unrelated neighbours.
void addLexicalEvidence(const QList<Candidate> &candidates, const QList<Piece> &pieces, ScriptFamily src,
                        const Document &doc, const Dictionary &dict, QList<PairCandidate> &out)
{
    Lexicon lexicon;
    Tokenizer source(doc.sourceLanguage, &dict, lexicon), target(doc.targetLanguage, &dict, lexicon);
    if (!source.usesDictionary())
        return;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const UnitFeatures s = source.features(sourceText(candidates[i], pieces, src));
        const UnitFeatures t = target.features(targetText(candidates[i], pieces, src));
        const QSet<int> targetStems(t.stems.begin(), t.stems.end());
        for (int w = 0; w < s.wordCount(); ++w) {
            if (s.wordBegin[size_t(w)] == s.wordBegin[size_t(w) + 1])
                continue;
            ++out[i].glossedWords;
            for (int k = s.wordBegin[size_t(w)]; k < s.wordBegin[size_t(w) + 1]; ++k)
                if (targetStems.contains(s.stems[size_t(k)])) {
                    ++out[i].matchedWords;
                    break;
                }
        }
    }
}

} // namespace

ImportResult InterleavedReader::read(QIODevice &device, const QString &name, const ImportOptions &options) const
{
    const DecodedText decoded = readText(device, name);
    if (!decoded.ok()) {
        ImportResult result;
        result.error = decoded.error;
        return result;
    }
    ImportResult result = fromParagraphs(splitParagraphs(decoded.text, ParagraphMode::Lines), name, options);
    result.sourceEncoding = decoded.encoding;
    return result;
}

ImportResult InterleavedReader::fromParagraphs(const QList<Paragraph> &paragraphs, const QString &name,
                                               const ImportOptions &options)
{
    ImportResult result;
    if (paragraphs.size() > kMaxUnitsPerSide) {
        result.error
            = QCoreApplication::translate("bireader::InterleavedReader", "%1: more than %2 paragraphs, the limit")
                  .arg(name)
                  .arg(kMaxUnitsPerSide);
        return result;
    }
    if (paragraphs.isEmpty()) {
        result.error
            = QCoreApplication::translate("bireader::InterleavedReader", "%1: the file holds no text").arg(name);
        return result;
    }

    // The document's two scripts: the two families with the most units.
    ScriptProfile total;
    QList<ScriptProfile> profiles;
    for (const Paragraph &p : paragraphs) {
        profiles.append(ScriptProfile::of(p.text));
        total += profiles.back();
    }
    QList<ScriptFamily> families;
    for (int f = 1; f < int(ScriptFamily::Count); ++f)
        if (total.units(ScriptFamily(f)) > 0)
            families.append(ScriptFamily(f));
    std::sort(families.begin(), families.end(),
              [&](ScriptFamily x, ScriptFamily y) { return total.units(x) > total.units(y); });
    int secondDominated = 0;
    if (families.size() >= 2)
        for (const ScriptProfile &p : profiles)
            secondDominated += familyOf(p, families[0], families[1]) == families[1];
    if (families.size() < 2 || secondDominated == 0) {
        result.error = QCoreApplication::translate(
                           "bireader::InterleavedReader",
                           "%1: only one language found (%2 script); an interleaved file needs paragraphs in two "
                           "languages written in different scripts")
                           .arg(name, familyName(families.isEmpty() ? ScriptFamily::None : families[0]));
        return result;
    }
    const ScriptFamily a = families[0], b = families[1];

    QList<Piece> pieces;
    for (int i = 0; i < paragraphs.size(); ++i)
        pieces.append(splitLine(paragraphs[i].text, i, a, b));

    // Orientation: which language comes first in most adjacent pairs.
    int aFirst = 0, bFirst = 0;
    for (int i = 0; i < pieces.size(); ++i) {
        const Piece &p = pieces[i];
        const bool pairNext = i + 1 < pieces.size() && !p.isSameLinePair() && !pieces[i + 1].isSameLinePair();
        if (p.isSameLinePair())
            (p.firstFamily == a ? aFirst : bFirst) += 1;
        else if (pairNext && p.firstFamily != pieces[i + 1].firstFamily
                 && pieces[i + 1].firstFamily != ScriptFamily::None)
            (p.firstFamily == a ? aFirst : bFirst) += 1;
    }
    const ScriptFamily src = aFirst >= bFirst ? a : b, tgt = src == a ? b : a;

    // Candidates: same-line pairs, and a source paragraph followed by a target one.
    QList<Candidate> candidates;
    QList<PairCandidate> lengths;
    for (int i = 0; i < pieces.size(); ++i) {
        const Piece &p = pieces[i];
        if (p.isSameLinePair()) {
            const bool srcFirst = p.firstFamily == src;
            candidates.append({ i, false });
            lengths.append({ lengthWithout(srcFirst ? p.first : p.second, ScriptFamily::None),
                             lengthWithout(srcFirst ? p.second : p.first, src) });
        } else if (p.firstFamily == src && i + 1 < pieces.size() && !pieces[i + 1].isSameLinePair()
                   && pieces[i + 1].firstFamily == tgt) {
            candidates.append({ i, true });
            lengths.append({ lengthWithout(p.first, ScriptFamily::None), lengthWithout(pieces[i + 1].first, src) });
        }
    }

    Document &doc = result.document;
    const bool kana = total.kanaUnits() > 0;
    doc.sourceLanguage = options.sourceLanguage.isEmpty() ? languageForFamily(src, kana && src == ScriptFamily::Han)
                                                          : options.sourceLanguage;
    doc.targetLanguage = options.targetLanguage.isEmpty() ? languageForFamily(tgt, kana && tgt == ScriptFamily::Han)
                                                          : options.targetLanguage;
    if (options.dictionary && !options.dictionary->isEmpty())
        addLexicalEvidence(candidates, pieces, src, doc, *options.dictionary, lengths);
    const QList<bool> plausible = judgePairs(lengths);
    SegmentBuilder builder(doc.sourceLanguage, doc.targetLanguage, options.dictionary);

    QList<int> pairedWithNext(pieces.size(), 0); // 1: adjacent pair starts here, 2: same-line pair
    for (int c = 0; c < candidates.size(); ++c)
        if (plausible[c])
            pairedWithNext[candidates[c].piece] = candidates[c].adjacent ? 1 : 2;

    for (int i = 0; i < pieces.size(); ++i) {
        if (options.isCanceled && options.isCanceled()) {
            result.canceled = true;
            return result;
        }
        const Piece &p = pieces[i];
        const Origin origin { name, p.paragraph };
        Segment seg;
        if (pairedWithNext[i] == 1) {
            seg.source = builder.side(Side::Source, p.first, origin);
            seg.target = builder.side(Side::Target, pieces[i + 1].first, { name, pieces[i + 1].paragraph });
            ++i;
        } else if (pairedWithNext[i] == 2) {
            const bool srcFirst = p.firstFamily == src;
            seg.source = builder.side(Side::Source, srcFirst ? p.first : p.second, origin);
            seg.target = builder.side(Side::Target, srcFirst ? p.second : p.first, origin);
        } else {
            const QString text = paragraphs[p.paragraph].text;
            const bool isTarget = familyOf(profiles[p.paragraph], a, b) == tgt;
            (isTarget ? seg.target : seg.source) = builder.side(isTarget ? Side::Target : Side::Source, text, origin);
        }
        builder.alignSentences(seg);
        doc.segments.append(std::move(seg));
    }
    const Segment &first = doc.segments.front();
    doc.title = (first.target.isEmpty() ? first.source.text : first.target.text).left(120);
    return result;
}

} // namespace bireader
