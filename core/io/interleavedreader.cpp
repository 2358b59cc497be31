#include "interleavedreader.h"

#include "articleedges.h"
#include "interleavedpairing.h"
#include "model/logging.h"
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
    result.warnings += decoded.warnings;
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
    // The page's paragraphs as the pairing sees them: family 0 is script a.
    auto familyIndex = [a, b](ScriptFamily f) { return f == a ? 0 : f == b ? 1 : -1; };
    QList<InterleavedPiece> page;
    for (int i = 0; i < pieces.size(); ++i) {
        const Piece &p = pieces[i];
        InterleavedPiece ip;
        ip.text = p.first;
        ip.second = p.second;
        ip.family = familyIndex(p.firstFamily);
        ip.secondFamily = familyIndex(p.secondFamily);
        ip.blankAfter = i + 1 < pieces.size() && paragraphs[i + 1].line > paragraphs[i].line + 1;
        page.append(ip);
    }
    Document &doc = result.document;
    const bool kana = total.kanaUnits() > 0;
    PageLanguages languages;
    languages.script[0] = a;
    languages.script[1] = b;
    languages.language[0] = languageForFamily(a, kana && a == ScriptFamily::Han);
    languages.language[1] = languageForFamily(b, kana && b == ScriptFamily::Han);
    const InterleavedPairs pairs = pairInterleaved(page, languages, options.dictionary);
    // The language that comes first in most pairs is taken for the original.
    const int sourceFamily = pairs.firstFamily;
    const ScriptFamily src = languages.script[sourceFamily], tgt = languages.script[1 - sourceFamily];
    doc.sourceLanguage = options.sourceLanguage.isEmpty() ? languages.language[sourceFamily] : options.sourceLanguage;
    doc.targetLanguage
        = options.targetLanguage.isEmpty() ? languages.language[1 - sourceFamily] : options.targetLanguage;
    SegmentBuilder builder(doc.sourceLanguage, doc.targetLanguage, options.dictionary);

    for (int i = 0; i < pieces.size(); ++i) {
        if (options.isCanceled && options.isCanceled()) {
            result.canceled = true;
            return result;
        }
        const Piece &p = pieces[i];
        const Origin origin { name, p.paragraph };
        Segment seg;
        if (pairs.pairing[i] == Pairing::WithNext) {
            const bool srcFirst = p.firstFamily == src;
            const Piece &s = srcFirst ? p : pieces[i + 1], &t = srcFirst ? pieces[i + 1] : p;
            seg.source = builder.side(Side::Source, s.first, { name, s.paragraph });
            seg.target = builder.side(Side::Target, t.first, { name, t.paragraph });
            ++i;
        } else if (pairs.pairing[i] == Pairing::SameLine) {
            const bool srcFirst = p.firstFamily == src;
            seg.source = builder.side(Side::Source, srcFirst ? p.first : p.second, origin);
            seg.target = builder.side(Side::Target, srcFirst ? p.second : p.first, origin);
        } else {
            const QString text = paragraphs[p.paragraph].text;
            const bool isTarget = familyOf(profiles[p.paragraph], a, b) == tgt;
            (isTarget ? seg.target : seg.source) = builder.side(isTarget ? Side::Target : Side::Source, text, origin);
            seg.excluded = pairs.pairing[i] == Pairing::ChromeInside; // a caption, a link: not the article's
        }
        doc.segments.append(std::move(seg));
    }
    builder.aligner().setCancelCheck(options.isCanceled);
    if (!builder.alignSentences(doc.segments)) {
        result.canceled = true;
        return result;
    }
    const int setAside = excludePageEdges(doc.segments)
        + int(std::count(pairs.pairing.begin(), pairs.pairing.end(), Pairing::ChromeInside));
    doc.title = articleTitle(doc.segments);
    qCDebug(lcIo) << name << ":" << pieces.size() << "paragraphs," << doc.pairedCount() << "pairs," << setAside
                  << "set aside as chrome; source" << doc.sourceLanguage << "title" << doc.title;
    return result;
}

} // namespace bireader
