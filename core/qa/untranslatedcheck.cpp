#include "checks.h"

#include "text/script.h"

#include <QCoreApplication>

namespace bireader {
namespace {

constexpr int kMinCjkRun = 4; // characters
constexpr int kMinAlphabeticRun = 4; // words

// Runs of text in `family` inside `text`, bridging punctuation and spaces between them.
QList<TextRange> runsOf(QStringView text, ScriptFamily family)
{
    QList<TextRange> runs;
    int start = -1, last = -1, units = 0;
    auto flush = [&] {
        const int needed = isCjkFamily(family) ? kMinCjkRun : kMinAlphabeticRun;
        if (start >= 0 && units >= needed)
            runs.append({ start, last + 1 - start });
        start = -1;
        units = 0;
    };
    for (int i = 0; i < int(text.size()); ++i) {
        const ScriptFamily f = scriptFamilyOf(text[i].unicode());
        if (f == family) {
            if (start < 0)
                start = i;
            last = i;
            units += isCjkFamily(family) || i == 0 || scriptFamilyOf(text[i - 1].unicode()) != family;
        } else if (f != ScriptFamily::None) {
            flush();
        }
    }
    flush();
    // Trailing sentence punctuation belongs to the run (梁文锋:……差距。).
    for (TextRange &r : runs)
        while (r.end() < text.size() && scriptFamilyOf(text[r.end()].unicode()) == ScriptFamily::None
               && !text[r.end()].isSpace())
            ++r.length;
    return runs;
}

} // namespace

void UntranslatedCheck::run(const QaInput &input, QList<Finding> &out) const
{
    const QList<Segment> &segments = input.document.segments;
    // The scripts of the two languages, measured over the whole document: a translation
    // that is mostly untranslated text still has the target language's script here.
    ScriptProfile sources, targets;
    for (const Segment &s : segments) {
        sources += ScriptProfile::of(s.source.text);
        targets += ScriptProfile::of(s.currentTarget().text);
    }
    const ScriptFamily src = sources.dominant();
    const bool sameScript = src == ScriptFamily::None || src == targets.dominant();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        const QString &target = s.currentTarget().text;
        if (s.excluded || !s.isPaired() || target.isEmpty())
            continue;
        if (sameScript || ScriptProfile::of(target).share(targets.dominant()) == 0.0) {
            if (target.trimmed() == s.source.text.trimmed())
                out.append({ int(i),
                             FindingKind::Untranslated,
                             QCoreApplication::translate("bireader::Qa", "the translation is the source text"),
                             { 0, int(s.source.text.size()) },
                             { 0, int(target.size()) } });
            continue;
        }
        for (const TextRange &r : runsOf(target, src)) {
            const QString run = target.mid(r.start, r.length);
            const int at = int(s.source.text.indexOf(run.left(std::min<int>(int(run.size()), 8))));
            out.append({ int(i), FindingKind::Untranslated,
                         QCoreApplication::translate("bireader::Qa", "untranslated source text in the translation: %1")
                             .arg(run),
                         at >= 0 ? TextRange { at, int(run.size()) } : TextRange {}, r });
        }
    }
}

} // namespace bireader
