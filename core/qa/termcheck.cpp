#include "checks.h"

#include "glossary/termmatcher.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace bireader {

void TermCheck::run(const QaInput &input, QList<Finding> &out) const
{
    const QList<TermEntry> &entries = input.glossary.entries;
    if (entries.isEmpty())
        return;
    TermMatcher sources, renderings;
    for (qsizetype e = 0; e < entries.size(); ++e) {
        sources.addTerm(entries[e].source, int(e));
        for (const QString &a : entries[e].approved)
            renderings.addTerm(a, int(e) * 2);
        for (const QString &f : entries[e].forbidden)
            renderings.addTerm(f, int(e) * 2 + 1);
    }
    sources.build();
    renderings.build();

    const QList<Segment> &segments = input.document.segments;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        if (s.excluded || !s.isPaired())
            continue;
        const QString &target = s.currentTarget().text;
        const QList<TermMatch> inSource = sources.findAll(s.source.text);
        if (inSource.isEmpty())
            continue;
        QSet<int> approvedFound;
        QList<TermMatch> forbiddenFound;
        for (const TermMatch &m : renderings.findAll(target)) {
            if (m.payload % 2 == 0) {
                approvedFound.insert(m.payload / 2);
                continue;
            }
            // "Dark" inside "Dark Surge" is the same rendering: keep the longest.
            const bool inside = std::any_of(forbiddenFound.begin(), forbiddenFound.end(), [&](const TermMatch &f) {
                return m.start >= f.start && m.start + m.length <= f.start + f.length;
            });
            if (!inside)
                forbiddenFound.append(m);
        }
        QSet<int> reported;
        for (const TermMatch &m : inSource) {
            const TermEntry &e = entries[m.payload];
            if (reported.contains(m.payload))
                continue;
            reported.insert(m.payload);
            bool forbidden = false;
            for (const TermMatch &f : forbiddenFound)
                if (f.payload / 2 == m.payload && (forbidden = true))
                    out.append(
                        { int(i),
                          FindingKind::Term,
                          QCoreApplication::translate("bireader::Qa",
                                                      "%1 is rendered as %2, which the glossary forbids (use %3)")
                              .arg(e.source, target.mid(f.start, f.length), e.approved.join(QLatin1String(" / "))),
                          { m.start, m.length },
                          { f.start, f.length } });
            if (!forbidden && !e.approved.isEmpty() && !approvedFound.contains(m.payload))
                out.append({ int(i),
                             FindingKind::Term,
                             QCoreApplication::translate("bireader::Qa", "%1 should be rendered as %2")
                                 .arg(e.source, e.approved.join(QLatin1String(" / "))),
                             { m.start, m.length },
                             {} });
        }
    }
}

} // namespace bireader
