#include "termentry.h"

#include <QHash>

namespace bireader {

int Glossary::indexOf(const QString &source) const
{
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (entries[i].source == source)
            return int(i);
    return -1;
}

namespace {

// Translations, forbidden renderings, the note and the reading of `entry` added to `e`.
void mergeInto(TermEntry &e, const TermEntry &entry)
{
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

} // namespace

void Glossary::merge(const TermEntry &entry)
{
    const int i = indexOf(entry.source);
    if (i < 0)
        entries.append(entry);
    else
        mergeInto(entries[i], entry);
}

void Glossary::merge(const QList<TermEntry> &more)
{
    // One index of the terms for all of them: a search per entry made imports quadratic.
    QHash<QString, int> index;
    index.reserve(entries.size() + more.size());
    for (int i = int(entries.size()) - 1; i >= 0; --i) // the first entry of a term wins, as indexOf finds it
        index.insert(entries[i].source, i);
    for (const TermEntry &entry : more) {
        const auto it = index.constFind(entry.source);
        if (it == index.constEnd()) {
            index.insert(entry.source, int(entries.size()));
            entries.append(entry);
        } else {
            mergeInto(entries[*it], entry);
        }
    }
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
