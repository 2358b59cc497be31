#include "beadtypes.h"

#include <cmath>

namespace bireader {

const std::array<double, kBeadTypes.size()> &beadPriorCosts()
{
    static const auto costs = [] {
        std::array<double, kBeadTypes.size()> c {};
        for (size_t i = 0; i < kBeadTypes.size(); ++i)
            c[i] = -std::log(kBeadTypes[i].prior);
        return c;
    }();
    return costs;
}

} // namespace bireader
