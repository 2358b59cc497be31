#include "termentry.h"

namespace bireader {

int Glossary::indexOf(const QString &source) const
{
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (entries[i].source == source)
            return int(i);
    return -1;
}

void Glossary::merge(const TermEntry &entry)
{
    const int i = indexOf(entry.source);
    if (i < 0) {
        entries.append(entry);
        return;
    }
    TermEntry &e = entries[i];
    for (const QString &a : entry.approved)
        if (!e.approved.contains(a))
            e.approved.append(a);
    for (const QString &f : entry.forbidden)
        if (!e.forbidden.contains(f))
            e.forbidden.append(f);
    if (e.note.isEmpty())
        e.note = entry.note;
    else if (!entry.note.isEmpty() && !e.note.contains(entry.note))
        e.note += QLatin1String("; ") + entry.note;
    if (e.reading.isEmpty())
        e.reading = entry.reading;
}

QStringList splitRenderings(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        if (const QString t = part.trimmed(); !t.isEmpty())
            out.append(t);
    return out;
}

QString joinRenderings(const QStringList &renderings)
{
    return renderings.join(QStringLiteral(" / "));
}

} // namespace bireader
