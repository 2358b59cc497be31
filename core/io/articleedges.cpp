#include "articleedges.h"

#include "chromemodel.h"

#include "text/script.h"

namespace bireader {
namespace {

constexpr int kMinWords = 4, kMinCjk = 8; // a headline's least length
constexpr int kMaxWords = 40, kMaxCjk = 60; // longer is body text
constexpr int kHeadlineReach = 3; // how far before the first pair a headline may stand
constexpr int kTitleChars = 120;

const QString &textOf(const Segment &s)
{
    return s.currentTarget().isEmpty() ? s.source.text : s.currentTarget().text;
}

int firstPair(const QList<Segment> &segments)
{
    for (qsizetype i = 0; i < segments.size(); ++i)
        if (segments[i].isPaired())
            return int(i);
    return -1;
}

// A headline does not end as a sentence does, nor reads as a menu or a breadcrumb trail
// ("Home | News | Tech", "当前位置：首页 > 文章").
bool isHeadline(const QString &text)
{
    const QString t = text.trimmed();
    static const QString stops = QStringLiteral(".。;；");
    return isTitleLike(t) && !stops.contains(t.back()) && !readsAsNavigation(t);
}

// A title-like unpaired paragraph just before the first pair (bylines may stand between).
int headlineBefore(const QList<Segment> &segments, int first)
{
    for (int i = first - 1; i >= 0 && i >= first - kHeadlineReach; --i)
        if (isHeadline(textOf(segments[i])))
            return i;
    return -1;
}

} // namespace

bool isTitleLike(const QString &text)
{
    int cjk = 0, words = 0;
    bool inWord = false;
    for (const char32_t c : text.toUcs4()) {
        const ScriptFamily f = scriptFamilyOf(c);
        if (isCjkFamily(f) && QChar::isLetter(c)) {
            ++cjk;
            inWord = false;
        } else if (QChar::isLetterOrNumber(c)) {
            words += inWord ? 0 : 1;
            inWord = true;
        } else if (c != U'\'' && c != U'’' && c != U'-') {
            inWord = false;
        }
    }
    if (cjk > words) // mostly Chinese or Japanese: count characters
        return cjk >= kMinCjk && cjk <= kMaxCjk;
    return words >= kMinWords && words <= kMaxWords;
}

int excludePageEdges(QList<Segment> &segments)
{
    int pairs = 0, last = -1;
    for (qsizetype i = 0; i < segments.size(); ++i)
        if (segments[i].isPaired()) {
            ++pairs;
            last = int(i);
        }
    if (pairs < 2)
        return 0;
    const int first = firstPair(segments);
    const int headline = headlineBefore(segments, first);
    int marked = 0;
    auto mark = [&](int i) {
        if (!segments[i].excluded && !segments[i].isPaired()) {
            segments[i].excluded = true;
            ++marked;
        }
    };
    for (int i = 0; i < first; ++i)
        if (headline < 0 || i < headline)
            mark(i);
    for (int i = last + 1; i < segments.size(); ++i)
        mark(i);
    return marked;
}

QString articleTitle(const QList<Segment> &segments)
{
    const int first = firstPair(segments);
    if (first < 0)
        return segments.isEmpty() ? QString() : textOf(segments.front()).left(kTitleChars);
    const int headline = headlineBefore(segments, first);
    if (headline >= 0)
        return textOf(segments[headline]).simplified().left(kTitleChars);
    // The first title-like pair near the top (a byline "文 | 于丽丽" is too short).
    for (int i = first; i < segments.size() && i < first + kHeadlineReach; ++i)
        if (segments[i].isPaired() && isHeadline(textOf(segments[i])))
            return textOf(segments[i]).simplified().left(kTitleChars);
    const SideText &side = segments[first].currentTarget();
    const QString sentence = side.sentences.isEmpty() ? side.text : side.sentence(0);
    return sentence.simplified().left(kTitleChars);
}

} // namespace bireader
