#include "checks.h"

#include "glossary/termmatcher.h"
#include "text/folding.h"

#include <QCoreApplication>
#include <QHash>

namespace bireader {
namespace {

constexpr int kMinSourceLength = 6; // shorter sentences ("是。", "好的。") may well differ

struct Rendering {
    int segment;
    QString target;
};

} // namespace

void InconsistencyCheck::run(const QaInput &input, QList<Finding> &out) const
{
    // Same source sentence (folded), different translation: sentences of 1-1 beads of
    // uncorrected segments, and whole segments (corrected ones included).
    TextFolder folder;
    QHash<QString, Rendering> first;
    auto consider
        = [&](int segment, const QString &source, TextRange sourceRange, const QString &target, TextRange targetRange) {
              const QString key = folder.foldKey(source).simplified();
              if (key.size() < kMinSourceLength || target.isEmpty())
                  return;
              const auto it = first.constFind(key);
              if (it == first.cend()) {
                  first.insert(key, { segment, target });
              } else if (folder.foldKey(it->target).simplified() != folder.foldKey(target).simplified()) {
                  out.append({ segment, FindingKind::Inconsistency,
                               QCoreApplication::translate("bireader::Qa", "translated differently in segment %1: %2")
                                   .arg(it->segment + 1)
                                   .arg(it->target),
                               sourceRange, targetRange });
              }
          };
    const QList<Segment> &segments = input.document.segments;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        if (s.excluded || !s.isPaired())
            continue;
        const SideText &t = s.currentTarget();
        if (s.source.sentences.size() > 1 && !s.isCorrected()) {
            for (const Bead &b : s.beads)
                if (b.sourceCount == 1 && b.targetCount == 1 && b.sourceBegin < s.source.sentences.size()
                    && b.targetBegin < t.sentences.size())
                    consider(int(i), s.source.sentence(b.sourceBegin), s.source.sentences[b.sourceBegin],
                             t.sentence(b.targetBegin), t.sentences[b.targetBegin]);
        }
        consider(int(i), s.source.text, { 0, int(s.source.text.size()) }, t.text, { 0, int(t.text.size()) });
    }
    targetInconsistencies(input, out);
    termInconsistencies(input, out);
}

// The same translation (folded) for different sources, segment by segment: a translator
// who pasted a neighbour's translation, or two source sentences told apart in one
// language and not in the other.
void InconsistencyCheck::targetInconsistencies(const QaInput &input, QList<Finding> &out) const
{
    TextFolder folder;
    QHash<QString, Rendering> first; // folded translation -> the first segment and its source
    forEachTranslated(input, [&](int i, const QString &source, const QString &target) {
        const QString key = folder.foldKey(target).simplified();
        if (key.size() < kMinSourceLength)
            return;
        const auto it = first.constFind(key);
        if (it == first.cend())
            first.insert(key, { i, source });
        else if (folder.foldKey(it->target).simplified() != folder.foldKey(source).simplified())
            out.append({ i,
                         FindingKind::Inconsistency,
                         QCoreApplication::translate("bireader::Qa",
                                                     "the same translation as segment %1, whose source differs: %2")
                             .arg(it->segment + 1)
                             .arg(it->target),
                         { 0, int(source.size()) },
                         { 0, int(target.size()) } });
    });
}

// A glossary term whose rendering is not decided yet (no approved translation) but has
// known variants: the segments using a variant other than the most common one.
void InconsistencyCheck::termInconsistencies(const QaInput &input, QList<Finding> &out) const
{
    const QList<Segment> &segments = input.document.segments;
    for (const TermEntry &e : input.glossary.entries) {
        if (!e.approved.isEmpty() || e.forbidden.size() < 2)
            continue;
        TermMatcher source, variants;
        source.addTerm(e.source, 0);
        for (qsizetype v = 0; v < e.forbidden.size(); ++v)
            variants.addTerm(e.forbidden[v], int(v));
        source.build();
        variants.build();
        struct Use {
            int segment;
            TermMatch match;
        };
        QList<Use> uses;
        QHash<int, int> counts;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const Segment &s = segments[i];
            if (s.excluded || !s.isPaired() || source.findAll(s.source.text).isEmpty())
                continue;
            const QList<TermMatch> found = variants.findAll(s.currentTarget().text);
            if (found.isEmpty())
                continue;
            uses.append({ int(i), found.front() }); // longest first at the first place
            ++counts[found.front().payload];
        }
        if (counts.size() < 2)
            continue;
        int common = counts.constBegin().key();
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            if (it.value() > counts[common] || (it.value() == counts[common] && it.key() < common))
                common = it.key();
        for (const Use &u : uses)
            if (u.match.payload != common)
                out.append({ u.segment,
                             FindingKind::Inconsistency,
                             QCoreApplication::translate("bireader::Qa",
                                                         "%1 is rendered as %2 here but as %3 in %4 other segments")
                                 .arg(e.source, e.forbidden[u.match.payload], e.forbidden[common])
                                 .arg(counts[common]),
                             {},
                             { u.match.start, u.match.length } });
    }
}

} // namespace bireader
