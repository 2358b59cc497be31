#include "paragraphs.h"

#include "script.h"
#include "sentencesplitter.h"

#include <QStringList>

namespace bireader {
namespace {

QString trimmed(const QString &line)
{
    const TextRange r = trimmedRange(line, { 0, int(line.size()) });
    return line.mid(r.start, r.length);
}

bool isCjkChar(QChar c)
{
    return isCjkFamily(scriptFamilyOf(c.unicode())) || (c.unicode() >= 0x3000 && c.unicode() < 0x3040)
        || (c.unicode() >= 0xFF00 && c.unicode() < 0xFFF0);
}

} // namespace

bool looksHardWrapped(const QStringList &lines)
{
    static const QString terminals = QStringLiteral(".!?:;\"'\u201d\u2019)\u3002\uff01\uff1f\uff1a\u300d\u300f");
    int nonBlank = 0, continued = 0, midSentence = 0, longest = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString t = trimmed(lines[i]);
        if (t.isEmpty())
            continue;
        ++nonBlank;
        longest = std::max(longest, int(lines[i].size()));
        if (i + 1 < lines.size() && !trimmed(lines[i + 1]).isEmpty()) {
            ++continued;
            midSentence += !terminals.contains(t.back());
        }
    }
    // Wrapped prose: several lines run on into the next, mostly in mid-sentence, and no
    // line is long. One sentence or paragraph a line ends its lines with punctuation.
    return nonBlank >= 4 && continued * 4 >= nonBlank && midSentence * 2 > continued && longest <= 100;
}

QString unwrapLines(const QStringList &lines)
{
    QString out;
    for (const QString &raw : lines) {
        const QString line = trimmed(raw);
        if (line.isEmpty())
            continue;
        if (!out.isEmpty()) {
            const QChar last = out.back();
            if (last == QLatin1Char('-') && out.size() > 1 && out[out.size() - 2].isLetter() && line[0].isLower())
                out.chop(1); // re-join a hyphenated word
            else if (!(isCjkChar(last) && isCjkChar(line[0])))
                out += QLatin1Char(' ');
        }
        out += line;
    }
    return out;
}

QList<Paragraph> splitParagraphs(const QString &text, ParagraphMode mode)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = normalized.split(QLatin1Char('\n'));
    if (mode == ParagraphMode::Auto)
        mode = looksHardWrapped(lines) ? ParagraphMode::Blocks : ParagraphMode::Lines;

    QList<Paragraph> out;
    QStringList block;
    int blockStart = 0;
    auto flush = [&] {
        if (!block.isEmpty())
            out.append({ unwrapLines(block), blockStart });
        block.clear();
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QString t = trimmed(lines[i]);
        if (mode == ParagraphMode::Lines) {
            if (!t.isEmpty())
                out.append({ t, i });
            continue;
        }
        if (t.isEmpty()) {
            flush();
            continue;
        }
        if (block.isEmpty())
            blockStart = i;
        block.append(t);
    }
    flush();
    return out;
}

} // namespace bireader
