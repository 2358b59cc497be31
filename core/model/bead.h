#pragma once

#include <QList>

namespace bireader {

// One alignment bead: a run of source units matched with a run of target units.
// A count of zero on one side is a deletion (1-0) or insertion (0-1).
struct Bead {
    int sourceBegin = 0;
    int sourceCount = 0;
    int targetBegin = 0;
    int targetCount = 0;
    double score = 0.0; // confidence in [0, 1]
    bool confirmed = false; // made or confirmed by the user: re-alignment keeps it

    int sourceEnd() const { return sourceBegin + sourceCount; }
    int targetEnd() const { return targetBegin + targetCount; }
    bool operator==(const Bead &o) const // the link, not the aligner's confidence in it
    {
        return sourceBegin == o.sourceBegin && sourceCount == o.sourceCount && targetBegin == o.targetBegin
            && targetCount == o.targetCount && confirmed == o.confirmed;
    }
};

using Alignment = QList<Bead>;

} // namespace bireader
