#include "exportwriters.h"

#include "glossary/csvreader.h"

#include <QCryptographicHash>

namespace bireader {
namespace {

// The same word of the same document gets the same note id at every export, so that Anki
// updates its card instead of adding another.
QString stableGuid(const QString &title, const QString &term)
{
    const QByteArray digest = QCryptographicHash::hash(
        (QStringLiteral("bireader\x1f") + title + QLatin1Char('\x1f') + term).toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).left(16));
}

QString reference(const QString &title, const VocabularyItem &v)
{
    return v.segment >= 0 ? QStringLiteral("%1, %2").arg(title).arg(v.segment + 1) : title;
}

// The translation of the sentence the word was met in: the sentences the alignment links
// with the source sentence holding the context (or the word); the whole translation when
// the segment is corrected (a correction has no links of its own) or nothing links it.
QString sentenceTranslation(const ProjectData &data, const VocabularyItem &v)
{
    const QList<Segment> &segments = data.document.segments;
    if (v.segment < 0 || v.segment >= segments.size())
        return {};
    const Segment &s = segments[v.segment];
    const QString translation = s.currentTarget().text;
    if (s.isCorrected())
        return translation;
    const QString needle = v.context.isEmpty() ? v.term : v.context;
    const qsizetype at = s.source.text.indexOf(needle);
    for (int i = 0; at >= 0 && i < s.source.sentences.size(); ++i) {
        const TextRange r = s.source.sentences[i];
        if (at < r.start || at >= r.end())
            continue;
        const Bead *b = s.beadOf(Side::Source, i);
        if (!b || b->targetCount == 0 || b->targetEnd() > s.target.sentences.size())
            break;
        const TextRange first = s.target.sentences[b->targetBegin], last = s.target.sentences[b->targetEnd() - 1];
        return translation.mid(first.start, last.end() - first.start).trimmed();
    }
    return translation;
}

} // namespace

QByteArray exportAnki(const ProjectData &data)
{
    // Anki reads these header lines (2.1.55+): separator, plain text, column names, and
    // which column is the note's id.
    QString out = QStringLiteral(
        "#separator:Comma\n#html:false\n#columns:Front,Back,Reading,Context,Source,GUID\n#guid column:6\n");
    const QString title = documentTitle(data);
    for (const VocabularyItem &v : data.vocabulary)
        out += csvRecord({ v.term, v.gloss, v.reading, v.context, reference(title, v), stableGuid(title, v.term) },
                         QLatin1Char(','))
            + QLatin1Char('\n');
    return out.toUtf8();
}

QByteArray exportAnkiCloze(const ProjectData &data)
{
    // Cloze notes: the word blanked in the sentence it was met in; on the back its reading,
    // gloss and the sentence's translation.
    QString out = QStringLiteral(
        "#separator:Comma\n#html:false\n#notetype:Cloze\n#columns:Text,Back Extra,GUID\n#guid column:3\n");
    const QString title = documentTitle(data);
    for (const VocabularyItem &v : data.vocabulary) {
        QString text = v.context;
        const QString blank = QStringLiteral("{{c1::%1}}").arg(v.term);
        if (const qsizetype at = text.indexOf(v.term); at >= 0)
            text.replace(at, v.term.size(), blank);
        else
            text = text.isEmpty() ? blank : text + QLatin1Char(' ') + blank;
        QStringList back;
        for (const QString &part : { v.reading, v.gloss, sentenceTranslation(data, v), reference(title, v) })
            if (!part.isEmpty())
                back << part;
        out += csvRecord({ text, back.join(QStringLiteral(" · ")), stableGuid(title, v.term) }, QLatin1Char(','))
            + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace bireader
