#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bireader {

// One glossary entry: a source term, its approved translations, renderings that must
// not be used, a note, and the term's reading (pinyin with tone marks for Chinese).
// Before a rendering is approved, `forbidden` lists the variants seen so far: QA then
// reports the document using them inconsistently.
struct TermEntry {
    QString source;
    QStringList approved;
    QStringList forbidden;
    QString note;
    QString reading;

    bool operator==(const TermEntry &) const = default;
};

// A glossary: entries in the order the user keeps them, and the two languages.
struct Glossary {
    QString sourceLanguage;
    QString targetLanguage;
    QList<TermEntry> entries;

    // Index of the entry for `source` (compared exactly), or -1.
    int indexOf(const QString &source) const;
    // Adds an entry, or merges translations and notes into the existing one for its term.
    void merge(const TermEntry &entry);
    // The same for many entries at once, in time proportional to their number.
    void merge(const QList<TermEntry> &entries);
    bool operator==(const Glossary &) const = default;
};

// Renderings as a user types them: "High-Flyer / Huanfang" (a slash between them).
QStringList splitRenderings(const QString &text);
QString joinRenderings(const QStringList &renderings);

} // namespace bireader
