#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace bireader {

// How well a learner knows a word (after Lute and LingQ): not seen yet, learning in four
// steps, known, or ignored (a name, a word of another language: never counted or tinted).
enum class WordStatus : int {
    New = 0,
    Learning1 = 1,
    Learning2 = 2,
    Learning3 = 3,
    Learning4 = 4,
    Known = 5,
    Ignored = 6
};

// "new", "learning1" ... "learning4", "known", "ignored".
QString wordStatusName(WordStatus status);
// The names above, case-insensitive, and numbers: 0-5 as Lute's levels (5: known), 98
// (Lute's ignored), 99 (Lute's well known); nullopt for anything else.
std::optional<WordStatus> wordStatusFromName(const QString &name);
inline bool isLearning(WordStatus s)
{
    return s >= WordStatus::Learning1 && s <= WordStatus::Learning4;
}

// One word of the user's list, in one language.
struct WordRecord {
    QString language; // "zh", "en": the primary subtag
    QString term; // as the user saw it
    WordStatus status = WordStatus::New;
    QString reading; // pinyin for Chinese, may be empty
    QString gloss;
    QDateTime changed; // UTC
};

} // namespace bireader
