#include "checks.h"

#include <QCoreApplication>

namespace bireader {

void MissingCheck::run(const QaInput &input, QList<Finding> &out) const
{
    const QList<Segment> &segments = input.document.segments;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        if (s.excluded || s.source.isEmpty() == s.currentTarget().isEmpty())
            continue;
        Finding f;
        f.segment = int(i);
        f.kind = FindingKind::Missing;
        if (s.currentTarget().isEmpty()) {
            f.message = QCoreApplication::translate("bireader::Qa", "no translation for this paragraph");
            f.sourceRange = { 0, int(s.source.text.size()) };
        } else {
            f.message = QCoreApplication::translate("bireader::Qa", "a translation without a source paragraph");
            f.targetRange = { 0, int(s.currentTarget().text.size()) };
        }
        out.append(f);
    }
}

} // namespace bireader
