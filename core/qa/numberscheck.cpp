#include "checks.h"

#include "numbertokens.h"

#include <QCoreApplication>
#include <QHash>

namespace bireader {
namespace {

// Hard tokens of `mine` with no counterpart (hard or soft) in `theirs`, multiset-wise.
QList<NumberToken> unmatched(const QList<NumberToken> &mine, const QList<NumberToken> &theirs)
{
    QHash<QString, int> available;
    for (const NumberToken &t : theirs)
        ++available[t.key];
    // Hard tokens take their counterparts first, so that a soft 一 cannot use up a 1.
    QList<NumberToken> out;
    for (const NumberToken &t : mine) {
        if (t.soft)
            continue;
        int &left = available[t.key];
        if (left > 0)
            --left;
        else
            out.append(t);
    }
    return out;
}

} // namespace

void NumbersCheck::run(const QaInput &input, QList<Finding> &out) const
{
    const QList<Segment> &segments = input.document.segments;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        if (s.excluded || !s.isPaired())
            continue;
        const QString &source = s.source.text, &target = s.currentTarget().text;
        const QList<NumberToken> st = numberTokens(source), tt = numberTokens(target);
        for (const NumberToken &t : unmatched(st, tt))
            out.append({ int(i),
                         FindingKind::Numbers,
                         QCoreApplication::translate("bireader::Qa", "%1 is in the source but not in the translation")
                             .arg(source.mid(t.range.start, t.range.length)),
                         t.range,
                         {} });
        for (const NumberToken &t : unmatched(tt, st))
            out.append({ int(i),
                         FindingKind::Numbers,
                         QCoreApplication::translate("bireader::Qa", "%1 is in the translation but not in the source")
                             .arg(target.mid(t.range.start, t.range.length)),
                         {},
                         t.range });
    }
}

} // namespace bireader
