#include "boundaries.h"

#include <cmath>

namespace bireader {
namespace {

bool opensBefore(QChar c)
{
    return c.isSpace() || c == u'(' || c == u'[' || c == u'\u2014' || c == u'\u2013' || c == u'-';
}

bool closesAfter(QChar c)
{
    return c.isSpace() || c == u'.' || c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?' || c == u')'
        || c == u'\u2014' || c == u'\u2013' || c == u'-' || c == u'\u2026';
}

} // namespace

std::vector<char> openQuoteAfter(const QStringList &units)
{
    std::vector<char> out;
    out.reserve(size_t(units.size()));
    bool open = false;
    for (const QString &unit : units) {
        const qsizetype n = unit.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = unit[i];
            const QChar before = i > 0 ? unit[i - 1] : QChar(u' ');
            const QChar after = i + 1 < n ? unit[i + 1] : QChar(u' ');
            switch (c.unicode()) {
            case u'\u201C':
            case u'\u300C':
            case u'\u300E':
            case u'\u00AB':
                open = true;
                break;
            case u'\u201D':
            case u'\u300D':
            case u'\u300F':
            case u'\u00BB':
                open = false;
                break;
            case u'"':
                if (i == 0 || opensBefore(before))
                    open = true;
                else if (i + 1 == n || closesAfter(after))
                    open = false;
                else
                    open = !open;
                break;
            case u'\'':
            case u'\u2018':
            case u'\u2019': {
                if (before.isLetterOrNumber() && after.isLetterOrNumber())
                    break; // an apostrophe: don't, it's
                const bool atStart = i == 0 || opensBefore(before);
                if (c == u'\u2018'
                    || (atStart && (after.isLetter() || after == u'"' || after == u'\u2026' || after == u'.'))) {
                    open = true;
                } else if (i + 1 == n || closesAfter(after)) {
                    // A letter before a closing mark: speech ends (…said 'yes'), or a plural
                    // possessive (the boys' room), which only counts at the end of the unit.
                    if (before.isLetter() && (!open || (i + 1 < n && after.isSpace())))
                        break;
                    open = false;
                }
                break;
            }
            default:
                break;
            }
        }
        out.push_back(open ? 1 : 0);
    }
    return out;
}

BoundaryCosts estimateBoundaryCosts(const QStringList &source, const QStringList &target, const Alignment &beads)
{
    BoundaryCosts costs;
    costs.source = openQuoteAfter(source);
    costs.target = openQuoteAfter(target);
    const int n = int(source.size()), m = int(target.size());
    // Counts start at one agreement in two, so that a short document says little.
    double agree = 1, all = 2, nearAgree = 1, nearAll = 2;
    int i = 0, j = 0;
    for (const Bead &b : beads) {
        i += b.sourceCount;
        j += b.targetCount;
        if (i == 0 || j == 0 || (i == n && j == m))
            continue;
        agree += costs.source[size_t(i - 1)] == costs.target[size_t(j - 1)];
        all += 1;
        for (int d : { -2, -1, 1, 2 })
            if (j + d > 0 && j + d <= m) {
                nearAgree += costs.source[size_t(i - 1)] == costs.target[size_t(j + d - 1)];
                nearAll += 1;
            }
    }
    const double a = agree / all, r = nearAgree / nearAll;
    if (a > r) {
        costs.agree = -std::log(a / r);
        costs.disagree = -std::log((1 - a) / (1 - r));
    }
    return costs;
}

} // namespace bireader
