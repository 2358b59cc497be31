#include "projectimport.h"

#include "io/segmentbuilder.h"
#include "text/encoding.h"

#include <QFileInfo>

namespace bireader {

ProjectData projectFromImport(const ImportResult &result, const QStringList &paths)
{
    ProjectData data;
    data.document = result.document;
    for (auto it = result.notes.cbegin(); it != result.notes.cend(); ++it) // a note on a whole segment
        data.highlights.append({ it.key(),
                                 Side::Source,
                                 { 0, int(result.document.segments[it.key()].source.text.size()) },
                                 QStringLiteral("#fff59d"),
                                 it.value() });
    data.glossary.sourceLanguage = data.document.sourceLanguage;
    data.glossary.targetLanguage = data.document.targetLanguage;
    const QStringList encodings { result.sourceEncoding, result.targetEncoding };
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const DecodedText text = readTextFile(paths[i]);
        data.sources.append({ QFileInfo(paths[i]).fileName(), encodings.value(i), text.text });
    }
    return data;
}

namespace {

QList<Paragraph> paragraphsOf(const QList<Segment> &segments, qsizetype first, qsizetype count, Side side)
{
    QList<Paragraph> out;
    for (qsizetype i = first; i < first + count; ++i) {
        const Segment &s = segments[i];
        const SideText &text = side == Side::Source ? s.source : s.currentTarget();
        const QStringList lines = text.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines)
            if (!line.trimmed().isEmpty())
                out.append({ line, text.origin.paragraph });
    }
    return out;
}

} // namespace

QList<Segment> realignedSegments(const Document &document, int first, int count, const Dictionary *dictionary)
{
    if (first < 0 || count < 1 || first + count > document.segments.size())
        return {};
    const QList<Paragraph> source = paragraphsOf(document.segments, first, count, Side::Source);
    const QList<Paragraph> target = paragraphsOf(document.segments, first, count, Side::Target);
    if (source.isEmpty() || target.isEmpty())
        return {};
    ImportOptions options;
    options.sourceLanguage = document.sourceLanguage;
    options.targetLanguage = document.targetLanguage;
    options.dictionary = dictionary;
    const Segment &head = document.segments[first];
    const ImportResult r
        = importParagraphPair(source, head.source.origin.file, target, head.target.origin.file, options);
    if (!r.ok())
        return {};
    return r.document.segments;
}

QList<std::pair<int, Alignment>> realignedLinks(const Document &document, int first, int count,
                                                const Dictionary *dictionary, std::function<bool()> isCanceled)
{
    QList<std::pair<int, Alignment>> out;
    QList<Segment> segments;
    QList<int> indices;
    // The models learn from the stretch and the segments around it (what is aligned
    // outside the stretch is not used).
    constexpr int kContext = 200;
    for (int i = std::max(0, first - kContext); i < first + count + kContext && i < document.segments.size(); ++i) {
        const Segment &s = document.segments[i];
        if (s.isCorrected() || !s.isPaired())
            continue;
        segments.append(s);
        indices.append(i);
    }
    if (segments.isEmpty())
        return out;
    SegmentBuilder builder(document.sourceLanguage, document.targetLanguage, dictionary);
    builder.aligner().setCancelCheck(std::move(isCanceled));
    if (!builder.alignSentences(segments))
        return out;
    for (qsizetype k = 0; k < segments.size(); ++k)
        if (indices[k] >= first && indices[k] < first + count)
            out.append({ indices[k], segments[k].beads });
    return out;
}

} // namespace bireader
