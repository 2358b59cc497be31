#pragma once

#include "model/segment.h"

#include <QString>

namespace bireader {

enum class FindingKind {
    Term,
    Inconsistency,
    Untranslated,
    Numbers,
    Missing,
    Length,
    Brackets,
    RepeatedWord,
    Spaces,
    Links,
    Tags
};

QString findingKindName(FindingKind kind); // "term", "inconsistency", ... (stable, for files and the CLI)

// One QA finding: where (segment, a character range on each side; an empty range when
// the side has nothing to point at), what kind, and a message for the user.
struct Finding {
    int segment = 0;
    FindingKind kind = FindingKind::Missing;
    QString message;
    TextRange sourceRange;
    TextRange targetRange;

    // Stable identity for "accepted": survives re-running the checks on the same text.
    QString key() const;
    bool operator==(const Finding &) const = default;
};

} // namespace bireader
