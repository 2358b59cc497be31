#pragma once

#include "model/segment.h"

#include <QString>
#include <QStringView>

namespace bireader {

// The word at `position` by ICU's word break rules for a language (Chinese and Japanese
// by ICU's dictionary), or an empty range at `position` when it is on space or punctuation.
TextRange wordAt(QStringView text, int position, const QString &language);

// Every word of a text by the same rules, in order; spaces, punctuation and symbols are not
// words (numbers are, with `numbers`).
QList<TextRange> wordsIn(QStringView text, const QString &language, bool numbers = false);

} // namespace bireader
