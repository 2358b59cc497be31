#pragma once

#include "model/segment.h"

#include <QList>
#include <QString>

#include <optional>

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

// How much a kind of finding matters to a translator: an error changes what the text says
// or breaks the file, a warning is likely wrong, a note is worth a look.
enum class FindingSeverity { Error, Warning, Note };

// The one table of finding kinds (finding.cpp): everything that names, describes or
// lists kinds reads it (the QA dock, qa --kind, the reports, the help). A new kind is a
// new enum value and a new row here.
struct FindingKindInfo {
    FindingKind kind;
    const char *name; // stable, for files and the CLI: "term", "repeated-word"
    const char *title; // the QA dock's group title (English; findingKindTitle() translates)
    const char *description; // one line for the help and the docs (English)
    FindingSeverity severity;
};

const QList<FindingKindInfo> &allFindingKinds(); // in the order the QA dock shows them
const FindingKindInfo &findingKindInfo(FindingKind kind);
QString findingKindName(FindingKind kind); // "term", "inconsistency", ... (stable, for files and the CLI)
QString findingKindTitle(FindingKind kind); // translated: "Terms", "Inconsistencies", ...
std::optional<FindingKind> findingKindFromName(QStringView name);

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
