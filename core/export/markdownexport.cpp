#include "exportwriters.h"

#include <QCoreApplication>

#include <algorithm>

namespace bireader {
namespace {

// Markdown-escapes user text so that it reads as written (no stray emphasis, links, HTML).
QString md(QString s)
{
    static const QString special = QStringLiteral("\\`*_[]<>|~#");
    QString out;
    for (QChar c : s.replace(QLatin1Char('\n'), QLatin1Char(' ')))
        out += special.contains(c) ? QLatin1Char('\\') + QString(c) : QString(c);
    return out;
}

} // namespace

QList<QList<Highlight>> highlightsBySegment(const ProjectData &data)
{
    // One pass over the highlights: an export looks up every segment's, and a pass per
    // segment made exports quadratic in notes.
    QList<QList<Highlight>> out(data.document.segments.size());
    for (const Highlight &h : data.highlights)
        if (h.segment >= 0 && h.segment < out.size())
            out[h.segment].append(h);
    for (QList<Highlight> &marks : out)
        std::stable_sort(marks.begin(), marks.end(), [](const Highlight &a, const Highlight &b) {
            return a.side != b.side ? a.side == Side::Source : a.range.start < b.range.start;
        });
    return out;
}

QString documentTitle(const ProjectData &data)
{
    return data.document.title.isEmpty() ? QCoreApplication::translate("bireader::Export", "Untitled")
                                         : data.document.title;
}

QByteArray exportMarkdown(const ProjectData &data)
{
    QString out = QLatin1String("# ") + md(documentTitle(data)) + QLatin1String("\n\n");
    const QList<Segment> &segments = data.document.segments;
    const QList<QList<Highlight>> highlights = highlightsBySegment(data);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QList<Highlight> marks = highlights[i];
        if (marks.isEmpty())
            continue;
        const Segment &s = segments[i];
        out += QCoreApplication::translate("bireader::Export", "## Segment %1").arg(i + 1) + QLatin1String("\n\n");
        out += QLatin1String("> ") + md(s.source.text) + QLatin1String("\n>\n> ") + md(s.currentTarget().text)
            + QLatin1String("\n\n");
        for (const Highlight &h : marks) {
            const QString &text = (h.side == Side::Source ? s.source : s.currentTarget()).text;
            out += QLatin1String("- **") + md(text.mid(h.range.start, h.range.length)) + QLatin1String("**");
            if (!h.note.isEmpty())
                out += QLatin1String(": ") + md(h.note);
            out += QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }
    if (!data.vocabulary.isEmpty()) {
        out += QCoreApplication::translate("bireader::Export", "## Vocabulary") + QLatin1String("\n\n| ")
            + QCoreApplication::translate("bireader::Export", "Term") + QLatin1String(" | ")
            + QCoreApplication::translate("bireader::Export", "Reading") + QLatin1String(" | ")
            + QCoreApplication::translate("bireader::Export", "Meaning") + QLatin1String(" | ")
            + QCoreApplication::translate("bireader::Export", "Context") + QLatin1String(" |\n|---|---|---|---|\n");
        for (const VocabularyItem &v : data.vocabulary)
            out += QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(md(v.term), md(v.reading), md(v.gloss), md(v.context));
    }
    return out.toUtf8();
}

QByteArray exportText(const ProjectData &data, bool withSource)
{
    QString out;
    for (const Segment &s : data.document.segments) {
        if (s.excluded)
            continue;
        if (withSource && !s.source.isEmpty())
            out += s.source.text + QLatin1Char('\n');
        if (!s.currentTarget().isEmpty())
            out += s.currentTarget().text + QLatin1Char('\n');
        if (withSource)
            out += QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace bireader
