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
        const QList<NumberToken> lost = unmatched(st, tt), added = unmatched(tt, st);
        // One mismatch is one finding: a source number without its counterpart and a
        // translation number without its own are paired in reading order ("三十 vs three").
        const qsizetype both = std::min(lost.size(), added.size());
        for (qsizetype k = 0; k < both; ++k)
            out.append({ int(i), FindingKind::Numbers,
                         QCoreApplication::translate("bireader::Qa", "%1 in the source, %2 in the translation")
                             .arg(source.mid(lost[k].range.start, lost[k].range.length),
                                  target.mid(added[k].range.start, added[k].range.length)),
                         lost[k].range, added[k].range });
        for (qsizetype k = both; k < lost.size(); ++k)
            out.append({ int(i),
                         FindingKind::Numbers,
                         QCoreApplication::translate("bireader::Qa", "%1 is in the source but not in the translation")
                             .arg(source.mid(lost[k].range.start, lost[k].range.length)),
                         lost[k].range,
                         {} });
        for (qsizetype k = both; k < added.size(); ++k)
            out.append({ int(i),
                         FindingKind::Numbers,
                         QCoreApplication::translate("bireader::Qa", "%1 is in the translation but not in the source")
                             .arg(target.mid(added[k].range.start, added[k].range.length)),
                         {},
                         added[k].range });
    }
}

} // namespace bireader
