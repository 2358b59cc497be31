#include "chromemodel.h"

#include <algorithm>
#include <cmath>

namespace bireader {
namespace {

// Chrome and footer lines: a few words, log of characters (source units) about this,
// give or take this much.
constexpr double kChromeLogSize = 2.3; // 10 characters
constexpr double kChromeSpread = 0.8;
constexpr double kMinSizeSpread = 0.6;
// The article's sizes are not normal: a novel's one-line paragraph ("The lights turned
// on and off.") sits next to its page-long ones. A share of them is spread evenly over
// this range of log sizes (1 to about 3,000 characters), so that size alone never rules
// a paragraph out.
constexpr double kArticleTailShare = 0.1;
constexpr double kLogSizeRange = 8.0;
// How often a paragraph ends as prose does, before the page says: in an article and in
// chrome, with the weight of this many paragraphs.
constexpr double kArticleEndsPrior = 0.8;
constexpr double kChromeEndsPrior = 0.1;
constexpr double kPriorWeight = 10.0;

double normalDensity(double x, double mean, double spread)
{
    const double z = (x - mean) / spread;
    return std::exp(-0.5 * z * z) / (spread * std::sqrt(2 * M_PI));
}

bool isClosing(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u')':
    case u']':
    case 0x201D:
    case 0x2019:
    case 0x00BB:
    case 0x300D:
    case 0x300F:
    case 0xFF09:
    case 0x3011:
    case 0x300B:
    case 0x3009:
    case 0xFF02:
    case 0xFF07:
        return true;
    default:
        return c.category() == QChar::Punctuation_FinalQuote || c.category() == QChar::Punctuation_Close;
    }
}

// Full stops, commas, colons, question marks, ellipses and dashes of every script.
bool isProsePunctuation(QChar c)
{
    const QChar::Category k = c.category();
    return k == QChar::Punctuation_Other || k == QChar::Punctuation_Dash;
}

} // namespace

bool endsLikeProse(const QString &text)
{
    qsizetype i = text.size() - 1;
    while (i >= 0 && (text[i].isSpace() || isClosing(text[i])))
        --i;
    return i >= 0 && isProsePunctuation(text[i]);
}

bool readsAsNavigation(const QString &text)
{
    constexpr qsizetype kMaxNavigation = 120; // longer is prose that happens to hold a ">"
    static const QString separators = QStringLiteral("|>»›");
    return text.size() <= kMaxNavigation
        && std::any_of(text.begin(), text.end(), [](QChar c) { return separators.contains(c); });
}

double ChromeModel::articleOdds(double logSize, int ends, int count) const
{
    if (!measured())
        return 0;
    const double article
        = (1 - kArticleTailShare) * normalDensity(logSize, m_mean, m_spread) + kArticleTailShare / kLogSizeRange;
    double odds = std::log(article) - std::log(normalDensity(logSize, kChromeLogSize, kChromeSpread));
    odds += ends * std::log(m_articleEnds / m_chromeEnds)
        + (count - ends) * std::log((1 - m_articleEnds) / (1 - m_chromeEnds));
    return odds;
}

void ChromeModel::measure(const Sample &sample)
{
    m_spread = 0;
    if (sample.pairSizes.size() < 3)
        return;
    std::vector<double> sizes = sample.pairSizes;
    m_mean = medianOf(sizes);
    for (double &x : sizes)
        x = std::fabs(x - m_mean);
    m_spread = std::max(kMinSizeSpread, 1.4826 * medianOf(sizes));
    m_articleEnds = (sample.pairEnds + kArticleEndsPrior * kPriorWeight) / (sample.pairParagraphs + kPriorWeight);
    m_chromeEnds = (sample.edgeEnds + kChromeEndsPrior * kPriorWeight) / (sample.edgeParagraphs + kPriorWeight);
    // Equal rates tell nothing; reversed ones would be noise on a page of few paragraphs.
    m_chromeEnds = std::min(m_chromeEnds, m_articleEnds);
}

} // namespace bireader
