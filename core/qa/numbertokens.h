#pragma once

#include "model/segment.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace bireader {

// A number as the numbers check compares it: "#26" for values (26, 二十六, twenty-six,
// 10,000 = 1万), the token itself for codes mixing letters and digits ("a100", "70b").
// Soft tokens are words that are often not numbers (a single 一 or 两, "one",
// "two"): they count as counterparts but are not reported when unmatched.
struct NumberToken {
    QString key;
    TextRange range;
    bool soft = false;
};

QList<NumberToken> numberTokens(QStringView text);

} // namespace bireader
