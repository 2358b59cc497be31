#include "document.h"

#include <algorithm>

namespace bireader {

int Document::pairedCount() const
{
    return int(std::count_if(segments.cbegin(), segments.cend(), [](const Segment &s) { return s.isPaired(); }));
}

int Document::sentenceCount(Side side) const
{
    int n = 0;
    for (const Segment &s : segments)
        n += int(s.side(side).sentences.size());
    return n;
}

} // namespace bireader
