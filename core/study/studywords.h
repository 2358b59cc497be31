#pragma once

#include "model/segment.h"
#include "wordstatus.h"

#include <QList>
#include <QStringList>
#include <QStringView>

namespace bireader {

class Dictionary;
class WordDatabase;

// The words a learner gives a status to, in order. Chinese runs are cut by the longest
// match among the dictionary's headwords and the learner's own terms in `words` (a name
// the dictionary lacks, marked once, is one word from then on; a character nothing starts
// stands alone); without a dictionary, and for every other script, by ICU's word rules.
// Numbers, spaces and punctuation are not words.
QList<TextRange> studyWords(QStringView text, const QString &language, const Dictionary *dictionary,
                            const WordDatabase *words = nullptr);

// How much of a text the learner knows: distinct words by status, and the share of the
// running words (every occurrence; ignored words left out) that are known.
struct WordCounts {
    int known = 0, learning = 0, fresh = 0, ignored = 0; // distinct words ("fresh": new)
    int running = 0, runningKnown = 0; // occurrences, ignored words not counted
    double knownShare() const { return running ? double(runningKnown) / running : 0.0; }
};
WordCounts countWords(const QStringList &texts, const QString &language, const Dictionary *dictionary,
                      const WordDatabase &words);

} // namespace bireader
