#pragma once

// Segment and sentence numbers as links, link and realign take them: 1-based, checked
// against the project before anything is built.
#include "context.h"

#include <QString>

#include <algorithm>

namespace bireader::cli {

// "1,2" or "2-3" or "-" (none): 1-based sentence numbers, contiguous, within `count`.
inline bool parseSentences(const QString &text, int count, int &first, int &last)
{
    if (text == QLatin1String("-")) {
        first = 0;
        last = -1;
        return true;
    }
    QList<int> numbers;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList range = part.split(QLatin1Char('-'));
        bool ok1 = false, ok2 = true;
        const int a = range[0].toInt(&ok1), b = range.size() == 2 ? range[1].toInt(&ok2) : a;
        // Checked against the segment before anything is built: 1-2147483647 is a typo, not a loop.
        if (!ok1 || !ok2 || range.size() > 2 || a > b || a < 1 || b > count)
            return false;
        for (int k = a; k <= b; ++k)
            numbers.append(k);
    }
    if (numbers.isEmpty())
        return false;
    std::sort(numbers.begin(), numbers.end());
    for (qsizetype k = 1; k < numbers.size(); ++k)
        if (numbers[k] != numbers[k - 1] + 1)
            return false; // a link's sentences follow each other
    first = numbers.front() - 1;
    last = numbers.back() - 1;
    return first >= 0 && last < count;
}

// "1,2,3" for sentences [begin, begin + count), "-" for none.
inline QString sentenceNumbers(int begin, int count)
{
    if (count == 0)
        return QStringLiteral("-");
    QStringList out;
    for (int k = begin; k < begin + count; ++k)
        out << QString::number(k + 1);
    return out.join(QLatin1Char(','));
}

// The 0-based segment a 1-based argument names, or the error (rc 2) when there is none.
inline int segmentArgument(const QString &text, int count, const Context &ctx, const QString &project, int &segment)
{
    bool ok = false;
    segment = text.toInt(&ok) - 1;
    if (!ok || segment < 0 || segment >= count)
        return ctx.fail(BadInput, tr("%1: no segment %2 (the project has %3)").arg(project, text).arg(count));
    return Ok;
}

} // namespace bireader::cli
