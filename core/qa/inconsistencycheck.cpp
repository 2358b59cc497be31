#include "checks.h"

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
    auto consider = [&](int segment, const QString &source, TextRange sourceRange, const QString &target, TextRange targetRange) {
        const QString key = folder.foldKey(source).simplified();
        if (key.size() < kMinSourceLength || target.isEmpty())
            return;
        const auto it = first.constFind(key);
        if (it == first.cend()) {
            first.insert(key, {segment, target});
        } else if (folder.foldKey(it->target).simplified() != folder.foldKey(target).simplified()) {
            out.append({segment, FindingKind::Inconsistency,
                        QCoreApplication::translate("bireader::Qa", "translated differently in segment %1: %2")
                            .arg(it->segment + 1).arg(it->target),
                        sourceRange, targetRange});
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
        consider(int(i), s.source.text, {0, int(s.source.text.size())}, t.text, {0, int(t.text.size())});
    }
}

} // namespace bireader
