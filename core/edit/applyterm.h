#pragma once

#include "projectdocument.h"

namespace bireader {

// One change "apply term" proposes: in `segment`'s translation, `range` (the text
// `found`) becomes `replacement`. An empty range marks a segment whose source has the
// term while its translation has no approved rendering and no known wrong one: the
// user fixes it by hand.
struct TermReplacement {
    int segment = 0;
    TextRange range;
    QString found;
    QString replacement;
    bool operator==(const TermReplacement &) const = default;
};

// The preview for glossary entry `entry`: segments whose source holds the term and whose
// translation uses a forbidden rendering (or no approved one).
QList<TermReplacement> termReplacements(const ProjectData &data, int entry);

// Applies the chosen replacements (all or some of the preview) as one undoable step.
void applyTermReplacements(ProjectDocument &document, const QList<TermReplacement> &chosen);

} // namespace bireader
