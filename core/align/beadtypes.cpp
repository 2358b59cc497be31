#include "beadtypes.h"

#include <cmath>

namespace bireader {

const BeadCosts &beadPriorCosts()
{
    static const BeadCosts costs = [] {
        BeadCosts c {};
        for (size_t i = 0; i < kBeadTypes.size(); ++i)
            c[i] = -std::log(kBeadTypes[i].prior);
        return c;
    }();
    return costs;
}

} // namespace bireader
