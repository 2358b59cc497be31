#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace bireader {

// One run of a diff between an original and a corrected text.
struct DiffRun {
    enum Kind { Equal, Deleted, Inserted };
    Kind kind;
    QString text;
    bool operator==(const DiffRun &) const = default;
};

// Original vs corrected, as a reader compares them: whole words in alphabetic scripts,
// single characters in Chinese and Japanese (no spaces to cut at). Longest common
// subsequence of those tokens; adjacent runs of one kind are joined.
QList<DiffRun> diffTexts(QStringView original, QStringView corrected);

// The tokens diffTexts() compares (words, spaces, punctuation, CJK characters).
QList<QStringView> diffTokens(QStringView text);

} // namespace bireader
