#pragma once

#include <QList>
#include <QStringList>

namespace bireader::reader {

// What the reader remembers between runs (QSettings): the documents opened last, newest
// first, each a project or bilingual file, or a text and its translation as one entry, and
// where the reader was in each.
class RecentDocuments
{
public:
    struct Entry {
        QStringList paths; // one, or a text and its translation; absolute
        int segment = 0; // the reading position
        bool operator==(const Entry &) const = default;
    };
    static constexpr int kMax = 10;

    static QList<Entry> entries();
    static void add(const QStringList &paths); // to the front
    static void remove(const QStringList &paths);
    static void setPosition(const QStringList &paths, int segment);
    static int position(const QStringList &paths);
    // "book.bireader", or "essay.zh.txt + essay.en.txt".
    static QString label(const QStringList &paths);

private:
    static QString key(const QStringList &paths);
};

} // namespace bireader::reader
