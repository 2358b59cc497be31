#include "applyterm.h"

#include "commands.h"
#include "edittranslationcommand.h"
#include "glossary/termmatcher.h"
#include "model/logging.h"
#include "renderingfinder.h"

#include <QCoreApplication>
#include <QMap>

namespace bireader {

QList<TermReplacement> termReplacements(const ProjectData &data, int entry, const Dictionary *dictionary)
{
    QList<TermReplacement> out;
    if (entry < 0 || entry >= data.glossary.entries.size())
        return out;
    const TermEntry &e = data.glossary.entries[entry];
    const QString approved = e.approved.value(0);
    TermMatcher source, target;
    source.addTerm(e.source, 0);
    for (const QString &a : e.approved)
        target.addTerm(a, 0);
    for (const QString &f : e.forbidden)
        target.addTerm(f, 1);
    source.build();
    target.build();
    const RenderingFinder finder(data, entry, dictionary);
    constexpr int kAlternatives = 5;
    const QList<Segment> &segments = data.document.segments;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        if (s.excluded || s.currentTarget().isEmpty() || source.findAll(s.source.text).isEmpty())
            continue;
        const QString &text = s.currentTarget().text;
        bool hasApproved = false;
        QList<TermMatch> wrong;
        for (const TermMatch &m : target.findAll(text)) {
            if (m.payload == 0) {
                hasApproved = true;
            } else if (wrong.isEmpty() || m.start >= wrong.back().start + wrong.back().length) {
                wrong.append(m); // longest first at each start: "Dark Surge" before "Dark"
            }
        }
        for (const TermMatch &m : wrong)
            out.append({ int(i), { m.start, m.length }, text.mid(m.start, m.length), approved, {} });
        if (!wrong.isEmpty() || hasApproved || approved.isEmpty())
            continue;
        // No known rendering: what the finder is sure of, with the runners-up to pick from.
        const QList<RenderingCandidate> found = finder.renderings(int(i));
        QList<TextRange> alternatives;
        for (const RenderingCandidate &c : finder.candidates(int(i)))
            if (alternatives.size() < kAlternatives
                && std::none_of(found.begin(), found.end(), [&](const auto &f) { return f.range == c.range; }))
                alternatives.append(c.range);
        for (const RenderingCandidate &c : found)
            out.append({ int(i), c.range, text.mid(c.range.start, c.range.length), approved, alternatives });
        if (found.isEmpty())
            out.append({ int(i), {}, QString(), approved, alternatives });
        qCDebug(lcEdit) << "apply term" << e.source << "segment" << i + 1 << "found"
                        << (found.isEmpty() ? QStringLiteral("nothing sure")
                                            : text.mid(found[0].range.start, found[0].range.length))
                        << "score" << (found.isEmpty() ? 0.0 : found[0].score);
    }
    return out;
}

void applyTermReplacements(ProjectDocument &document, const QList<TermReplacement> &chosen)
{
    QMap<int, QList<TermReplacement>> bySegment;
    for (const TermReplacement &r : chosen)
        if (r.range.length > 0)
            bySegment[r.segment].append(r);
    if (bySegment.isEmpty())
        return;
    QUndoStack *stack = document.undoStack();
    stack->beginMacro(QCoreApplication::translate("bireader::Commands", "Apply term"));
    for (auto it = bySegment.cbegin(); it != bySegment.cend(); ++it) {
        QList<TermReplacement> rs = it.value();
        std::sort(rs.begin(), rs.end(), [](const auto &a, const auto &b) { return a.range.start > b.range.start; });
        const Segment &s = document.segment(it.key());
        QString text = s.currentTarget().text;
        for (const TermReplacement &r : rs)
            if (text.mid(r.range.start, r.range.length) == r.found)
                text.replace(r.range.start, r.range.length, r.replacement);
        stack->push(new EditTranslationCommand(
            &document, it.key(), correctionText(text, document.data().document.targetLanguage, s.target.origin),
            false));
    }
    stack->endMacro();
}

} // namespace bireader
