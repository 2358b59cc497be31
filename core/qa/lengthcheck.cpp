#include "checks.h"

#include "align/lengthmodel.h"
#include "text/script.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace bireader {
namespace {

constexpr double kMaxDelta = 3.5;
constexpr int kMinPairs = 8; // fewer pairs cannot tell the document's ratio

int visibleLength(const QString &text, ScriptFamily exclude)
{
    int n = 0;
    forEachCodePoint(text, [&](char32_t c) {
        n += !QChar::isSpace(c) && (exclude == ScriptFamily::None || scriptFamilyOf(c) != exclude);
    });
    return n;
}

} // namespace

void LengthCheck::run(const QaInput &input, QList<Finding> &out) const
{
    const QList<Segment> &segments = input.document.segments;
    std::vector<std::pair<double, double>> lengths;
    std::vector<int> index;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        if (s.excluded || !s.isPaired() || s.currentTarget().isEmpty())
            continue;
        const ScriptFamily src = ScriptProfile::of(s.source.text).dominant();
        const int ls = visibleLength(s.source.text, ScriptFamily::None);
        const int lt = visibleLength(s.currentTarget().text, src); // untranslated text does not count
        if (ls > 0) {
            lengths.emplace_back(ls, lt);
            index.push_back(int(i));
        }
    }
    if (int(lengths.size()) < kMinPairs)
        return;
    std::vector<double> ratios;
    for (const auto &[ls, lt] : lengths)
        ratios.push_back(lt / ls);
    std::nth_element(ratios.begin(), ratios.begin() + ratios.size() / 2, ratios.end());
    const double ratio = std::max(0.01, ratios[ratios.size() / 2]);
    const LengthModel model(ratio, std::max(0.5, LengthModel::estimateVariance(ratio, lengths, true)));
    for (size_t k = 0; k < lengths.size(); ++k) {
        const auto [ls, lt] = lengths[k];
        const double d = model.conditionalDelta(ls, lt);
        if (std::fabs(d) <= kMaxDelta)
            continue;
        const Segment &s = segments[index[k]];
        const QString message = d < 0
            ? QCoreApplication::translate(
                "bireader::Qa",
                "the translation is much shorter than expected (%1 characters where about %2 are usual): truncated?")
            : QCoreApplication::translate(
                "bireader::Qa",
                "the translation is much longer than expected (%1 characters where about %2 are usual)");
        out.append({ index[k],
                     FindingKind::Length,
                     message.arg(int(lt)).arg(int(std::lround(ls * ratio))),
                     { 0, int(s.source.text.size()) },
                     { 0, int(s.currentTarget().text.size()) } });
    }
}

} // namespace bireader
