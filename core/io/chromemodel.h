#pragma once

#include <QString>

#include <algorithm>
#include <vector>

namespace bireader {

// The median of some measurements (the upper one of an even count); robust estimates of a
// page's model (sizes, length ratios) are read from it.
inline double medianOf(std::vector<double> v)
{
    std::nth_element(v.begin(), v.begin() + long(v.size() / 2), v.end());
    return v[v.size() / 2];
}

// Whether a paragraph ends as prose does: its last character, past closing quotes and
// brackets, is punctuation (a full stop, comma, colon, question mark, ellipsis, dash) of
// any script. An article's paragraphs nearly always do; menus, links, bylines, footers
// ("Related posts", "上一篇 下一篇", "Read more »") seldom do.
bool endsLikeProse(const QString &text);

// Whether a line reads as a menu or a breadcrumb trail: short, its items parted by a
// navigation separator ("Home | News | Tech", "当前位置：首页 > 文章", "Blog » 2024").
bool readsAsNavigation(const QString &text);

// What tells an article's paragraphs from the chrome around it (menus, links, footers) on
// an interleaved page: size (chrome is a few words, the article's size is measured on the
// page) and whether a paragraph ends as prose does (how often it does is measured on the
// page too: among its pairs, and among the paragraphs set aside at its edges). Sizes are
// logs of lengths in source units. Knows nothing until measure() is called.
class ChromeModel
{
public:
    bool measured() const { return m_spread > 0; }

    // Log-odds that a paragraph (or a pair, sizes summed) is the article's rather than
    // chrome; `ends` is how many of its paragraphs end as prose does out of `count` (1 or 2).
    double articleOdds(double logSize, int ends, int count) const;

    struct Sample {
        std::vector<double> pairSizes; // the pairs chosen
        int pairEnds = 0, pairParagraphs = 0; // of the pairs' paragraphs, how many end as prose
        int edgeEnds = 0, edgeParagraphs = 0; // the same of those set aside at the edges
    };
    void measure(const Sample &sample);

private:
    double m_mean = 0, m_spread = 0;
    double m_articleEnds = 0.8, m_chromeEnds = 0.1;
};

} // namespace bireader
